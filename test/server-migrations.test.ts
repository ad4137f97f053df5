import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrate, migrations } from '../src/server/db/migrations.ts';
import { openPglite } from '../src/server/db/pglite.ts';
import { openPostgres } from '../src/server/db/postgres.ts';
import type { Db } from '../src/server/db/types.ts';
import { freshPostgres, tempDir } from './server-helpers.ts';

/** A step whose function body holds semicolons: splitting the text on ';' would cut it apart. */
const withFunction = [
  `CREATE FUNCTION twice(n integer) RETURNS integer LANGUAGE plpgsql AS $$
  DECLARE r integer;
  BEGIN
    r := n * 2;
    RETURN r;
  END;
  $$`,
  'CREATE TABLE twice_seen (n integer PRIMARY KEY)',
];

test('a migration runs its statements one by one, so a function body with semicolons survives whole', async () => {
  const dir = tempDir();
  const db = await openPglite(dir.path);
  try {
    await migrate(db, [...migrations, withFunction]);
    const rows = await db.query<{ n: number }>('SELECT twice(21) AS n');
    assert.equal(rows[0]?.n, 42);
    const versions = await db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    assert.deepEqual(
      versions.map((r) => Number(r.version)),
      [...migrations, withFunction].map((_, i) => i + 1),
    );
  } finally {
    await db.close();
    dir.remove();
  }
});

test('a database migrated before keeps its versions: only the steps it lacks run, each once', async () => {
  const dir = tempDir();
  const db = await openPglite(dir.path);
  try {
    await migrate(db);
    await db.query(
      `INSERT INTO accounts (id, email, password_hash) VALUES ('00000000-0000-4000-8000-000000000001', 'a@example.org', 'x')`,
    );
    // The released steps again (as a restart does), then with one new step: nothing is redone or lost.
    await migrate(db);
    await migrate(db, [...migrations, withFunction]);
    await migrate(db, [...migrations, withFunction]);
    const accounts = await db.query<{ email: string }>('SELECT email FROM accounts');
    assert.deepEqual(
      accounts.map((a) => a.email),
      ['a@example.org'],
    );
    const versions = await db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    assert.equal(versions.length, migrations.length + 1);
  } finally {
    await db.close();
    dir.remove();
  }
});

const PATIENT = '00000000-0000-4000-8000-000000000002';
const DOCTOR = '00000000-0000-4000-8000-000000000003';

/** A database as the third step left it: a share and its patient's flags, before the list's copies existed. */
async function sharedBeforeCopies(db: Db): Promise<void> {
  await migrate(db, migrations.slice(0, 3));
  await db.query(
    `INSERT INTO accounts (id, email, password_hash, role) VALUES
       ($1, 'patient@example.org', 'x', 'patient'), ($2, 'doctor@example.org', 'x', 'clinician')`,
    [PATIENT, DOCTOR],
  );
  await db.query(
    `INSERT INTO patient_flags (account_id, onset, urgency, red_flag, unsure_warning, not_improving, last_entry)
     VALUES ($1, '2026-11-01', 2, false, true, true, '2026-11-09')`,
    [PATIENT],
  );
  await db.query(`INSERT INTO shares (id, patient_id, clinician_id) VALUES (gen_random_uuid(), $1, $2)`, [
    PATIENT,
    DOCTOR,
  ]);
}

async function copies(db: Db) {
  return db.query(
    `SELECT patient_email, urgency, warning_rank, not_improving, onset::text, last_entry::text FROM shares`,
  );
}

const copied = [
  {
    patient_email: 'patient@example.org',
    urgency: 2,
    warning_rank: 1,
    not_improving: true,
    onset: '2026-11-01',
    last_entry: '2026-11-09',
  },
];

test('the fourth step copies each share its patient’s email and sort flags; PGlite, without pg_trgm, goes on without the trigram index', async () => {
  const dir = tempDir();
  const db = await openPglite(dir.path);
  try {
    await sharedBeforeCopies(db);
    await migrate(db);
    assert.deepEqual(await copies(db), copied);
    const trigram = await db.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'shares_email_trgm'`);
    assert.equal(trigram.length, 0);
    await assert.rejects(
      db.query(`INSERT INTO shares (id, patient_id, clinician_id) VALUES (gen_random_uuid(), $1, $2)`, [
        DOCTOR,
        PATIENT,
      ]),
      /patient_email/,
      'a share made without the email is refused, not listed blank',
    );
  } finally {
    await db.close();
    dir.remove();
  }
});

test('on PostgreSQL the fourth step also makes the trigram index for the email search (the ninth moves it to the name and email)', async () => {
  const target = await freshPostgres();
  const db = openPostgres(target.url, 2);
  try {
    await sharedBeforeCopies(db);
    await migrate(db, migrations.slice(0, 8));
    assert.deepEqual(await copies(db), copied);
    const trigram = (name: string) =>
      db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = $1`, [name]);
    assert.match(
      (await trigram('shares_email_trgm'))[0]?.indexdef ?? '',
      /USING gin \(patient_email gin_trgm_ops\) WHERE \(revoked_at IS NULL\)/,
    );
    await migrate(db);
    assert.deepEqual(await trigram('shares_email_trgm'), []);
    assert.match(
      (await trigram('shares_search_trgm'))[0]?.indexdef ?? '',
      /USING gin \(patient_search gin_trgm_ops\) WHERE \(revoked_at IS NULL\)/,
    );
  } finally {
    await db.close();
    await target.drop();
  }
});
