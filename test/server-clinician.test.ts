import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { main } from '../src/cli/main.ts';
import { patientFlags } from '../src/core/flags.ts';
import { urgency } from '../src/core/knowledge/dispositions.ts';
import {
  type FlagsRow,
  formatShareCode,
  normalizeShareCode,
  patientRowSchema,
  type SortKey,
  shareCodeFrom,
  sortKeys,
} from '../src/core/share.ts';
import type { Db } from '../src/server/db/types.ts';
import { CLINICIAN_PASSWORD, clinician, patient, serverWithDb, share } from './clinician-helpers.ts';
import { anEntry, anEpisode, Device, PASSWORD, send, tempDir } from './server-helpers.ts';

const SECRET = 'a note only the patient and their clinician may read';

describe('sharing a diary with a clinician', () => {
  let url = '';
  let db: Db;
  let close = async () => {};
  before(async () => {
    const s = await serverWithDb();
    url = s.url;
    db = s.db;
    close = s.close;
  });
  after(() => close());

  test('a clinician is made by the operator, sets a password once through the link, and signs in', async () => {
    const { addClinician } = await import('../src/server/clinician/accounts.ts');
    const added = await addClinician(db, 'gp.once@example.org');
    if (added.kind !== 'created') assert.fail(`made as ${added.kind}`);
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM setup_links');
    assert.ok(
      stored.every((r) => r.token_hash !== added.token),
      'only a hash of the token is stored',
    );
    const device = new Device(url);
    const login = await device.call('POST', '/api/v1/login', {
      email: 'gp.once@example.org',
      password: 'anything at all',
    });
    assert.equal(login.status, 401, 'no password works before set-up');
    const set = await device.call('POST', '/api/v1/clinician/setup', {
      token: added.token,
      password: CLINICIAN_PASSWORD,
    });
    assert.equal(set.status, 200);
    assert.equal(set.body.role, 'clinician');
    const again = await new Device(url).call('POST', '/api/v1/clinician/setup', {
      token: added.token,
      password: 'another password entirely',
    });
    assert.equal(again.status, 400, 'the link works once');
    assert.equal(again.body.error.field, 'token');
    const later = await new Device(url).logIn('gp.once@example.org', CLINICIAN_PASSWORD);
    assert.equal(later.status, 200);
    assert.equal(later.body.role, 'clinician');
  });

  test('an expired set-up link is refused', async () => {
    const { addClinician } = await import('../src/server/clinician/accounts.ts');
    const added = await addClinician(db, 'gp.late@example.org');
    if (added.kind === 'is_patient') assert.fail('made as a clinician');
    await db.query(`UPDATE setup_links SET expires_at = now() - interval '1 second'`);
    const r = await new Device(url).call('POST', '/api/v1/clinician/setup', {
      token: added.token,
      password: CLINICIAN_PASSWORD,
    });
    assert.equal(r.status, 400);
  });

  test('nobody becomes a clinician by signing up, and a patient email cannot be made one', async () => {
    const p = await patient(url);
    const { addClinician } = await import('../src/server/clinician/accounts.ts');
    assert.deepEqual(await addClinician(db, p.email), { kind: 'is_patient' });
    const me = await p.device.call('GET', '/api/v1/me');
    assert.equal(me.body.role, 'patient');
  });

  test('a patient shares by code; the clinician sees flags, the diary, the summary PDF and FHIR; every read is in the trail', async () => {
    const doctor = await clinician(url, db);
    const p = await patient(url, {
      answers: { fever: 'unsure', saddle_numbness: 'no', leg_weakness: 'yes' },
      pains: [4, 6, 8],
      note: SECRET,
    });
    const id = await share(p.device, doctor);

    const list = await doctor.call('GET', '/api/v1/clinician/patients');
    assert.equal(list.status, 200);
    const row = list.body.patients.find((x: { id: string }) => x.id === id);
    assert.equal(row.email, p.email);
    assert.equal(row.flags.redFlag, true, 'leg weakness was answered yes');
    assert.equal(row.flags.unsureWarning, true, 'fever was answered not sure');
    assert.equal(row.flags.notImproving, true, 'pain went from 4 to 8');
    assert.equal(row.flags.lastEntry, '2026-11-07');
    assert.equal(row.flags.onset, '2026-11-01');
    assert.equal(row.flags.disposition, 'urgent');

    const detail = await doctor.call('GET', `/api/v1/clinician/patients/${id}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.entries.length, 3);
    assert.equal(detail.body.episodes[0].id, p.episode.id);
    assert.ok(detail.body.entries.some((e: { note?: string }) => e.note === SECRET));

    const base = `/api/v1/clinician/patients/${id}/episodes/${p.episode.id}`;
    const pdf = await send(url, `${base}/summary.pdf`, { headers: { cookie: doctor.cookie } });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
    const fhir = await doctor.call('GET', `${base}/fhir`);
    assert.equal(fhir.status, 200);
    assert.equal(fhir.body.resourceType, 'Bundle');
    const person = fhir.body.entry.find(
      (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Patient',
    );
    assert.deepEqual(
      person.resource.identifier,
      [{ system: 'urn:unknot:account', value: id }],
      'one person in every episode',
    );

    const trail = await p.device.call('GET', '/api/v1/shares/reads');
    const kinds = trail.body.reads.map((r: { what: string }) => r.what);
    assert.deepEqual(kinds, ['fhir', 'summary', 'patient', 'list']);
    for (const r of trail.body.reads)
      assert.equal(r.clinician, (await doctor.call('GET', '/api/v1/me')).body.email);
    const access = await p.device.call('GET', '/api/v1/shares');
    assert.equal(access.body.shares.length, 1);
  });

  test('flags follow the diary: a sync after sharing recomputes them', async () => {
    const doctor = await clinician(url, db);
    const p = await patient(url, { pains: [7, 5] });
    const id = await share(p.device, doctor);
    const before = (await doctor.call('GET', `/api/v1/clinician/patients/${id}`)).body.flags;
    assert.equal(before.notImproving, false);
    const worse = anEntry({
      episodeId: p.episode.id,
      date: '2026-11-10',
      recordedAt: '2026-11-10T09:00:00.000Z',
      pain: 9,
    });
    await p.device.sync({ entries: [worse] });
    const after = (await doctor.call('GET', `/api/v1/clinician/patients/${id}`)).body.flags;
    assert.equal(after.notImproving, true);
    assert.equal(after.lastEntry, '2026-11-10');
    assert.equal(after.latestPain, 9);
  });

  test('the list sorts and filters on the stored flags', async () => {
    const doctor = await clinician(url, db);
    const calm = await patient(url, { answers: { leg_weakness: 'no' }, pains: [6, 3, 1] });
    const flagged = await patient(url, { answers: { leg_weakness: 'yes' }, pains: [6, 3, 1] });
    const slow = await patient(url, { pains: [3, 5, 7] });
    for (const p of [calm, flagged, slow]) await share(p.device, doctor);
    const emails = async (query: string) =>
      (await doctor.call('GET', `/api/v1/clinician/patients?${query}`)).body.patients.map(
        (x: { email: string }) => x.email,
      );
    assert.equal((await emails('sort=warning'))[0], flagged.email);
    assert.equal((await emails('sort=urgency'))[0], flagged.email);
    assert.equal((await emails('sort=notImproving'))[0], slow.email);
    assert.deepEqual(await emails('filter=redFlag'), [flagged.email]);
    assert.deepEqual(await emails('filter=notImproving'), [slow.email]);
    assert.deepEqual(await emails(`q=${encodeURIComponent(calm.email.slice(0, 12))}`), [calm.email]);
    const all = await doctor.call('GET', '/api/v1/clinician/patients?sort=email&dir=desc');
    assert.equal(all.body.total, 3);
    assert.deepEqual(
      all.body.patients.map((x: { email: string }) => x.email),
      [calm.email, flagged.email, slow.email].sort().reverse(),
    );
    for (const bad of [
      'sort=password',
      'dir=sideways',
      'filter=everyone',
      'page=-1',
      `q=${'x'.repeat(101)}`,
    ]) {
      const r = await doctor.call('GET', `/api/v1/clinician/patients?${bad}`);
      assert.equal(r.status, 400, bad);
      assert.equal(r.body.error.field, bad.split('=')[0]);
    }
  });

  test('every sort key, both ways, orders the list as its flags say: nulls last, ties by email', async () => {
    const doctor = await clinician(url, db);
    const made = [
      await patient(url, { answers: { leg_weakness: 'no' }, pains: [6, 3, 1] }),
      await patient(url, { answers: { leg_weakness: 'yes' }, pains: [6, 3, 1] }),
      await patient(url, { answers: { fever: 'unsure' }, pains: [6, 5], onset: '2026-10-25' }),
      await patient(url, { pains: [3, 5, 7], onset: '2026-10-30' }),
      await patient(url, { pains: [4] }),
    ];
    // A patient who shared before keeping any diary: no flags at all.
    const empty = new Device(url);
    await empty.signUp();
    for (const p of [...made.map((m) => m.device), empty]) await share(p, doctor);
    type Listed = { id: string; email: string; since: string; flags: FlagsRow };
    const list = async (query: string): Promise<Listed[]> => {
      const r = await doctor.call('GET', `/api/v1/clinician/patients?${query}`);
      assert.equal(r.status, 200, query);
      assert.equal(r.body.total, 6, query);
      return r.body.patients;
    };
    const rows = await list('');
    for (const row of rows) {
      // The list row and the patient page's head are the same JSON, to the millisecond of `since`.
      assert.deepEqual(patientRowSchema.strict().parse(row), row);
      const page = (await doctor.call('GET', `/api/v1/clinician/patients/${row.id}`)).body;
      const { episodes: _e, entries: _n, ...head } = page;
      assert.deepEqual(head, row);
      assert.match(row.since, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    assert.ok(rows.some((r) => r.flags.onset === null && r.flags.lastEntry === null));
    assert.equal(new Set(rows.map((r) => r.flags.days)).size, 4, 'three onsets and none');
    const key: Record<SortKey, (f: FlagsRow) => number | string | null> = {
      urgency: (f) => (f.disposition ? urgency(f.disposition) : 9),
      warning: (f) => (f.redFlag ? 0 : f.unsureWarning ? 1 : 2),
      notImproving: (f) => (f.notImproving ? 0 : 1),
      days: (f) => f.days,
      lastEntry: (f) => f.lastEntry,
      name: () => null,
      email: () => null,
    };
    for (const sort of sortKeys) {
      for (const dir of ['asc', 'desc'] as const) {
        // No patient here gave a name: by name is by email (test/server-patient-identity.test.ts has names).
        const value = (r: Listed) => (sort === 'email' || sort === 'name' ? r.email : key[sort](r.flags));
        const expected = [...rows].sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          if (x !== y) {
            if (x === null) return 1;
            if (y === null) return -1;
            return (x < y ? -1 : 1) * (dir === 'asc' ? 1 : -1);
          }
          return a.email < b.email ? -1 : a.email > b.email ? 1 : a.id < b.id ? -1 : 1;
        });
        assert.deepEqual(
          (await list(`sort=${sort}&dir=${dir}`)).map((r) => r.email),
          expected.map((r) => r.email),
          `${sort} ${dir}`,
        );
      }
    }
  });

  test('the email search matches a part anywhere, in any case, and takes % and _ as themselves', async () => {
    const doctor = await clinician(url, db);
    const one = await patient(url);
    const two = await patient(url);
    for (const p of [one, two]) await share(p.device, doctor);
    const found = async (q: string) => {
      const r = await doctor.call('GET', `/api/v1/clinician/patients?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, q);
      assert.equal(r.body.total, r.body.patients.length, q);
      return r.body.patients.map((x: { email: string }) => x.email).sort();
    };
    const middle = one.email.slice(3, 12);
    assert.deepEqual(await found(middle.toUpperCase()), [one.email]);
    assert.deepEqual(await found('@EXAMPLE.org'), [one.email, two.email].sort());
    assert.deepEqual(await found('%'), []);
    assert.deepEqual(await found('_'), []);
    assert.deepEqual(await found(one.email.replace('@', '_')), []);
  });

  test('the total counts every match, also past the last page', async () => {
    const doctor = await clinician(url, db);
    const p = await patient(url);
    await share(p.device, doctor);
    const past = await doctor.call('GET', '/api/v1/clinician/patients?page=3');
    assert.equal(past.status, 200);
    assert.deepEqual(past.body.patients, []);
    assert.equal(past.body.total, 1);
  });

  test('a diary change moves the patient in the sorted list, not only on their page', async () => {
    const doctor = await clinician(url, db);
    const easing = await patient(url, { pains: [7, 5, 3] });
    const other = await patient(url, { pains: [7, 5, 3] });
    for (const p of [easing, other]) await share(p.device, doctor);
    const listed = async (query: string) =>
      (await doctor.call('GET', `/api/v1/clinician/patients?${query}`)).body.patients.map(
        (x: { email: string; flags: FlagsRow }) => [x.email, x.flags.notImproving, x.flags.lastEntry],
      );
    const before = await listed('sort=email');
    assert.deepEqual(
      before.map((x: unknown[]) => x.slice(1)),
      [
        [false, '2026-11-07'],
        [false, '2026-11-07'],
      ],
    );
    const worse = anEntry({
      id: randomUUID(),
      episodeId: easing.episode.id,
      date: '2026-11-12',
      recordedAt: '2026-11-12T09:00:00.000Z',
      pain: 9,
    });
    await easing.device.sync({ entries: [worse] });
    assert.deepEqual(await listed('sort=notImproving'), [
      [easing.email, true, '2026-11-12'],
      [other.email, false, '2026-11-07'],
    ]);
    assert.deepEqual(
      (await listed('sort=lastEntry&dir=desc')).map((x: unknown[]) => x[0]),
      [easing.email, other.email],
    );
  });

  test('a code works once, within a day, for one clinician; a patient holds at most five open codes', async () => {
    const p = await patient(url);
    const first = await clinician(url, db);
    const second = await clinician(url, db);
    const code = (await p.device.call('POST', '/api/v1/shares/codes', {})).body;
    assert.match(code.code, /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const hours = (Date.parse(code.expiresAt) - Date.now()) / 3_600_000;
    assert.ok(hours > 23.9 && hours <= 24, `expires in ${hours} hours`);
    const stored = await db.query<{ code_hash: string }>('SELECT code_hash FROM share_codes');
    assert.ok(
      stored.every((r) => !r.code_hash.includes(code.code.replace('-', ''))),
      'stored hashed',
    );
    assert.equal(
      (await first.call('POST', '/api/v1/clinician/shares', { code: code.code.toLowerCase() })).status,
      201,
    );
    const used = await second.call('POST', '/api/v1/clinician/shares', { code: code.code });
    assert.equal(used.status, 400);
    assert.equal(used.body.error.field, 'code');
    assert.doesNotMatch(JSON.stringify(used.body), new RegExp(p.email));
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await p.device.call('POST', '/api/v1/shares/codes', {})).status);
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429]);
  });

  test('revoking takes effect on the next request; the trail outlives the share', async () => {
    const doctor = await clinician(url, db);
    const p = await patient(url, { note: SECRET });
    const id = await share(p.device, doctor);
    assert.equal((await doctor.call('GET', `/api/v1/clinician/patients/${id}`)).status, 200);
    const shareId = (await p.device.call('GET', '/api/v1/shares')).body.shares[0].id;
    assert.equal((await p.device.call('DELETE', `/api/v1/shares/${shareId}`, {})).status, 204);
    const gone = await doctor.call('GET', `/api/v1/clinician/patients/${id}`);
    assert.equal(gone.status, 404);
    assert.doesNotMatch(JSON.stringify(gone.body), new RegExp(SECRET));
    const list = await doctor.call('GET', '/api/v1/clinician/patients');
    assert.ok(!list.body.patients.some((x: { id: string }) => x.id === id));
    assert.equal((await p.device.call('DELETE', `/api/v1/shares/${shareId}`, {})).status, 404, 'once');
    const trail = await p.device.call('GET', '/api/v1/shares/reads');
    assert.ok(trail.body.reads.some((r: { what: string }) => r.what === 'patient'));
    assert.deepEqual((await p.device.call('GET', '/api/v1/shares')).body.shares, []);
  });

  test("deleting the patient's account erases their shares, codes, flags and trail", async () => {
    const doctor = await clinician(url, db);
    const p = await patient(url);
    const id = await share(p.device, doctor);
    // A second patient on the same list: the list views that showed both keep this one.
    const other = await patient(url);
    const otherId = await share(other.device, doctor);
    await doctor.call('GET', `/api/v1/clinician/patients/${id}`);
    assert.equal((await doctor.call('GET', '/api/v1/clinician/patients')).status, 200);
    const views = `SELECT 1 FROM clinician_list_reads WHERE patient_ids @> ARRAY[$1::uuid]`;
    assert.equal((await db.query(views, [id])).length, 1, 'the list view was recorded');
    await p.device.call('POST', '/api/v1/shares/codes', {});
    assert.equal((await p.device.call('DELETE', '/api/v1/account', { password: PASSWORD })).status, 204);
    for (const table of ['shares', 'share_codes', 'patient_flags', 'clinician_reads']) {
      const column = table === 'patient_flags' ? 'account_id' : 'patient_id';
      const rows = await db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [id]);
      assert.equal(rows.length, 0, table);
    }
    assert.equal((await db.query(views, [id])).length, 0, 'gone from the list views');
    assert.equal((await db.query(views, [otherId])).length, 1, "the other patient's view stays");
    const trail = (await other.device.call('GET', '/api/v1/shares/reads')).body;
    assert.ok(trail.reads.some((r: { what: string }) => r.what === 'list'));
    assert.equal((await doctor.call('GET', `/api/v1/clinician/patients/${id}`)).status, 404);
  });

  test("a clinician's account going keeps the patient's trail, under the clinician's email", async () => {
    const doctor = await clinician(url, db);
    const email = (await doctor.call('GET', '/api/v1/me')).body.email;
    const p = await patient(url);
    const id = await share(p.device, doctor);
    await doctor.call('GET', `/api/v1/clinician/patients/${id}`);
    assert.equal(
      (await doctor.call('DELETE', '/api/v1/account', { password: CLINICIAN_PASSWORD })).status,
      204,
    );
    const trail = (await p.device.call('GET', '/api/v1/shares/reads')).body.reads;
    assert.ok(
      trail.some((r: { clinician: string; what: string }) => r.clinician === email && r.what === 'patient'),
    );
    assert.deepEqual((await p.device.call('GET', '/api/v1/shares')).body.shares, []);
  });
});

describe('the authorization matrix, extended to clinicians: all denied, never data', () => {
  let url = '';
  let db: Db;
  let close = async () => {};
  let owner: Awaited<ReturnType<typeof patient>>;
  let doctor: Device;
  let patientId = '';
  let shareId = '';
  before(async () => {
    const s = await serverWithDb();
    ({ url, db, close } = s);
    doctor = await clinician(url, db);
    owner = await patient(url, { note: SECRET, answers: { leg_weakness: 'yes' } });
    patientId = await share(owner.device, doctor);
    shareId = (await owner.device.call('GET', '/api/v1/shares')).body.shares[0].id;
  });
  after(() => close());

  const reads = () => {
    const base = `/api/v1/clinician/patients/${patientId}`;
    const episode = `${base}/episodes/${owner.episode.id}`;
    return [base, `${episode}/summary.pdf`, `${episode}/fhir`];
  };

  /** Nothing of the owner's in an answer: not the note, not the email, not an entry id. */
  function noData(r: { body: unknown }, what: string) {
    const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
    assert.doesNotMatch(text, new RegExp(SECRET), what);
    assert.doesNotMatch(text, new RegExp(owner.email.replace('.', '\\.')), what);
    for (const e of owner.entries) assert.doesNotMatch(text, new RegExp(e.id), what);
  }

  test('another clinician, with no share, reads nothing and sees an empty list', async () => {
    const other = await clinician(url, db);
    for (const path of reads()) {
      const r = await other.call('GET', path);
      assert.equal(r.status, 404, path);
      noData(r, path);
    }
    const list = await other.call('GET', '/api/v1/clinician/patients');
    assert.deepEqual(list.body.patients, []);
  });

  test('a patient calling clinician routes, and a clinician calling patient routes: 403, no data', async () => {
    const stranger = await patient(url);
    for (const path of [...reads(), '/api/v1/clinician/patients']) {
      for (const device of [owner.device, stranger.device]) {
        const r = await device.call('GET', path);
        assert.equal(r.status, 403, path);
        noData(r, path);
      }
    }
    const code = await owner.device.call('POST', '/api/v1/shares/codes', {});
    const redeem = await stranger.device.call('POST', '/api/v1/clinician/shares', { code: code.body.code });
    assert.equal(redeem.status, 403, 'a patient cannot redeem a code');
    noData(redeem, 'redeem');
    for (const [method, path, body] of [
      ['POST', '/api/v1/shares/codes', {}],
      ['GET', '/api/v1/shares', undefined],
      ['GET', '/api/v1/shares/reads', undefined],
      ['DELETE', `/api/v1/shares/${shareId}`, {}],
    ] as const) {
      const r = await doctor.call(method, path, body);
      assert.equal(r.status, 403, `${method} ${path}`);
      noData(r, path);
    }
  });

  test("a stranger patient cannot revoke or list another patient's shares", async () => {
    const stranger = await patient(url);
    const r = await stranger.device.call('DELETE', `/api/v1/shares/${shareId}`, {});
    assert.equal(r.status, 404);
    assert.deepEqual((await stranger.device.call('GET', '/api/v1/shares')).body.shares, []);
    assert.deepEqual((await stranger.device.call('GET', '/api/v1/shares/reads')).body.reads, []);
    assert.equal((await doctor.call('GET', reads()[0] as string)).status, 200, 'the share still stands');
  });

  test('anonymous, a forged cookie, and a clinician without the CSRF header are refused', async () => {
    const anonymous = new Device(url);
    const forged = new Device(url);
    forged.cookie = 'unknot_login=forged-token-value';
    const noCsrf = new Device(url);
    noCsrf.cookie = doctor.cookie;
    for (const path of [...reads(), '/api/v1/clinician/patients', '/api/v1/shares', '/api/v1/shares/reads']) {
      for (const device of [anonymous, forged]) {
        const r = await device.call('GET', path);
        assert.equal(r.status, 401, path);
        noData(r, path);
      }
    }
    const code = await owner.device.call('POST', '/api/v1/shares/codes', {});
    const r = await noCsrf.call('POST', '/api/v1/clinician/shares', { code: code.body.code });
    assert.equal(r.status, 403);
    const stillOpen = await owner.device.call('GET', '/api/v1/shares');
    assert.equal(stillOpen.body.openCodes.length >= 1, true, 'the refused redeem did not spend the code');
  });

  test('an expired code and a used code give no access', async () => {
    const other = await clinician(url, db);
    const late = (await owner.device.call('POST', '/api/v1/shares/codes', {})).body.code;
    await db.query(`UPDATE share_codes SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    const expired = await other.call('POST', '/api/v1/clinician/shares', { code: late });
    assert.equal(expired.status, 400);
    noData(expired, 'expired');
    const fresh = (await owner.device.call('POST', '/api/v1/shares/codes', {})).body.code;
    const third = await clinician(url, db);
    assert.equal((await third.call('POST', '/api/v1/clinician/shares', { code: fresh })).status, 201);
    const used = await other.call('POST', '/api/v1/clinician/shares', { code: fresh });
    assert.equal(used.status, 400);
    noData(used, 'used');
    for (const path of reads()) assert.equal((await other.call('GET', path)).status, 404, path);
  });

  test('a revoked share: every read is refused on the next request', async () => {
    const p = await patient(url, { note: SECRET });
    const id = await share(p.device, doctor);
    const sid = (await p.device.call('GET', '/api/v1/shares')).body.shares[0].id;
    await p.device.call('DELETE', `/api/v1/shares/${sid}`, {});
    for (const path of [
      `/api/v1/clinician/patients/${id}`,
      `/api/v1/clinician/patients/${id}/episodes/${p.episode.id}/summary.pdf`,
      `/api/v1/clinician/patients/${id}/episodes/${p.episode.id}/fhir`,
    ]) {
      const r = await doctor.call('GET', path);
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(JSON.stringify(r.body), new RegExp(SECRET));
    }
  });

  test("an episode id of another patient's is not read through a share", async () => {
    const other = await patient(url, { note: SECRET });
    const r = await doctor.call(
      'GET',
      `/api/v1/clinician/patients/${patientId}/episodes/${other.episode.id}/fhir`,
    );
    assert.equal(r.status, 404);
    assert.equal((await doctor.call('GET', `/api/v1/clinician/patients/${randomUUID()}`)).status, 404);
  });
});

describe('patient flags (core)', () => {
  test('no episode: nothing flagged', () => {
    assert.deepEqual(patientFlags([], [], '2026-11-22'), {
      episodeId: null,
      onset: null,
      disposition: null,
      redFlag: false,
      unsureWarning: false,
      notImproving: false,
      lastEntry: null,
      latestPain: null,
    });
  });

  test('a warning sign in an older episode still counts; the latest episode gives the course', () => {
    const old = anEpisode({ onset: '2026-01-01', answers: { major_trauma: 'yes' } });
    const now = anEpisode({ onset: '2026-11-01', answers: { major_trauma: 'no', fever: 'no' } });
    const f = patientFlags([old, now], [], '2026-11-22');
    assert.equal(f.redFlag, true);
    assert.equal(f.unsureWarning, false);
    assert.equal(f.episodeId, now.id);
    assert.equal(f.onset, '2026-11-01');
  });

  test('"first episode" answered yes is not a warning sign', () => {
    const f = patientFlags([anEpisode({ answers: { first_episode: 'yes' } })], [], '2026-11-22');
    assert.equal(f.redFlag, false);
  });
});

describe('share codes (core)', () => {
  test('ten Crockford symbols, read forgivingly', () => {
    const code = shareCodeFrom(new Uint8Array([0, 1, 8, 17, 18, 20, 31, 32, 255, 10]));
    assert.equal(code, '018HJMZ0ZA');
    assert.equal(formatShareCode(code), '018HJ-MZ0ZA');
    assert.equal(normalizeShareCode(' o18hj-mzoza '), code);
    assert.equal(normalizeShareCode('I18HJMZ0ZA'), '118HJMZ0ZA');
    assert.equal(normalizeShareCode('U18HJMZ0ZA'), undefined);
    assert.equal(normalizeShareCode('018HJ'), undefined);
  });
});

describe('unknot clinician add', () => {
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out = new PassThrough();
    const err = new PassThrough();
    let o = '';
    let e = '';
    out.on('data', (d) => {
      o += d;
    });
    err.on('data', (d) => {
      e += d;
    });
    const code = await main(args, {
      stdin: new PassThrough(),
      stdout: out,
      stderr: err,
      now: () => new Date(),
    } as never);
    return { code, out: o, err: e };
  }

  test('makes a clinician in the data directory and prints a one-time link; again, a new link', async () => {
    const dir = tempDir();
    try {
      const first = await run([
        'clinician',
        'add',
        'GP@Example.org',
        '--data-dir',
        dir.path,
        '--url',
        'https://clinic.example/',
      ]);
      assert.equal(first.code, 0, first.err);
      const link = first.out.match(/https:\/\/clinic\.example\/clinician\.html#setup=([\w-]{43})/);
      assert.ok(link, first.out);
      assert.match(first.out, /gp@example\.org/);
      const second = await run(['clinician', 'add', 'gp@example.org', '--data-dir', dir.path]);
      assert.equal(second.code, 0);
      assert.match(second.out, /http:\/\/localhost:3000\/clinician\.html#setup=/);
      assert.ok(!second.out.includes(link[1] as string), 'a new token each time');
      const { openDb } = await import('../src/server/db/open.ts');
      const db = await openDb({ dataDir: dir.path });
      try {
        const rows = await db.query<{ role: string }>('SELECT role FROM accounts');
        assert.deepEqual(rows, [{ role: 'clinician' }]);
        assert.equal((await db.query('SELECT 1 FROM setup_links')).length, 1, 'the old link was replaced');
      } finally {
        await db.close();
      }
    } finally {
      dir.remove();
    }
  });

  test('refuses a bad email and a missing action with one line and exit 2', async () => {
    const bad = await run(['clinician', 'add', 'not-an-email']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /EMAIL: "not-an-email" is not an email address/);
    const none = await run(['clinician']);
    assert.equal(none.code, 2);
    assert.match(none.err, /give add or remove and an email address, or list/);
    const help = await run(['clinician', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /one-time set-up link/);
  });
});
