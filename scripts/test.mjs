// `npm test [-- core|server|e2e|attack ...]`: the suites by what they need. core: no database, no browser (the
// clinical core, the CLI, the web app's pure modules), one process (test/core.suite.ts); server: PGlite and the
// PostgreSQL, one process (test/server.suite.ts); e2e: Chromium, one process sharing one browser and one app server
// (e2e/browser.suite.ts). `npm test` runs those three; attack (`npm run test:attack`: the attack and crash files,
// which measure latency under load and kill servers) runs alone, in its own CI stage. A file path runs that file.
//
// Two lanes side by side: the browser suite beside the core suite and then the server suite
// (UNKNOT_TEST_CONCURRENCY=1: everything one after the other). The slowest files are listed at the end.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tests = (dir) =>
  readdirSync(`${root}/${dir}`)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => `${dir}/${f}`);
/** A p99 under 1 s while the server is attacked, servers killed mid-sync: another file's load would be measured too. */
const attack = JSON.parse(readFileSync(join(root, 'scripts/attack-files.json'), 'utf8'));
/** Browser files that run after the core and server suites, in their lane, so the two lanes end about together. */
const beside = JSON.parse(readFileSync(join(root, 'scripts/browser-beside-files.json'), 'utf8'));
const BESIDE_SUITE = 'e2e/browser-beside.suite.ts';
const suites = {
  core: ['test/core.suite.ts'],
  server: ['test/server.suite.ts'],
  e2e: ['e2e/browser.suite.ts', BESIDE_SUITE],
  attack,
};
const everyFile = [...tests('test'), ...tests('e2e')];
/** What each suite file imports (the same rules as the files themselves), so a check below can tell that every
 * test file runs in some suite. */
const inSuite = {
  'test/core.suite.ts': tests('test').filter((f) => !f.startsWith('test/server-')),
  'test/server.suite.ts': tests('test').filter((f) => f.startsWith('test/server-') && !attack.includes(f)),
  'e2e/browser.suite.ts': tests('e2e').filter((f) => !beside.includes(f)),
  [BESIDE_SUITE]: beside,
};
const covered = new Set(Object.values(suites).flatMap((group) => group.flatMap((f) => inSuite[f] ?? [f])));
const dropped = everyFile.filter((f) => !covered.has(f));
if (dropped.length > 0) {
  console.error(
    `unknot test: ${dropped.join(', ')} would run in no suite; add it to one in scripts/test.mjs`,
  );
  process.exit(2);
}

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in suites) && !existsSync(join(root, name)));
if (unknown.length > 0) {
  console.error(
    `unknot test: unknown suite "${unknown[0]}"; use core, server, e2e or attack, a test file, or nothing for core, server and e2e`,
  );
  process.exit(2);
}
const concurrency = Number(process.env.UNKNOT_TEST_CONCURRENCY ?? 2);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error('unknot test: UNKNOT_TEST_CONCURRENCY must be a whole number of files, 1 or more');
  process.exit(2);
}
await ensureDeps();
const files = (asked.length > 0 ? asked : ['core', 'server', 'e2e']).flatMap(
  (name) => suites[name] ?? [name],
);
/**
 * The run's temporary files in memory where the machine has a RAM-backed /dev/shm with room: every PGlite cluster
 * a test opens starts as a copy of a template (about 40 MB in 1,000 files; copying and removing one took 230 ms on
 * this machine's disk, 65 ms in /dev/shm, and the suites make dozens), beside the servers' data
 * directories and Chromium's profiles. The test processes inherit TMPDIR (os.tmpdir()); the folder goes at the
 * end of the run, whatever a test left. UNKNOT_TEST_TMPDIR=disk keeps the usual one.
 */
const SHM = '/dev/shm';
const SHM_ROOM = 4 * 1024 ** 3;
let runTmp;
if (process.env.UNKNOT_TEST_TMPDIR !== 'disk' && existsSync(SHM)) {
  try {
    const { bavail, bsize } = statfsSync(SHM);
    if (bavail * bsize >= SHM_ROOM) {
      runTmp = mkdtempSync(join(SHM, 'unknot-test-'));
      // tsx keeps its compiled files in TMPDIR/tsx-<uid>: that one folder points to the usual one, so the test
      // processes start from the compiled files of earlier runs instead of compiling every file again.
      const tsxCache = `tsx-${process.geteuid?.() ?? userInfo().username}`;
      mkdirSync(join(tmpdir(), tsxCache), { recursive: true });
      symlinkSync(join(tmpdir(), tsxCache), join(runTmp, tsxCache));
      process.env.TMPDIR = runTmp;
    }
  } catch {
    // Not writable, or no statfs: the usual temporary folder.
  }
}
const times = mkdtempSync(join(tmpdir(), 'unknot-test-times-'));

/**
 * One empty PGlite cluster, and one with every migration applied, for the whole run. A new cluster costs PGlite's
 * initdb, about 5 s of CPU each, and migrating it about 1 s more; the files start dozens of servers (in process
 * and as child processes), and each copies one of these instead: the migrated one where the server migrates
 * anyway, the empty one for the tests that open a cluster and migrate it themselves (UNKNOT_PGLITE_TEMPLATE,
 * UNKNOT_PGLITE_MIGRATED_TEMPLATE, src/server/db/pglite.ts). Both are kept in node_modules/.cache under a key of
 * what makes them (PGlite's version, the migrations, the script that applies them), so a run starts from the
 * last run's (3.7 s of the run's start, one core busy, on this machine); a change to any of them makes new ones.
 */
async function pgliteTemplates() {
  const cache = join(root, 'node_modules/.cache/unknot-pglite');
  const parts = [
    'node_modules/@electric-sql/pglite/package.json',
    'src/server/db/migrations.ts',
    'src/server/db/pglite.ts',
    'scripts/pglite-template.ts',
  ];
  const hash = createHash('sha256');
  for (const part of parts) hash.update(readFileSync(join(root, part)));
  const key = join(cache, hash.digest('hex').slice(0, 16));
  if (!existsSync(join(key, 'made'))) {
    mkdirSync(cache, { recursive: true });
    // Made aside and renamed into place whole: a run stopped halfway, or two runs at once, never leave half a one.
    const draft = mkdtempSync(join(cache, 'draft-'));
    const { PGlite } = await import('@electric-sql/pglite');
    const cluster = await PGlite.create(join(draft, 'pg'));
    await cluster.close();
    const made = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/pglite-template.ts'), join(draft, 'migrated')],
      { cwd: root, stdio: 'inherit', env: { ...process.env, UNKNOT_PGLITE_TEMPLATE: join(draft, 'pg') } },
    );
    if (made.status !== 0) process.exit(made.status ?? 1);
    writeFileSync(join(draft, 'made'), '');
    // Older keys go (a cluster is about 40 MB), and drafts an interrupted run left; another run's fresh draft stays.
    for (const old of readdirSync(cache)) {
      const path = join(cache, old);
      const stale = !old.startsWith('draft-') || Date.now() - statSync(path).mtimeMs > 3_600_000;
      if (path !== draft && stale) rmSync(path, { recursive: true, force: true });
    }
    try {
      renameSync(draft, key);
    } catch {
      rmSync(draft, { recursive: true, force: true });
    }
  }
  process.env.UNKNOT_PGLITE_TEMPLATE = join(key, 'pg');
  process.env.UNKNOT_PGLITE_MIGRATED_TEMPLATE = join(key, 'migrated', 'pg');
}
if (files.some((f) => f.startsWith('test/server') || f.startsWith('e2e/') || attack.includes(f)))
  await pgliteTemplates();

/** One run of the node:test runner: spec on the terminal, each file's time to a file for the summary. */
function run(group, name, n, spec = 'stdout') {
  if (group.length === 0) return Promise.resolve(0);
  const child = spawn(
    process.execPath,
    [
      // UNKNOT_TEST_NODE_ARGS: node's own switches for the test processes (say `--cpu-prof --cpu-prof-dir=DIR`,
      // which NODE_OPTIONS refuses), to see where a suite's time goes.
      ...(process.env.UNKNOT_TEST_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${n}`,
      // A hang guard for each test, and on Node 20 for each file's whole run too: a suite file (all the core or
      // all the browser files in one process) runs for minutes, longer while the other lane runs beside it.
      `--test-timeout=${group.some((f) => f.endsWith('.suite.ts')) ? 1_800_000 : 300_000}`,
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

const alone = new Set(attack);
/** The browser lane: every browser file but the beside suite, which follows the core and server suites. */
const browser = (f) => f.startsWith('e2e/') && f !== BESIDE_SUITE;
const started = performance.now();
/**
 * Two lanes side by side: the browser suite (Chromium and the app's server already keep more than a core busy)
 * beside the core suite and then the server suite (N - 1 files at a time when files are named), whose spec output is
 * kept and shown when their lane ends, so the log reads file by file. The attack files run last, alone.
 */
const lanes =
  concurrency > 1
    ? await Promise.all([
        run(files.filter(browser), 'browser', 1),
        run(
          // The beside suite last: the core and server suites first, as before.
          files
            .filter((f) => !browser(f) && !alone.has(f))
            .sort((a, b) => (a === BESIDE_SUITE) - (b === BESIDE_SUITE)),
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
if (runTmp) rmSync(runTmp, { recursive: true, force: true });
const apart = files.filter((f) => alone.has(f));
const processes = rows.filter((r) => !r.in).length;
console.log(
  `\n${processes} test processes in ${seconds} s (${concurrency > 1 ? `the browser suite beside the core and server suites` : 'one at a time'}${apart.length > 0 ? `, ${apart.join(', ')} last` : ''}); the slowest files (a suite's files by their tests' time):`,
);
for (const { file, ms, ok, in: suite } of rows.slice(0, Number(process.env.UNKNOT_TEST_SLOWEST ?? 10)))
  console.log(
    `${(ms / 1000).toFixed(1).padStart(7)} s  ${file}${suite ? ` (in ${suite})` : ''}${ok ? '' : '  (failed)'}`,
  );
process.exit(statuses.find((s) => s !== 0) ?? 0);
