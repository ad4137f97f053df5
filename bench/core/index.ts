/**
 * Cases per second for triage and for plan on one core, printed as a table.
 * `--quick` runs briefly (CI); without it each engine runs for longer and the median of five rounds is kept.
 * Usage: npm run bench [-- --quick]
 */
import { parseArgs } from 'node:util';
import { type Case, parseCase } from '../../src/core/case.ts';
import { addDays } from '../../src/core/dates.ts';
import { findingCodes } from '../../src/core/knowledge/findings.ts';
import { plan } from '../../src/core/plan.ts';
import { triage } from '../../src/core/triage.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const roundMs = values.quick ? 200 : 1000;
const rounds = values.quick ? 3 : 5;

/** A fixed, varied set of valid cases (a seeded generator, so every run measures the same work). */
function cases(n: number): Case[] {
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
    const parsed = parseCase({
      age: rand(100),
      onset,
      asOf: addDays(onset, rand(14)),
      trend: trends[rand(3)],
      findings,
    });
    if (parsed.ok) out.push(parsed.value);
  }
  return out;
}

function perSecond(fn: (c: Case) => unknown, input: Case[]): number {
  let done = 0;
  const start = performance.now();
  let now = start;
  while (now - start < roundMs) {
    for (const c of input) fn(c);
    done += input.length;
    now = performance.now();
  }
  return (done * 1000) / (now - start);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const input = cases(1000);
const targets = { triage: 100_000, plan: 10_000 };
const rows: [string, number, number][] = [];
for (const [name, fn] of [
  ['triage', triage],
  ['plan', plan],
] as const) {
  perSecond(fn, input); // warm-up
  const results = Array.from({ length: rounds }, () => perSecond(fn, input));
  rows.push([name, median(results), targets[name]]);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `clinical core, one core, ${input.length} varied cases, median of ${rounds} rounds of ${roundMs} ms`,
);
console.log('| engine | cases/s (median) | aim | ratio to aim |');
console.log('|---|---:|---:|---:|');
for (const [name, rate, aim] of rows) {
  console.log(`| ${name} | ${fmt(rate)} | ${fmt(aim)} | ${(rate / aim).toFixed(1)}x |`);
}

const under = rows.filter(([, rate, aim]) => rate < aim);
if (under.length > 0) {
  console.error(`below aim: ${under.map(([name]) => name).join(', ')}`);
  process.exitCode = 1;
}
