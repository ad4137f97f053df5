import assert from 'node:assert/strict';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { normalizeShareCode } from '../src/core/share.ts';
import { migrate, migrations } from '../src/server/db/migrations.ts';
import { openPglite } from '../src/server/db/pglite.ts';
import { openPostgres } from '../src/server/db/postgres.ts';
import type { Db } from '../src/server/db/types.ts';
import { startServer } from '../src/server/main.ts';
import { derivedKey, loadServerSecret, SECRET_FILE } from '../src/server/secret.ts';
import { CLINICIAN_PASSWORD, clinician, serverWithDb } from './clinician-helpers.ts';
import { Device, freshPostgres, TEST_SCRYPT_LOG2N, tempDir, uniqueEmail } from './server-helpers.ts';

const REDEEMS = 3;
const SIGNED_OUT = 6;

async function newCode(patient: Device): Promise<string> {
  const r = await patient.call('POST', '/api/v1/shares/codes', {});
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.code;
}

const redeem = (doctor: Device, code: string) => doctor.call('POST', '/api/v1/clinician/shares', { code });

/** A code that is well-formed and was never made (one in 2^50 that it was). */
const wrongCode = () => `${randomBytes(5).toString('hex').toUpperCase()}`.replace(/[ILOU]/g, '7');

for (const storage of ['PGlite', 'PostgreSQL'] as const) {
  describe(`share codes under attack (${storage})`, () => {
    const dir = tempDir();
    const secret = randomBytes(32);
    let url = '';
    let db: Db;
    let pgUrl = '';
    const cleanups: Array<() => Promise<void> | void> = [];
    before(async () => {
      const pg = storage === 'PostgreSQL' ? await freshPostgres() : undefined;
      if (pg) {
        pgUrl = pg.url;
        cleanups.push(pg.drop);
      }
      const s = await serverWithDb({
        ...(pg ? { databaseUrl: pg.url } : {}),
        // A strict per-address limit: what the clinicians' tries once shared with every stranger at the address.
        settings: {
          authPerMinute: 10,
          redeemsPerHour: REDEEMS,
          signedOutPerMinute: SIGNED_OUT,
          serverSecret: secret,
        },
      });
      url = s.url;
      db = s.db;
      cleanups.unshift(s.close);
    });
    after(async () => {
      for (const c of cleanups) await c();
      dir.remove();
    });

    test('a code is stored under HMAC-SHA-256 with a key from the server secret, never its plain hash', async () => {
      const patient = new Device(url);
      await patient.signUp();
      const code = normalizeShareCode(await newCode(patient)) ?? '';
      const rows = await db.query<{ code_hash: string }>('SELECT code_hash FROM share_codes');
      const stored = rows.map((r) => r.code_hash);
      const plain = createHash('sha256').update(`unknot-share:${code}`).digest('base64url');
      assert.ok(
        !stored.includes(plain),
        'not the unkeyed hash a copy of the database could test guesses against',
      );
      const keyed = createHmac('sha256', derivedKey(secret, 'share-codes')).update(code).digest('base64url');
      assert.ok(stored.includes(keyed), 'the HMAC under the key derived from the secret');
    });

    test("strangers at a clinic's address neither use up nor share its clinicians' tries; each clinician has their own", async () => {
      const doctor = await clinician(url, db);
      const colleague = await clinician(url, db);
      const patient = new Device(url);
      await patient.signUp();
      // Anonymous redeems from the same address, past every per-address limit: refused, first 401 then 429.
      const anonymous: number[] = [];
      for (let i = 0; i < SIGNED_OUT + 6; i++)
        anonymous.push((await redeem(new Device(url), wrongCode())).status);
      assert.deepEqual(anonymous.slice(0, SIGNED_OUT), Array(SIGNED_OUT).fill(401));
      assert.equal(anonymous.at(-1), 429, 'strangers are limited per address');

      // The clinician's wrong codes count against the clinician alone, and only up to the limit.
      for (let i = 0; i < REDEEMS; i++) assert.equal((await redeem(doctor, wrongCode())).status, 400);
      const refused = await redeem(doctor, await newCode(patient));
      assert.equal(refused.status, 429, 'past the limit even a good code waits');
      assert.equal(refused.body.error.field, 'code');
      assert.match(refused.body.error.message, /did not work: 3 in an hour/);
      assert.ok(Number(refused.headers.get('retry-after')) > 60);

      const added = await redeem(colleague, await newCode(patient));
      assert.equal(added.status, 201, 'a colleague at the same address is not held back');
    });

    test('codes that work are not counted: a clinician adds more patients than the limit of failures', async () => {
      const doctor = await clinician(url, db);
      for (let i = 0; i < REDEEMS + 2; i++) {
        const patient = new Device(url);
        await patient.signUp();
        assert.equal((await redeem(doctor, await newCode(patient))).status, 201);
      }
      assert.equal((await redeem(doctor, wrongCode())).status, 400, 'a first failure is still only a 400');
    });

    if (storage === 'PostgreSQL') {
      test('the limit is one per clinician across server processes sharing the database', async () => {
        const second = await serverWithDb({
          databaseUrl: pgUrl,
          settings: { redeemsPerHour: REDEEMS, serverSecret: secret },
        });
        try {
          const email = uniqueEmail();
          const onFirst = await clinician(url, db, email);
          for (let i = 0; i < REDEEMS; i++) assert.equal((await redeem(onFirst, wrongCode())).status, 400);
          const onSecond = new Device(second.url);
          assert.equal((await onSecond.logIn(email, CLINICIAN_PASSWORD)).status, 200);
          assert.equal((await redeem(onSecond, wrongCode())).status, 429);
          // The same secret: a code made through one process is redeemed through the other.
          const patient = new Device(url);
          await patient.signUp();
          const code = await newCode(patient);
          const other = await clinician(second.url, second.db);
          assert.equal((await redeem(other, code)).status, 201);
        } finally {
          await second.close();
        }
      });
    }

    test('a real server keeps its secret in the data directory, mode 0600, and reuses it after a restart', async () => {
      const data = join(dir.path, 'data');
      const start = () =>
        startServer({
          port: 0,
          dataDir: data,
          ...(pgUrl ? { databaseUrl: pgUrl } : {}),
          settings: { scryptLog2N: TEST_SCRYPT_LOG2N },
        });
      let s = await start();
      const file = join(data, SECRET_FILE);
      assert.equal(statSync(file).mode & 0o777, 0o600);
      const patient = new Device(s.url);
      const email = await patient.signUp();
      const code = await newCode(patient);
      await s.close();
      s = await start();
      try {
        const stored = await new Device(s.url).logIn(email);
        assert.equal(stored.status, 200);
        // The code made before the restart is found under the same key.
        const key = derivedKey(loadServerSecret(data, {}), 'share-codes');
        const hash = createHmac('sha256', key)
          .update(normalizeShareCode(code) ?? '')
          .digest('base64url');
        if (storage === 'PostgreSQL') {
          const rows = await db.query('SELECT 1 FROM share_codes WHERE code_hash = $1', [hash]);
          assert.equal(rows.length, 1);
        }
      } finally {
        await s.close();
      }
    });
  });
}

test('the secret: made once with mode 0600, the variable overrides it, a short variable or a spoiled file is refused', () => {
  const dir = tempDir();
  try {
    const data = join(dir.path, 'fresh');
    const first = loadServerSecret(data, {});
    assert.equal(first.length, 32);
    assert.equal(statSync(join(data, SECRET_FILE)).mode & 0o777, 0o600);
    assert.deepEqual(loadServerSecret(data, {}), first, 'the same secret on the next start');
    const given = 'a value set by the operator, long enough to be a key';
    assert.deepEqual(loadServerSecret(data, { UNKNOT_SERVER_SECRET: given }), Buffer.from(given));
    assert.throws(() => loadServerSecret(data, { UNKNOT_SERVER_SECRET: 'short' }), /UNKNOT_SERVER_SECRET/);
    const spoiled = join(dir.path, 'spoiled');
    mkdirSync(spoiled);
    writeFileSync(join(spoiled, SECRET_FILE), 'not a secret\n');
    assert.throws(() => loadServerSecret(spoiled, {}), /is not a server secret/);
  } finally {
    dir.remove();
  }
});

for (const storage of ['PGlite', 'PostgreSQL'] as const) {
  test(`codes stored under the old plain hash are expired by the migration (${storage})`, async () => {
    const dir = tempDir();
    const pg = storage === 'PostgreSQL' ? await freshPostgres() : undefined;
    const db = pg ? openPostgres(pg.url, 2) : await openPglite(dir.path);
    try {
      await migrate(db, migrations.slice(0, 4));
      const id = '00000000-0000-4000-8000-000000000007';
      await db.query(`INSERT INTO accounts (id, email, password_hash) VALUES ($1, 'old@example.org', 'x')`, [
        id,
      ]);
      await db.query(
        `INSERT INTO share_codes (code_hash, patient_id, expires_at) VALUES ($1, $2, now() + interval '20 hours')`,
        [createHash('sha256').update('unknot-share:ABCDE12345').digest('base64url'), id],
      );
      await migrate(db);
      const left = await db.query('SELECT 1 FROM share_codes');
      assert.equal(left.length, 0);
    } finally {
      await db.close();
      await pg?.drop();
      dir.remove();
    }
  });
}
