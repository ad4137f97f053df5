#!/usr/bin/env node
// Runs the bundle the install built (dist/cli) while its sources are unchanged, else the TypeScript through
// tsx: a fresh clone needs no build step, and an edited source never runs as stale code.
import { bundleIsFresh, loadBundle } from '../scripts/cli-bundle.mjs';

let main;
if (bundleIsFresh()) {
  ({ main } = loadBundle().exports);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
});
