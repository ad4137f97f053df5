import { type Case, parseCase } from '../src/core/case.ts';
import { addDays } from '../src/core/dates.ts';
import { findingCodes } from '../src/core/knowledge/findings.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';

/** A fixed, varied set of valid cases (a seeded generator, so every run measures the same work). */
export function benchCases(n: number): Case[] {
  let seed = 42;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % k;
  };
  const trends = ['better', 'same', 'worse'] as const;
  const out: Case[] = [];
  for (let i = 0; i < n; i++) {
    const onset = addDays('2026-01-01', rand(300));
    const findings = Array.from({ length: rand(5) }, () => findingCodes[rand(findingCodes.length)] as string);
    const parsed = parseCase(
      {
        age: rand(100),
        onset,
        asOf: addDays(onset, rand(14)),
        trend: trends[rand(3)],
        findings,
      },
      en.fields,
    );
    if (parsed.ok) out.push(parsed.value);
  }
  return out;
}

/** How many times a second `fn` runs over `input`, measured for about `ms` milliseconds. */
export function perSecond<T>(fn: (c: T) => unknown, input: readonly T[], ms: number): number {
  let done = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const c of input) fn(c);
    done += input.length;
    now = performance.now();
  }
  return (done * 1000) / (now - start);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
