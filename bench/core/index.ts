/**
 * Cases per second for triage and for plan on one core, printed as a table.
 * `--quick` runs briefly (CI); without it each engine runs for longer and the median of five rounds is kept.
 * Usage: npm run bench [-- --quick]
 */
import { parseArgs } from 'node:util';
import type { Case } from '../../src/core/case.ts';
import { en } from '../../src/core/knowledge/text/en/index.ts';
import { plan } from '../../src/core/plan.ts';
import { triage } from '../../src/core/triage.ts';
import { benchCases, median, perSecond } from '../cases.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const roundMs = values.quick ? 200 : 1000;
const rounds = values.quick ? 3 : 5;

const input = benchCases(1000);
const targets = { triage: 100_000, plan: 10_000 };
const rows: [string, number, number][] = [];
for (const [name, fn] of [
  ['triage', (c: Case) => triage(c, en)],
  ['plan', (c: Case) => plan(c, en)],
] as const) {
  perSecond(fn, input, roundMs); // warm-up
  const results = Array.from({ length: rounds }, () => perSecond(fn, input, roundMs));
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
