// `npm test [-- core|server|e2e ...]`: the suites by what they need. core: no database, no browser (the clinical
// core, the CLI, the web app's pure modules); server: PGlite and the PostgreSQL; e2e: Chromium. All by default.
//
// The browser files run one at a time beside the other files one at a time (UNKNOT_TEST_CONCURRENCY=N: the
// others N - 1 at a time; 1: every file one after the other); the files that measure latency run last, alone.
// The slowest files are listed at the end.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tests = (dir) =>
  readdirSync(`${root}/${dir}`)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => `${dir}/${f}`);
const suites = {
  core: tests('test').filter((f) => !f.startsWith('test/server-')),
  server: tests('test').filter((f) => f.startsWith('test/server-')),
  e2e: tests('e2e'),
};
/** A p99 under 1 s while the server is attacked: another test's load on the same cores would be measured too. */
const alone = new Set(['test/server-attack.test.ts']);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in suites));
if (unknown.length > 0) {
  console.error(`unknot test: unknown suite "${unknown[0]}"; use core, server or e2e (or nothing for all)`);
  process.exit(2);
}
const concurrency = Number(process.env.UNKNOT_TEST_CONCURRENCY ?? 2);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error('unknot test: UNKNOT_TEST_CONCURRENCY must be a whole number of files, 1 or more');
  process.exit(2);
}
await ensureDeps();
const files = (asked.length > 0 ? asked : Object.keys(suites)).flatMap((name) => suites[name]);
const times = mkdtempSync(join(tmpdir(), 'unknot-test-times-'));

/**
 * One empty PGlite cluster for the whole run. A new cluster costs PGlite's initdb, about 5 s of CPU each; the files
 * start dozens of servers (in process and as child processes), and each copies this one instead
 * (UNKNOT_PGLITE_TEMPLATE, src/server/db/pglite.ts).
 */
const template = mkdtempSync(join(tmpdir(), 'unknot-pglite-template-'));
{
  const { PGlite } = await import('@electric-sql/pglite');
  const cluster = await PGlite.create(join(template, 'pg'));
  await cluster.close();
  process.env.UNKNOT_PGLITE_TEMPLATE = join(template, 'pg');
}

/** One run of the node:test runner: spec on the terminal, each file's time to a file for the summary. */
function run(group, name, n, spec = 'stdout') {
  if (group.length === 0) return Promise.resolve(0);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${n}`,
      // A hang guard for each test, and on Node 20 for each file's whole run too (a browser file is longer
      // than any one test in it, and slower while other files run beside it).
      '--test-timeout=300000',
      '--test-reporter=spec',
      `--test-reporter-destination=${spec}`,
      `--test-reporter=${join(root, 'scripts/file-times.mjs')}`,
      `--test-reporter-destination=${join(times, name)}`,
      ...group,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

const browser = (f) => f.startsWith('e2e/');
const started = performance.now();
/**
 * Two lanes side by side: the browser files one at a time (Chromium and the app's server already keep more than
 * a core busy) beside the other files N - 1 at a time, whose spec output is kept and shown when their lane ends,
 * so the log reads file by file. Two browser files at once were measured no faster than one after the other.
 */
const lanes =
  concurrency > 1
    ? await Promise.all([
        run(files.filter(browser), 'browser', 1),
        run(
          files.filter((f) => !browser(f) && !alone.has(f)),
          'node',
          concurrency - 1,
          join(times, 'node.log'),
        ),
      ])
    : [
        await run(
          files.filter((f) => !alone.has(f)),
          'together',
          1,
        ),
      ];
if (existsSync(join(times, 'node.log'))) process.stdout.write(readFileSync(join(times, 'node.log')));
const statuses = [
  ...lanes,
  await run(
    files.filter((f) => alone.has(f)),
    'alone',
    1,
  ),
];
const seconds = ((performance.now() - started) / 1000).toFixed(0);

const rows = ['browser', 'node', 'together', 'alone']
  .map((name) => join(times, name))
  .filter((file) => existsSync(file))
  .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line))
  .sort((a, b) => b.ms - a.ms);
rmSync(times, { recursive: true, force: true });
rmSync(template, { recursive: true, force: true });
const apart = files.filter((f) => alone.has(f));
console.log(
  `\n${files.length} test files in ${seconds} s (${concurrency > 1 ? `browser files one at a time beside the others ${concurrency - 1} at a time` : 'one at a time'}${apart.length > 0 ? `, ${apart.join(', ')} last` : ''}); the slowest:`,
);
for (const { file, ms, ok } of rows.slice(0, Number(process.env.UNKNOT_TEST_SLOWEST ?? 10)))
  console.log(`${(ms / 1000).toFixed(1).padStart(7)} s  ${file}${ok ? '' : '  (failed)'}`);
process.exit(statuses.find((s) => s !== 0) ?? 0);
