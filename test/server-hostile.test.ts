import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import pg from 'pg';
import { entrySchema } from '../src/core/entry.ts';
import { episodeSchema } from '../src/core/episode.ts';
import { startServer } from '../src/server/main.ts';
import { anEntry, anEpisode, Device, freshPostgres, refused, TEST_SCRYPT_LOG2N } from './server-helpers.ts';

const RUNS = Number(process.env.UNKNOT_FUZZ_RUNS ?? 60);

const fragments = [
  "'; DROP TABLE entries; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as plain text
  '${process.exit()}',
  '__proto__',
  '\u0000',
  '\ud800',
  '\udfff tail',
  '../../etc/passwd',
  '2026-02-30',
  'NaN',
];

/** Values that are wrong in shape, size or content: the material a hostile client sends. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...fragments),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ minLength: 2001, maxLength: 5000 }),
  fc.constantFrom(null, true, -1, 1e308, -0, 10.5, Number.MAX_SAFE_INTEGER),
  fc.constant('x'.repeat(70_000)),
  fc.integer({ min: 2, max: 40 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
    return v;
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A valid record with one field replaced by a hostile value, kept only when the schema refuses it. */
function spoiled<T extends object>(valid: () => T, schema: { safeParse(v: unknown): { success: boolean } }) {
  return fc
    .tuple(fc.constantFrom(...Object.keys(valid()), 'supersedes', 'deleted', 'case'), hostileValue)
    .map(([key, value]) => ({ ...valid(), [key]: value }))
    .filter((v) => !schema.safeParse(v).success);
}

const badEntry = spoiled(() => anEntry(), entrySchema);
const badEpisode = spoiled(() => anEpisode(), episodeSchema);

const bodies: Record<string, fc.Arbitrary<unknown>> = {
  '/api/v1/accounts': fc.record({ email: hostileValue, password: hostileValue }),
  '/api/v1/login': fc.record({ email: hostileValue, password: hostileValue }),
  '/api/v1/password': fc.record({ currentPassword: hostileValue, newPassword: hostileValue }),
  '/api/v1/triage': fc.oneof(
    hostileValue,
    fc.record({ age: hostileValue, onset: hostileValue, asOf: hostileValue }),
  ),
  '/api/v1/plan': fc.record({
    age: fc.constant(30),
    onset: fc.constant('2026-11-20'),
    asOf: hostileValue,
    wakeTime: hostileValue,
  }),
  '/api/v1/sync': fc.oneof(
    // Bad records only: each is refused on its own (a good one beside them would be stored).
    fc.record({ entries: fc.array(badEntry, { minLength: 1, maxLength: 3 }) }),
    fc.record({ episodes: fc.array(badEpisode, { minLength: 1, maxLength: 2 }) }),
    fc
      .record({ cursor: hostileValue, entries: fc.constant([anEntry()]) })
      .filter((b) => typeof b.cursor !== 'string' || !/^\d+$/.test(b.cursor)),
    fc.record({ entries: hostileValue }).filter((b) => !Array.isArray(b.entries) || b.entries.length > 0),
    hostileValue.filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
  ),
};

/** Raw bytes that are not valid UTF-8, or not JSON at all. */
const rawBodies = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => {
    // Every field a schema reads holds the broken bytes, so no endpoint can find this body valid.
    const fields = ['email', 'password', 'currentPassword', 'entries', 'age'];
    const parts = fields.flatMap((f, i) => [
      Buffer.from(`${i ? ',' : '{'}"${f}":"`),
      Buffer.from(bytes),
      Buffer.from('"'),
    ]);
    return Buffer.concat([...parts, Buffer.from('}')]);
  }),
  fc
    .constantFrom(
      '{',
      '{"entries": [',
      'null',
      '[]',
      '"just a string"',
      '{"__proto__": {"admin": true}}',
      '{"constructor": {"prototype": {}}}',
    )
    .map((s) => Buffer.from(s)),
  fc.constant(Buffer.from([0xff, 0xfe, 0xfd, 0x7b, 0x7d])),
);

describe('hostile bodies on every endpoint (PostgreSQL)', () => {
  let url = '';
  let close = async () => {};
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  let sql: pg.Pool;
  let device: Device;

  const counts = async () =>
    (
      await sql.query(
        'SELECT (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM entries)::int AS entries, (SELECT count(*) FROM episodes)::int AS episodes',
      )
    ).rows[0];

  before(async () => {
    db = await freshPostgres();
    sql = new pg.Pool({ connectionString: db.url });
    const s = await startServer({
      port: 0,
      settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 100_000 },
      databaseUrl: db.url,
      authPerMinute: 100_000,
    });
    url = s.url;
    close = s.close;
    device = new Device(url);
    await device.signUp();
  });

  after(async () => {
    await close();
    await sql.end();
    await db.drop();
  });

  for (const [path, arbitrary] of Object.entries(bodies)) {
    test(`POST ${path}: never a 5xx, never a stored row, always a clear 4xx`, async () => {
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(arbitrary, async (body) => {
          const r = await device.call('POST', path, JSON.stringify(body) ?? 'null');
          const what = `${path} ${JSON.stringify(body)?.slice(0, 200)}`;
          if (path === '/api/v1/sync' && r.status === 200) {
            // A batch of well-formed shape: every record is refused on its own, with its reason.
            const batch = body as { entries?: unknown[]; episodes?: unknown[] };
            const pushed = [...(batch.entries ?? []), ...(batch.episodes ?? [])];
            assert.deepEqual(r.body.acknowledged, [], what);
            assert.equal(r.body.rejected?.length, pushed.length, what);
            for (const x of r.body.rejected) assert.ok(x.message.length > 10, what);
            return;
          }
          refused(r, what);
        }),
        { numRuns: RUNS },
      );
      assert.deepEqual(await counts(), before);
    });
  }

  test('DELETE /api/v1/account with hostile bodies keeps the account', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.record({ password: hostileValue }), async (body) => {
        refused(await device.call('DELETE', '/api/v1/account', body), JSON.stringify(body).slice(0, 200));
      }),
      { numRuns: RUNS },
    );
    assert.deepEqual(await counts(), before);
    assert.equal((await device.call('GET', '/api/v1/me')).status, 200);
  });

  test('bytes that are not UTF-8 or not JSON get a clear 4xx on every endpoint', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(bodies)), rawBodies, async (path, raw) => {
        const res = await fetch(url + path, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: device.cookie,
            'x-unknot-csrf': device.csrf,
          },
          body: raw,
        });
        const text = await res.text();
        refused(
          { status: res.status, body: JSON.parse(text) },
          `${path} ${raw.toString('hex').slice(0, 80)}`,
        );
      }),
      { numRuns: RUNS },
    );
    assert.deepEqual(await counts(), before);
  });

  test('a body over the limit is refused unread with 413', async () => {
    const huge = {
      entries: Array.from({ length: 500 }, () => anEntry({ note: 'x'.repeat(2000) })),
      padding: 'y'.repeat(1_500_000),
    };
    const r = await device.call('POST', '/api/v1/sync', huge);
    assert.equal(r.status, 413);
    assert.match(r.body.error.message, /too large/);
    const login = await device.call('POST', '/api/v1/login', {
      email: 'a@b.org',
      password: 'z'.repeat(100_000),
    });
    assert.equal(login.status, 413);
  });
});
