/**
 * How fast the `unknot` command starts and how fast its batch mode runs, beside Node itself in the same run:
 * a cold `unknot triage` (a new process, as a person or a script starts it) against a bare `node -e 0`,
 * interleaved so a busy machine slows both alike; then `unknot triage --jsonl` against the engine's own rate.
 * Fails when the start is over 2 times a bare node. Usage: npm run bench:cli [-- --quick]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Case, parseCase } from '../../src/core/case.ts';
import { en } from '../../src/core/knowledge/text/en/index.ts';
import { triage as triageIn } from '../../src/core/triage.ts';
import { benchCases, median, perSecond } from '../cases.ts';

const triage = (c: Case) => triageIn(c, en);

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const starts = values.quick ? 21 : 41;
const batchCases = values.quick ? 20_000 : 100_000;
const startGoal = 2;

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/unknot.cjs', import.meta.url));
// @ts-expect-error: a plain JavaScript module with no types
const { bundleIsFresh } = await import('../../scripts/cli-bundle.cjs');
if (!bundleIsFresh()) {
  console.log('the bundle in dist/cli is missing or stale: building it, as `npm ci` does');
  // @ts-expect-error: a plain JavaScript module with no types
  await (await import('../../scripts/build-cli.mjs')).buildCli();
}

const example = JSON.stringify({ age: 34, onset: '2026-11-20', asOf: '2026-11-21', painNow: 7 });

/** Wall-clock milliseconds for one new process, from spawn to exit. */
function run(args: string[], input = ''): { ms: number; stdout: string } {
  const t = performance.now();
  const p = spawnSync(process.execPath, args, { cwd: root, input, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (p.status !== 0) throw new Error(`node ${args.join(' ')} exited ${p.status}: ${p.stderr}`);
  return { ms, stdout: p.stdout };
}

const cells: Record<string, { args: string[]; input?: string; times: number[] }> = {
  'node -e 0': { args: ['-e', '0'], times: [] },
  'unknot triage': { args: [bin, 'triage'], input: example, times: [] },
  'unknot triage --json': { args: [bin, 'triage', '--json'], input: example, times: [] },
  ...(values.quick ? {} : { 'unknot plan': { args: [bin, 'plan'], input: example, times: [] } }),
};
run(['-e', '0']); // warm the file cache, as a second start would find it
run([bin, 'triage'], example);
for (let i = 0; i < starts; i++) {
  for (const cell of Object.values(cells)) cell.times.push(run(cell.args, cell.input).ms);
}

/**
 * Each round starts every command once, one after the other, so a round's ratio compares starts made a moment
 * apart: a burst of work elsewhere on the machine (a shared host) shifts a round's starts together, where the
 * separate medians of two columns can each fall on a different side of it.
 */
const bareTimes = cells['node -e 0']?.times ?? [];
const roundRatio = (name: string) =>
  median((cells[name]?.times ?? []).map((ms, i) => ms / (bareTimes[i] ?? Number.NaN)));

console.log(`cold start, wall clock, ${starts} rounds of interleaved starts`);
console.log('| command | ms (median) | ratio to bare node (median of the rounds) |');
console.log('|---|---:|---:|');
for (const [name, cell] of Object.entries(cells)) {
  console.log(`| ${name} | ${median(cell.times).toFixed(1)} | ${roundRatio(name).toFixed(2)}x |`);
}

// The batch: one JSON case a line in, one result a line out, against the engine alone in this process.
const cases = benchCases(1000);
const lines = Array.from({ length: batchCases }, (_, i) => JSON.stringify(cases[i % cases.length])).join(
  '\n',
);
const batch = run([bin, 'triage', '--jsonl'], `${lines}\n`);
const out = batch.stdout.split('\n').filter(Boolean);
if (out.length !== batchCases || out.some((l) => l.includes('"error"'))) {
  throw new Error(`the batch answered ${out.length} lines for ${batchCases} cases, or refused some`);
}
const batchRate = (batchCases * 1000) / batch.ms;
const json = cases.map((c) => JSON.stringify(c));
const engineRate = median([1, 2, 3].map(() => perSecond(triage, cases, 300)));
const edgeRate = median(
  [1, 2, 3].map(() =>
    perSecond(
      (text: string) => {
        const parsed = parseCase(JSON.parse(text), en.fields);
        return parsed.ok && JSON.stringify(triage(parsed.value));
      },
      json,
      300,
    ),
  ),
);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`\nbatch: ${fmt(batchCases)} varied cases through \`unknot triage --jsonl\`, start included`);
console.log('| what | cases/s | ratio to the engine |');
console.log('|---|---:|---:|');
console.log(`| triage alone (bench/core's engine rate) | ${fmt(engineRate)} | 1.00x |`);
console.log(
  `| parse + validate + triage + JSON, in process | ${fmt(edgeRate)} | ${(edgeRate / engineRate).toFixed(2)}x |`,
);
console.log(
  `| \`unknot triage --jsonl\`, a new process | ${fmt(batchRate)} | ${(batchRate / engineRate).toFixed(2)}x |`,
);

const ratio = roundRatio('unknot triage');
if (ratio > startGoal) {
  console.error(
    `\ncold \`unknot triage\` took ${ratio.toFixed(2)} times a bare node; the goal is ${startGoal}`,
  );
  process.exitCode = 1;
}
