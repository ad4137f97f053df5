import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../src/server/main.ts';
import { anEntry, anEpisode, Device, PASSWORD, TEST_SCRYPT_LOG2N, tempDir } from './server-helpers.ts';

/** Every endpoint that touches an account, with a body that would succeed for its owner. */
const endpoints: Array<{ method: string; path: string; body?: (owner: { entryId: string }) => unknown }> = [
  { method: 'GET', path: '/api/v1/me' },
  { method: 'POST', path: '/api/v1/sync', body: () => ({}) },
  {
    method: 'POST',
    path: '/api/v1/sync',
    body: (o) => ({ entries: [anEntry({ id: o.entryId, note: 'stolen' })] }),
  },
  { method: 'POST', path: '/api/v1/logout' },
  { method: 'POST', path: '/api/v1/account/sign-out-everywhere', body: () => ({}) },
  {
    method: 'POST',
    path: '/api/v1/password',
    body: () => ({ currentPassword: PASSWORD, newPassword: 'taken over now!' }),
  },
  { method: 'DELETE', path: '/api/v1/account', body: () => ({ password: PASSWORD }) },
];

describe('authorization: every endpoint as anonymous and as another account', () => {
  let url = '';
  let close = async () => {};
  const dir = tempDir();
  const owner = { entryId: '' };
  let ownerDevice: Device;
  const secretNote = 'the owner alone may read this';

  before(async () => {
    const s = await startServer({
      port: 0,
      settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 100_000 },
      dataDir: dir.path,
      authPerMinute: 1000,
    });
    url = s.url;
    close = s.close;
    ownerDevice = new Device(url);
    await ownerDevice.signUp();
    const entry = anEntry({ note: secretNote });
    owner.entryId = entry.id;
    await ownerDevice.sync({ entries: [entry], episodes: [anEpisode()] });
  });

  after(async () => {
    await close();
    dir.remove();
  });

  /** The callers who must get nothing of the owner's: each is a device in some state of (non-)login. */
  async function strangers(): Promise<Array<[string, Device]>> {
    const anonymous = new Device(url);
    const stolenCsrf = new Device(url);
    stolenCsrf.csrf = ownerDevice.csrf;
    const forged = new Device(url);
    forged.cookie = 'unknot_login=forged-token-value';
    forged.csrf = ownerDevice.csrf;
    const other = new Device(url);
    await other.signUp(undefined, 'another long password');
    const ownCookieWrongCsrf = new Device(url);
    ownCookieWrongCsrf.cookie = ownerDevice.cookie;
    ownCookieWrongCsrf.csrf = other.csrf;
    return [
      ['anonymous', anonymous],
      ['anonymous with the owner CSRF token', stolenCsrf],
      ['a forged login cookie', forged],
      ['the owner cookie with another CSRF token', ownCookieWrongCsrf],
      ['another account', other],
    ];
  }

  test('no stranger gets the owner data or changes the owner account', async () => {
    for (const { method, path, body } of endpoints) {
      for (const [who, device] of await strangers()) {
        // A GET changes nothing, and another site cannot read its answer (no CORS): the cookie alone suffices.
        if (method === 'GET' && who === 'the owner cookie with another CSRF token') continue;
        const r = await device.call(method, path, body?.(owner));
        // A refused push names back only the id the stranger sent itself.
        if (r.body?.refused) assert.deepEqual(r.body.refused, [owner.entryId]);
        const text = JSON.stringify({ ...r.body, refused: undefined });
        assert.doesNotMatch(text, new RegExp(secretNote), `${who} ${method} ${path}`);
        assert.doesNotMatch(text, new RegExp(owner.entryId), `${who} ${method} ${path}`);
        if (who === 'another account') {
          // Its own login works on its own account only: nothing of the owner's is read or written.
          assert.ok([200, 204, 403].includes(r.status), `${who} ${method} ${path}: ${r.status}`);
        } else {
          assert.ok([401, 403].includes(r.status), `${who} ${method} ${path}: ${r.status}`);
          assert.equal(typeof r.body.error.message, 'string');
        }
      }
    }
    const me = await ownerDevice.call('GET', '/api/v1/me');
    assert.equal(me.status, 200, 'the owner is still signed in');
    const mine = await ownerDevice.pullAll();
    assert.equal(mine.entries.length, 1);
    assert.equal(mine.entries[0]?.note, secretNote);
  });
});

test('an anonymous sync body is not even read: 401 before parsing', async () => {
  const dir = tempDir();
  const s = await startServer({
    port: 0,
    settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 100_000 },
    dataDir: dir.path,
  });
  try {
    const r = await new Device(s.url).call('POST', '/api/v1/sync', '{"entries": [ this is not json');
    assert.equal(r.status, 401);
  } finally {
    await s.close();
    dir.remove();
  }
});

describe('the login rate limit', () => {
  const dir = tempDir();
  let url = '';
  let close = async () => {};
  before(async () => {
    const s = await startServer({
      port: 0,
      settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 100_000 },
      dataDir: dir.path,
      authPerMinute: 3,
    });
    url = s.url;
    close = s.close;
  });
  after(async () => {
    await close();
    dir.remove();
  });

  test('sign-up and login are rate limited per address', async () => {
    const d = new Device(url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await d.logIn('nobody@example.org', 'wrong password!')).status);
    assert.ok(statuses.includes(429), statuses.join(','));
    const last = await d.logIn('nobody@example.org', 'wrong password!');
    assert.equal(last.status, 429);
    assert.match(last.body.error.message, /wait \d+ seconds?/);
  });
});
