import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Device, freePort, ServerProcess, tempDir } from './server-helpers.ts';

test('a second server on the same PGlite directory is refused, and the data survives a restart', async () => {
  const dir = tempDir();
  const env = { UNKNOT_DATA_DIR: dir.path, DATABASE_URL: '' };
  const first = new ServerProcess(await freePort(), env);
  await first.start();
  try {
    const second = new ServerProcess(await freePort(), env);
    await assert.rejects(second.start(), /data directory .* is in use by process \d+/);
    const d = new Device(first.url);
    const email = await d.signUp();
    await first.kill('SIGTERM');
    const again = new ServerProcess(first.port, env);
    await again.start();
    try {
      assert.equal((await new Device(again.url).logIn(email)).status, 200);
    } finally {
      await again.kill('SIGTERM');
    }
  } finally {
    await first.kill('SIGKILL');
    dir.remove();
  }
});
