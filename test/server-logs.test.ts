import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anEntry, Device, freePort, PASSWORD, ServerProcess, tempDir } from './server-helpers.ts';

test('the request log holds no health data, password, cookie or CSRF token', async () => {
  const dir = tempDir();
  const server = new ServerProcess(await freePort(), { UNKNOT_DATA_DIR: dir.path, DATABASE_URL: '' }, [
    '--log',
  ]);
  await server.start();
  try {
    const d = new Device(server.url);
    const email = await d.signUp();
    await d.sync({ entries: [anEntry({ note: 'NOTE-IN-A-DIARY' })] });
    await d.sync({ entries: [{ note: 'NOTE-IN-A-BAD-BODY' }] });
    await d.logIn(email, 'WRONG-PASSWORD-TRIED');
    // The reply can arrive before its log line: wait until the log has all four requests completed (the line for
    // the last, the refused login, is written after every line of the requests before it).
    const completed = () => server.output.match(/"msg":"request completed"/g)?.length ?? 0;
    for (let i = 0; i < 200 && completed() < 4; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(completed(), 4, 'sign-up, two syncs and the login are logged as completed');
    const log = server.output;
    assert.match(log, /"url":"\/api\/v1\/sync"/, 'requests are logged');
    for (const secret of [
      'NOTE-IN-A-DIARY',
      'NOTE-IN-A-BAD-BODY',
      'WRONG-PASSWORD-TRIED',
      PASSWORD,
      d.csrf,
      ...d.cookie.split('; ').map((c) => c.split('=')[1] ?? ''),
    ]) {
      assert.ok(!log.includes(secret), `the log contains ${secret}`);
    }
  } finally {
    await server.kill('SIGTERM');
    dir.remove();
  }
});
