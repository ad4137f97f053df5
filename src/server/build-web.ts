import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverWords } from '#words';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/**
 * Builds the web app when its sources are newer than the build, so `npm start` on a fresh clone
 * serves the real app. Skipped when the project has no web app or no Vite config yet.
 */
export function buildWebIfStale(root: string, log: (line: string) => void): boolean {
  const config = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs'].find((f) =>
    existsSync(join(root, f)),
  );
  if (!existsSync(join(root, 'src/web')) || !config) return true;
  const built = join(root, 'dist/web/index.html');
  // What the app is built from: its own code, the core it imports, its page and static files.
  const inputs = ['src/web', 'src/core', 'index.html', 'public', 'package-lock.json', config];
  const sources = Math.max(...inputs.map((p) => newest(join(root, p))));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return true;
  // Never `npx` a Vite that is not installed: that would download one. Without it, say so (serve.ts then
  // serves the build there is, or a page that says how to build it).
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) {
    log(serverWords.serve.noBuilder);
    return false;
  }
  log(serverWords.serve.building);
  // One build per language (scripts/build-web.mjs), through the Vite found above.
  const run = spawnSync(process.execPath, [join(root, 'scripts/build-web.mjs')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return run.status === 0;
}
