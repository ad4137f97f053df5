// Runs before `npm start` and `npm test`: a fresh clone has no node_modules yet, so install from the lock file;
// and an edited source makes the CLI bundle stale, so build it again (bin/unknot.cjs would do it on its first run).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function ensureDeps() {
  if (!existsSync(new URL('../node_modules/.package-lock.json', import.meta.url))) {
    console.error('unknot: installing dependencies (first run)...');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // npm ci also builds the CLI bundle (the package's `prepare` script).
    const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
    return;
  }
  const { bundleIsFresh } = (await import('./cli-bundle.cjs')).default;
  if (!bundleIsFresh()) {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli().catch((err) =>
      console.error(`unknot: could not bundle the command line (${err.message})`),
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await ensureDeps();
