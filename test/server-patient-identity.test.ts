import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { patientRowSchema } from '../src/core/share.ts';
import { migrate, migrations } from '../src/server/db/migrations.ts';
import { openPglite } from '../src/server/db/pglite.ts';
import { openPostgres } from '../src/server/db/postgres.ts';
import { clinician, patient, share, suiteServer } from './clinician-helpers.ts';
import { Device, freshPostgres, PASSWORD, tempDir } from './server-helpers.ts';

type Row = { id: string; displayName: string | null; birthDate: string | null; email: string; since: string };

/** The name and date of birth a patient chose to show with a share code (issue 22), on both databases. */
for (const store of ['PGlite', 'PostgreSQL'] as const) {
  describe(`a patient's name and date of birth, sent with a share code (${store})`, () => {
    const s = suiteServer(store);

    const listed = async (doctor: Device, query = ''): Promise<Row[]> => {
      const r = await doctor.call('GET', `/api/v1/clinician/patients?${query}`);
      assert.equal(r.status, 200, `${query}: ${JSON.stringify(r.body)}`);
      for (const row of r.body.patients) assert.deepEqual(patientRowSchema.strict().parse(row), row);
      return r.body.patients;
    };
    const rowOf = async (doctor: Device, id: string) => {
      const row = (await listed(doctor)).find((r) => r.id === id);
      assert.ok(row, 'the patient is in the list');
      return row;
    };

    test('the code holds them until it is redeemed; then the share has them, in the list and on the patient page', async () => {
      const doctor = await clinician(s.url, s.db);
      const p = await patient(s.url);
      const code = await p.device.call('POST', '/api/v1/shares/codes', {
        displayName: '  Ann Lee  ',
        birthDate: '1984-02-29',
      });
      assert.equal(code.status, 201);
      const held = await s.db.query<{ display_name: string; birth_date: string }>(
        `SELECT c.display_name, c.birth_date::text FROM share_codes c JOIN accounts a ON a.id = c.patient_id
         WHERE a.email = $1`,
        [p.email],
      );
      assert.deepEqual(held, [{ display_name: 'Ann Lee', birth_date: '1984-02-29' }], 'trimmed, on the code');

      const redeemed = await doctor.call('POST', '/api/v1/clinician/shares', { code: code.body.code });
      assert.equal(redeemed.status, 201);
      const id = redeemed.body.patient.id;
      const row = await rowOf(doctor, id);
      assert.deepEqual(
        { displayName: row.displayName, birthDate: row.birthDate, email: row.email },
        { displayName: 'Ann Lee', birthDate: '1984-02-29', email: p.email },
      );
      const page = await doctor.call('GET', `/api/v1/clinician/patients/${id}`);
      assert.equal(page.status, 200);
      assert.equal(page.body.displayName, 'Ann Lee');
      assert.equal(page.body.birthDate, '1984-02-29');

      const spent = await s.db.query<{ display_name: string | null; birth_date: string | null }>(
        'SELECT display_name, birth_date FROM share_codes WHERE patient_id = $1',
        [id],
      );
      assert.deepEqual(spent, [{ display_name: null, birth_date: null }], 'the spent code keeps no copy');
    });

    test('a code with neither shows the email alone: both null', async () => {
      const doctor = await clinician(s.url, s.db);
      const p = await patient(s.url);
      const id = await share(p.device, doctor);
      const row = await rowOf(doctor, id);
      assert.equal(row.displayName, null);
      assert.equal(row.birthDate, null);
      assert.equal(row.email, p.email);
    });

    test('a newer code for a clinician who already holds the share replaces its copy; another clinician keeps their own', async () => {
      const doctor = await clinician(s.url, s.db);
      const colleague = await clinician(s.url, s.db);
      const p = await patient(s.url);
      const id = await share(p.device, doctor, { displayName: 'Ann', birthDate: '1984-02-29' });
      await share(p.device, colleague, { displayName: 'Mrs A. Lee' });
      const shareIds = async () =>
        (await p.device.call('GET', '/api/v1/shares')).body.shares.map((x: { id: string }) => x.id);
      const before = await shareIds();
      const since = (await rowOf(doctor, id)).since;

      await share(p.device, doctor, { displayName: 'Ann Lee', birthDate: '1984-03-01' });
      const renamed = await rowOf(doctor, id);
      assert.equal(renamed.displayName, 'Ann Lee');
      assert.equal(renamed.birthDate, '1984-03-01');
      assert.equal(renamed.since, since, 'the same share, from the same day');
      assert.deepEqual(await shareIds(), before, 'no second share');
      assert.equal((await rowOf(colleague, id)).displayName, 'Mrs A. Lee', "the colleague's copy is theirs");
      assert.equal((await rowOf(colleague, id)).birthDate, null);

      // A code with neither: the patient no longer shows them to this clinician.
      await share(p.device, doctor, {});
      const plain = await rowOf(doctor, id);
      assert.equal(plain.displayName, null);
      assert.equal(plain.birthDate, null);
      assert.deepEqual(
        (await listed(doctor, 'q=ann')).map((r) => r.id),
        [],
        'the old name is not searched either',
      );
    });

    test('the search finds a part of the name, in any case and accent-composed or not, as well as of the email', async () => {
      const doctor = await clinician(s.url, s.db);
      const named = await patient(s.url);
      const other = await patient(s.url);
      const id = await share(named.device, doctor, { displayName: 'Élodie Martín-Lee' });
      await share(other.device, doctor, { displayName: 'Bob 100%_Ready' });
      const found = async (q: string) =>
        (await listed(doctor, `q=${encodeURIComponent(q)}`)).map((r) => r.email).sort();
      assert.deepEqual(await found('élodie'), [named.email]);
      assert.deepEqual(await found('ÉLODIE MARTÍN'), [named.email]);
      // The same letters with the accent as a combining mark (NFD): folded to the same text.
      assert.deepEqual(await found('E\u0301lodie'), [named.email]);
      assert.deepEqual(await found('tín-l'), [named.email]);
      assert.deepEqual(await found(named.email.slice(2, 10).toUpperCase()), [named.email]);
      assert.deepEqual(await found('@example.org'), [named.email, other.email].sort());
      assert.deepEqual(await found('100%_'), [other.email], '% and _ as themselves');
      assert.deepEqual(await found('0%r'), []);
      // A part never spans the name and the email: the end of one and the start of the other find nothing.
      assert.deepEqual(await found(`lee${named.email.slice(0, 4)}`), []);
      assert.deepEqual(await found(`lee ${named.email.slice(0, 4)}`), []);
      const total = await doctor.call('GET', `/api/v1/clinician/patients?q=${encodeURIComponent('martín')}`);
      assert.equal(total.body.total, 1);
      assert.equal(total.body.patients[0].id, id);
    });

    test('by name: the name the patient chose, in any case, else the email; both ways', async () => {
      const doctor = await clinician(s.url, s.db);
      const made: { email: string }[] = [];
      for (const name of ['carl Dunn', 'Anna Quist', undefined, 'Beth Ames']) {
        const p = await patient(s.url);
        await share(p.device, doctor, name ? { displayName: name } : {});
        made.push(p);
      }
      const shown = (r: Row) => r.displayName ?? r.email;
      const asc = (await listed(doctor, 'sort=name')).map(shown);
      assert.deepEqual(asc, ['Anna Quist', 'Beth Ames', 'carl Dunn', made[2]?.email]);
      assert.deepEqual((await listed(doctor, 'sort=name&dir=desc')).map(shown), [...asc].reverse());
      // By email is still by email, whatever the names.
      assert.deepEqual(
        (await listed(doctor, 'sort=email')).map((r) => r.email),
        made.map((p) => p.email).sort(),
      );
    });

    test('a bad name or date is refused naming the field; anything else in the body is refused too', async () => {
      const p = new Device(s.url);
      await p.signUp();
      const refusedWith = async (body: unknown, field: string | undefined, pattern?: RegExp) => {
        const r = await p.call('POST', '/api/v1/shares/codes', body);
        assert.equal(r.status, 400, JSON.stringify(body));
        assert.equal(r.body.error.field, field, JSON.stringify(r.body));
        if (pattern) assert.match(r.body.error.message, pattern);
      };
      await refusedWith({ displayName: '   ' }, 'displayName');
      await refusedWith({ displayName: 'Ann\u0000Lee' }, 'displayName');
      await refusedWith({ displayName: 'Ann\nLee' }, 'displayName');
      await refusedWith({ displayName: 'x'.repeat(81) }, 'displayName', /at most 80 characters/);
      await refusedWith({ birthDate: '1984-02-30' }, 'birthDate', /YYYY-MM-DD/);
      await refusedWith({ birthDate: 19840229 }, 'birthDate');
      // Nothing but the two: a field the patient did not mean to send is not stored quietly.
      await refusedWith({ displayName: 'Ann', nhsNumber: '123' }, undefined, /"displayName" and "birthDate"/);
      await refusedWith('[]', undefined, /"displayName" and "birthDate"/);
      const codes = await s.db.query(
        'SELECT 1 FROM share_codes c JOIN accounts a ON a.id = c.patient_id WHERE a.email = $1',
        [(await p.call('GET', '/api/v1/me')).body.email],
      );
      assert.equal(codes.length, 0, 'no code was made');
    });

    test('revoking empties the share of them; erasing the account deletes every row that held them', async () => {
      const doctor = await clinician(s.url, s.db);
      const colleague = await clinician(s.url, s.db);
      const p = await patient(s.url);
      const name = `Zed Erasable ${Math.random().toString(36).slice(2, 8)}`;
      const id = await share(p.device, doctor, { displayName: name, birthDate: '1970-01-01' });
      await share(p.device, colleague, { displayName: name });
      // An open code holding them too.
      await p.device.call('POST', '/api/v1/shares/codes', { displayName: name, birthDate: '1970-01-01' });
      const holding = async () =>
        (
          await s.db.query<{ n: number }>(
            `SELECT ((SELECT count(*) FROM shares WHERE patient_display_name = $1 OR patient_search LIKE $2)
                   + (SELECT count(*) FROM share_codes WHERE display_name = $1))::int AS n`,
            [name, `${name.toLowerCase()}%`],
          )
        )[0]?.n;
      assert.equal(await holding(), 3);

      const shareId = (await p.device.call('GET', '/api/v1/shares')).body.shares[0].id;
      assert.equal((await p.device.call('DELETE', `/api/v1/shares/${shareId}`, {})).status, 204);
      const revoked = await s.db.query(
        'SELECT patient_display_name, patient_birth_date, patient_search FROM shares WHERE id = $1',
        [shareId],
      );
      assert.deepEqual(revoked, [
        { patient_display_name: null, patient_birth_date: null, patient_search: p.email },
      ]);
      assert.equal(await holding(), 2);

      assert.equal((await p.device.call('DELETE', '/api/v1/account', { password: PASSWORD })).status, 204);
      assert.equal(await holding(), 0);
      const left = await s.db.query('SELECT 1 FROM shares WHERE patient_id = $1', [id]);
      assert.equal(left.length, 0, 'the revoked share went too');
    });
  });

  test(`migration 9 gives the shares made before it the email as their search text, and no name (${store})`, async () => {
    const dir = tempDir();
    const pg = store === 'PostgreSQL' ? await freshPostgres() : undefined;
    const db = pg ? openPostgres(pg.url, 2) : await openPglite(dir.path);
    try {
      await migrate(db, migrations.slice(0, 8));
      const [patientId, clinicianId] = [
        '00000000-0000-4000-8000-000000000011',
        '00000000-0000-4000-8000-000000000012',
      ];
      await db.query(
        `INSERT INTO accounts (id, email, password_hash, role) VALUES ($1, 'old@example.org', 'x', 'patient'),
           ($2, 'gp@example.org', 'x', 'clinician')`,
        [patientId, clinicianId],
      );
      await db.query(
        `INSERT INTO shares (id, patient_id, clinician_id, patient_email)
         VALUES ('00000000-0000-4000-8000-000000000013', $1, $2, 'old@example.org')`,
        [patientId, clinicianId],
      );
      await migrate(db);
      const rows = await db.query(
        'SELECT patient_display_name, patient_birth_date, patient_search FROM shares',
      );
      assert.deepEqual(rows, [
        { patient_display_name: null, patient_birth_date: null, patient_search: 'old@example.org' },
      ]);
      if (pg) {
        const indexes = (
          await db.query<{ indexname: string }>(
            `SELECT indexname FROM pg_indexes WHERE tablename = 'shares' AND indexname LIKE '%trgm'`,
          )
        ).map((r) => r.indexname);
        assert.deepEqual(
          indexes,
          ['shares_search_trgm'],
          'the search has its trigram index, the email alone none',
        );
      }
    } finally {
      await db.close();
      await pg?.drop();
      dir.remove();
    }
  });
}
