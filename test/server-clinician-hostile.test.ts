import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import pg from 'pg';
import { listQuerySchema } from '../src/core/share.ts';
import type { Db } from '../src/server/db/types.ts';
import { clinician, patient, serverWithDb, share } from './clinician-helpers.ts';
import { type Device, freshPostgres, refused, send } from './server-helpers.ts';

const RUNS = Number(process.env.UNKNOT_FUZZ_RUNS ?? 60);

const fragments = [
  "'; DROP TABLE shares; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '__proto__',
  '\u0000',
  '\ud800',
  '../../etc/passwd',
  '%00',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...fragments),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ minLength: 201, maxLength: 3000 }),
  fc.constantFrom(null, true, -1, 1e308, 10.5),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Text for a URL: path segments and query values, percent-encoded as a browser would. */
const hostileText = fc
  .oneof(
    fc.constantFrom(...fragments),
    fc.string({ maxLength: 60 }),
    fc.string({ minLength: 101, maxLength: 300 }),
  )
  // A lone surrogate cannot be percent-encoded at all: no client can send it in a URL.
  .filter((s) => {
    try {
      encodeURIComponent(s);
      return true;
    } catch {
      return false;
    }
  });

describe('hostile requests to the sharing and clinician endpoints (PostgreSQL)', () => {
  let url = '';
  let db: Db;
  let close = async () => {};
  let pgDb: Awaited<ReturnType<typeof freshPostgres>>;
  let sql: pg.Pool;
  let doctor: Device;
  let owner: Device;
  let patientId = '';

  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM accounts)::int AS accounts,
        (SELECT count(*) FROM shares)::int AS shares, (SELECT count(*) FROM shares WHERE revoked_at IS NULL)::int AS live,
        (SELECT count(*) FROM share_codes)::int AS codes, (SELECT count(*) FROM clinician_reads)::int AS reads,
        (SELECT count(*) FROM clinician_list_reads)::int AS views,
        (SELECT count(*) FROM setup_links)::int AS links, (SELECT count(*) FROM logins)::int AS logins`)
    ).rows[0];

  before(async () => {
    pgDb = await freshPostgres();
    sql = new pg.Pool({ connectionString: pgDb.url });
    const s = await serverWithDb({ databaseUrl: pgDb.url });
    ({ url, db, close } = s);
    doctor = await clinician(url, db);
    const p = await patient(url);
    owner = p.device;
    patientId = await share(owner, doctor);
    // A link that is still open, so a guessed token has something to miss.
    const { addClinician } = await import('../src/server/clinician/accounts.ts');
    await addClinician(db, 'waiting@example.org');
  });

  after(async () => {
    await close();
    await sql.end();
    await pgDb.drop();
  });

  const bodies: Array<[string, string, () => Device, fc.Arbitrary<unknown>]> = [
    [
      'POST',
      '/api/v1/shares/codes',
      () => owner,
      fc.oneof(
        hostileValue.filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), hostileValue, { minKeys: 1, maxKeys: 3 }),
      ),
    ],
    [
      'POST',
      '/api/v1/clinician/shares',
      () => doctor,
      fc.oneof(hostileValue, fc.record({ code: hostileValue })),
    ],
    [
      'POST',
      '/api/v1/clinician/setup',
      () => doctor,
      fc.oneof(hostileValue, fc.record({ token: hostileValue, password: hostileValue })),
    ],
  ];

  for (const [method, path, who, arbitrary] of bodies) {
    test(`${method} ${path}: never a 5xx, never a stored row, always a clear 4xx`, async () => {
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(arbitrary, async (body) => {
          const r = await who().call(method, path, JSON.stringify(body) ?? 'null');
          refused(r, `${path} ${JSON.stringify(body)?.slice(0, 200)}`);
        }),
        { numRuns: RUNS },
      );
      assert.deepEqual(await counts(), before);
    });
  }

  test('DELETE /api/v1/shares/:shareId with hostile ids and bodies keeps the share', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(hostileText, hostileValue, async (id, body) => {
        const r = await owner.call(
          'DELETE',
          `/api/v1/shares/${encodeURIComponent(id)}`,
          JSON.stringify(body) ?? 'null',
        );
        refused(r, `${id} ${JSON.stringify(body)?.slice(0, 100)}`);
      }),
      { numRuns: RUNS },
    );
    assert.deepEqual(await counts(), before);
  });

  test('GET /api/v1/clinician/patients with hostile query strings: a 4xx naming the field, no read recorded', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('sort', 'dir', 'filter', 'page', 'q'),
        hostileText,
        async (field, value) => {
          const query = `${field}=${encodeURIComponent(value)}`;
          const r = await doctor.call('GET', `/api/v1/clinician/patients?${query}`);
          // Hostile text can still be a valid value ("name" is a sort key, most text a valid search): the list's
          // own schema says which, and the server must answer exactly as it says.
          const valid = listQuerySchema.shape[field].safeParse(value).success;
          if (r.status === 200) {
            assert.ok(valid, `${query} was accepted, but the schema refuses it`);
            for (const p of r.body.patients) assert.equal(p.id, patientId);
            return;
          }
          assert.ok(!valid, `${query} was refused (${r.status}), but the schema accepts it`);
          refused(r, query);
          assert.equal(r.body.error.field, field, query);
        },
      ),
      { numRuns: RUNS },
    );
    const after = await counts();
    assert.equal(after.shares, before.shares);
    assert.equal(after.codes, before.codes);
  });

  test('GET a patient, a summary and FHIR with hostile ids: 400 or 404, never data, never a read', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        hostileText,
        fc.constantFrom('', '/summary.pdf', '/fhir'),
        async (a, b, tail) => {
          const path = tail
            ? `/api/v1/clinician/patients/${encodeURIComponent(a)}/episodes/${encodeURIComponent(b)}${tail}`
            : `/api/v1/clinician/patients/${encodeURIComponent(a)}`;
          const r = await doctor.call('GET', path);
          refused(r, path);
          assert.ok([400, 404].includes(r.status), `${path}: ${r.status}`);
        },
      ),
      { numRuns: RUNS },
    );
    assert.deepEqual(await counts(), before);
  });

  test('raw bytes that are not UTF-8 or not JSON get a clear 4xx', async () => {
    const before = await counts();
    for (const [device, path] of [
      [owner, '/api/v1/shares/codes'],
      [doctor, '/api/v1/clinician/shares'],
      [doctor, '/api/v1/clinician/setup'],
    ] as const) {
      for (const raw of [
        Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
        Buffer.from('{"code": '),
        Buffer.from('[]'),
      ]) {
        const res = await send(url, path, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: device.cookie,
            'x-unknot-csrf': device.csrf,
          },
          body: raw,
        });
        refused({ status: res.status, body: await res.json() }, `${path} ${raw.toString('hex')}`);
      }
    }
    assert.deepEqual(await counts(), before);
  });
});
