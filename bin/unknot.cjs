#!/usr/bin/env node
// Runs the bundle the install built (dist/cli) while its sources are unchanged, else the TypeScript through
// tsx: a fresh clone needs no build step, and an edited source never runs as stale code.
const { bundleIsFresh, loadBundle } = require('../scripts/cli-bundle.cjs');

// The reader closed standard output (`unknot check | head -1`): it has what it wanted, so stop now,
// quietly and with success, as other Unix tools do; any other write error is still a fault.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function start() {
  if (bundleIsFresh()) return loadBundle().exports.main;
  (await import('tsx/esm/api')).register();
  return (await import('../src/cli/main.ts')).main;
}

start()
  .then((main) =>
    main(process.argv.slice(2), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      now: () => new Date(),
    }),
  )
  .then((code) => {
    process.exitCode = code;
  });
