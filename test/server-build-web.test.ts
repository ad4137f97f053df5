import assert from 'node:assert/strict';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { enServer } from '../src/core/knowledge/text/en/server.ts';
import { buildWebIfStale } from '../src/server/build-web.ts';
import { tempDir } from './server-helpers.ts';

test('npm start builds the web app only when there is one, it has a Vite config, and the build is stale', () => {
  const dir = tempDir('unknot-build-');
  try {
    const logs: string[] = [];
    const log = (line: string) => logs.push(line);
    assert.equal(buildWebIfStale(dir.path, log), true, 'no web app: nothing to do');
    mkdirSync(join(dir.path, 'src/web'), { recursive: true });
    writeFileSync(join(dir.path, 'src/web/main.ts'), '');
    assert.equal(buildWebIfStale(dir.path, log), true, 'no Vite config yet: nothing to do');
    assert.deepEqual(logs, []);
    writeFileSync(join(dir.path, 'vite.config.ts'), 'export default {}');
    mkdirSync(join(dir.path, 'dist/web'), { recursive: true });
    writeFileSync(join(dir.path, 'dist/web/index.html'), '');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir.path, 'dist/web/index.html'), later, later);
    assert.equal(buildWebIfStale(dir.path, log), true, 'a fresh build is served as it is');
    assert.deepEqual(logs, []);
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(join(dir.path, 'dist/web/index.html'), earlier, earlier);
    // No node_modules/vite here, as after npm ci --omit=dev: reported, never fetched by npx.
    assert.equal(buildWebIfStale(dir.path, log), false, 'a stale build with no Vite to build it');
    assert.deepEqual(logs, [enServer.serve.noBuilder]);
  } finally {
    dir.remove();
  }
});
