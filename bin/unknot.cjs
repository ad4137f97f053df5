#!/usr/bin/env node
// Runs the bundle the install built (dist/cli; `npm ci` builds it through `prepare`) while its sources are
// unchanged. A missing or stale bundle is built again first (esbuild, a dev dependency), so an edited source
// never runs as stale code; where it cannot be built, it says so and how to fix it. TypeScript never runs here.
const { bundleIsFresh, loadBundle } = require('../scripts/cli-bundle.cjs');

// The reader closed standard output (`unknot check | head -1`): it has what it wanted, so stop now,
// quietly and with success, as other Unix tools do; any other write error is still a fault.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function start() {
  if (bundleIsFresh()) return loadBundle().exports.main;
  try {
    await (await import('../scripts/build-cli.mjs')).buildCli();
  } catch (error) {
    process.stderr.write(
      `unknot: the command in dist/cli is missing or older than its sources, and it could not be built again (${error.message}).\n` +
        'Run "npm ci" in the project, which installs the build tools and builds it, or "npm run build:cli".\n',
    );
    process.exit(1);
  }
  return loadBundle().exports.main;
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
