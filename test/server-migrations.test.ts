import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrate, migrations } from '../src/server/db/migrations.ts';
import { openPglite } from '../src/server/db/pglite.ts';
import { tempDir } from './server-helpers.ts';

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
