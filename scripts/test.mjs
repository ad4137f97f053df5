// `npm test [-- core|server|e2e ...]`: the suites by what they need. core: no database, no browser (the clinical
// core, the CLI, the web app's pure modules); server: PGlite and the PostgreSQL; e2e: Chromium. All by default.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in suites));
if (unknown.length > 0) {
  console.error(`unknot test: unknown suite "${unknown[0]}"; use core, server or e2e (or nothing for all)`);
  process.exit(2);
}
await ensureDeps();
const files = (asked.length > 0 ? asked : Object.keys(suites)).flatMap((name) => suites[name]);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=120000', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
