import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { openDb } from '../src/server/db/open.ts';
import { type Settings, settingsFromEnv, signUpBytesPerDay } from '../src/server/settings.ts';
import { anEntry, Device, freshPostgres, PASSWORD, tempDir, uniqueEmail } from './server-helpers.ts';

const MiB = 1024 * 1024;

/** A server in this process on PGlite in `dataDir`, or on PostgreSQL at `databaseUrl`, with its own settings. */
async function start(where: { dataDir?: string; databaseUrl?: string }, settings: Partial<Settings>) {
  const web = tempDir();
  const db = await openDb(where);
  const app: FastifyInstance = await buildApp(db, {
    ...settingsFromEnv({}),
    signUpsPerHour: 100_000,
    authPerMinute: 100_000,
    scryptLog2N: 10,
    // The test speaks for several addresses through X-Forwarded-For, as a proxy in front would.
    trustProxy: 1,
    ...settings,
    webRoot: web.path,
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let closed = false;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await db.close();
      web.remove();
    },
  };
}

function from(address: string) {
  return { 'x-forwarded-for': address };
}

async function signUp(url: string, address: string, email = uniqueEmail()) {
  const device = new Device(url);
  const r = await device.call('POST', '/api/v1/accounts', { email, password: PASSWORD }, from(address));
  if (r.status === 201) device.csrf = r.body.csrf;
  return { device, email, r };
}

for (const kind of ['PGlite', 'PostgreSQL'] as const) {
  describe(`storage one address can claim, and the disk's floor, on ${kind}`, () => {
    const cleanups: Array<() => unknown> = [];
    after(async () => {
      for (const c of cleanups.reverse()) await c();
    });
    /** A fresh database: a PGlite directory or a PostgreSQL database. */
    async function fresh(): Promise<{ dataDir?: string; databaseUrl?: string }> {
      if (kind === 'PostgreSQL') {
        const pg = await freshPostgres();
        cleanups.push(pg.drop);
        return { databaseUrl: pg.url };
      }
      const dir = tempDir();
      cleanups.push(dir.remove);
      return { dataDir: dir.path };
    }

    test('sign-ups from one address claim at most UNKNOT_SIGNUP_BYTES_PER_DAY of quota a day, counted in the database; another address is not held up', async () => {
      const where = await fresh();
      const limits = { storedBytes: 1 * MiB, signUpBytesPerDay: 3 * MiB };
      let server = await start(where, limits);
      cleanups.push(server.close);
      for (let i = 0; i < 3; i++) {
        assert.equal((await signUp(server.url, '203.0.113.7')).r.status, 201, `sign-up ${i + 1} of 3`);
      }
      const fourth = await signUp(server.url, '203.0.113.7');
      assert.equal(fourth.r.status, 429);
      assert.match(fourth.r.body.error.message, /from this address today already hold 3 MB/);
      assert.match(fourth.r.body.error.message, /after midnight UTC, in \d+ minutes?/);
      assert.equal(fourth.r.body.error.quota, 'signup_bytes_per_day');
      // Nothing of a refused sign-up is kept: its email can sign up from elsewhere.
      assert.equal((await new Device(server.url).logIn(fourth.email)).status, 401);
      assert.equal((await signUp(server.url, '198.51.100.20', fourth.email)).r.status, 201);

      // Another process (here: a new server on the same database) sees the same count.
      if (kind === 'PGlite') await server.close();
      server = await start(where, limits);
      cleanups.push(server.close);
      assert.equal((await signUp(server.url, '203.0.113.7')).r.status, 429);
      assert.equal((await signUp(server.url, '198.51.100.21')).r.status, 201);
    });

    test('while the disk has less free than UNKNOT_MIN_FREE_DISK_MB, sign-ups and pushes are refused with 507 and pulls go on', async () => {
      const where = await fresh();
      const watched = tempDir();
      cleanups.push(watched.remove);
      const first = await start(where, {});
      cleanups.push(first.close);
      const { device, email } = await signUp(first.url, '203.0.113.9');
      const kept = anEntry();
      assert.equal((await device.sync({ entries: [kept] })).status, 200);
      await first.close();

      // No disk has this much free: every write is under the floor. With PostgreSQL a path is named to watch.
      const full = await start(where, {
        minFreeDiskBytes: Number.MAX_SAFE_INTEGER,
        diskCheckPath: kind === 'PostgreSQL' ? watched.path : undefined,
      });
      cleanups.push(full.close);
      const again = new Device(full.url);
      assert.equal((await again.logIn(email)).status, 200);
      const push = await again.sync({ entries: [anEntry()] });
      assert.equal(push.status, 507);
      assert.match(push.body.error.message, /disk is nearly full .* your entries stay on the device/);
      const pull = await again.sync({});
      assert.equal(pull.status, 200);
      assert.deepEqual(
        pull.body.entries.map((e: { id: string }) => e.id),
        [kept.id],
      );
      const newcomer = await signUp(full.url, '203.0.113.10');
      assert.equal(newcomer.r.status, 507);
      assert.equal((await new Device(full.url).logIn(newcomer.email)).status, 401);
    });

    if (kind === 'PostgreSQL') {
      test('with DATABASE_URL and no UNKNOT_DISK_CHECK_PATH, no disk is watched: the floor stops nothing', async () => {
        const where = await fresh();
        const server = await start(where, { minFreeDiskBytes: Number.MAX_SAFE_INTEGER });
        cleanups.push(server.close);
        const { device, r } = await signUp(server.url, '203.0.113.11');
        assert.equal(r.status, 201);
        assert.equal((await device.sync({ entries: [anEntry()] })).status, 200);
      });
    }
  });
}

test('the settings read UNKNOT_SIGNUP_BYTES_PER_DAY, UNKNOT_MIN_FREE_DISK_MB (0 turns it off) and UNKNOT_DISK_CHECK_PATH', () => {
  const defaults = settingsFromEnv({});
  // Unset, a day's claim is one hour's sign-ups at full quota: 20 x 50 MiB.
  assert.equal(signUpBytesPerDay(defaults), 20 * 50 * MiB);
  assert.equal(signUpBytesPerDay({ ...defaults, signUpsPerHour: 5, storedBytes: 10 * MiB }), 50 * MiB);
  assert.equal(defaults.minFreeDiskBytes, 512 * MiB);
  assert.equal(defaults.diskCheckPath, undefined);
  assert.equal(defaults.replyTimeoutMs, 60_000);
  const set = settingsFromEnv({
    UNKNOT_SIGNUP_BYTES_PER_DAY: String(200 * MiB),
    UNKNOT_MIN_FREE_DISK_MB: '0',
    UNKNOT_DISK_CHECK_PATH: '/var/lib/postgresql',
    UNKNOT_REPLY_TIMEOUT_MS: '15000',
  });
  assert.equal(signUpBytesPerDay(set), 200 * MiB);
  assert.equal(set.minFreeDiskBytes, 0);
  assert.equal(set.diskCheckPath, '/var/lib/postgresql');
  assert.equal(set.replyTimeoutMs, 15_000);
});
