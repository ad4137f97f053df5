import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { removeClinician } from '../src/server/clinician/accounts.ts';
import type { Db } from '../src/server/db/types.ts';
import { clinician, patient, serverWithDb, share } from './clinician-helpers.ts';
import { type Device, uniqueEmail } from './server-helpers.ts';

describe("the patient's trail: every read grouped by clinician, kind and day on the patient's calendar", () => {
  let server: { url: string; db: Db; close(): Promise<void> };
  before(async () => {
    server = await serverWithDb();
  });
  after(() => server.close());

  /**
   * Reads of one kind by one clinician, at the instants given, as the clinician routes record them: a list view
   * as one row of the page's patients (migration 11; here with another patient beside this one), or, for every
   * other list read, as the one row per patient recorded before that step.
   */
  async function reads(patientId: string, doctorEmail: string, what: string, at: string[]) {
    for (const [i, instant] of at.entries())
      await server.db.query(
        what === 'list' && i % 2 === 1
          ? `INSERT INTO clinician_list_reads (patient_ids, clinician_id, clinician_email, at)
             SELECT ARRAY[gen_random_uuid(), $1::uuid], id, email, $4 FROM accounts WHERE email = $2 AND $3 = 'list'`
          : `INSERT INTO clinician_reads (patient_id, clinician_id, clinician_email, what, at)
             SELECT $1, id, email, $3, $4 FROM accounts WHERE email = $2`,
        [patientId, doctorEmail, what, instant],
      );
  }

  test('counts every read, in the days of the zone the device sends, else the zone it last synced, else UTC', async () => {
    const doctorEmail = uniqueEmail();
    const doctor: Device = await clinician(server.url, server.db, doctorEmail);
    const p = await patient(server.url);
    const id = await share(p.device, doctor);
    // Three late-evening reads in Los Angeles (the next morning in UTC), and 250 on one afternoon: more than
    // the 200 single reads the trail lists, all counted.
    await reads(id, doctorEmail, 'patient', [
      '2026-12-01T05:00:00Z',
      '2026-12-01T06:30:00Z',
      '2026-12-01T07:59:00Z',
    ]);
    await reads(
      id,
      doctorEmail,
      'list',
      Array.from(
        { length: 250 },
        (_, i) =>
          `2026-12-01T${String(12 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
      ),
    );
    const inLa = await p.device.call('GET', '/api/v1/shares/reads?zone=America/Los_Angeles');
    assert.equal(inLa.status, 200);
    assert.equal(inLa.body.reads[0].at, '2026-12-01T16:09:00.000Z', 'newest first, from either table');
    assert.equal(inLa.body.reads.length, 200, 'the single reads stay bounded');
    assert.deepEqual(inLa.body.groups, [
      {
        clinician: doctorEmail,
        what: 'list',
        day: '2026-12-01',
        count: 250,
        lastAt: '2026-12-01T16:09:00.000Z',
      },
      {
        clinician: doctorEmail,
        what: 'patient',
        day: '2026-11-30',
        count: 3,
        lastAt: '2026-12-01T07:59:00.000Z',
      },
    ]);
    // No zone sent, none synced: UTC's days.
    const inUtc = await p.device.call('GET', '/api/v1/shares/reads');
    assert.deepEqual(
      inUtc.body.groups.map((g: { what: string; day: string }) => [g.what, g.day]),
      [
        ['list', '2026-12-01'],
        ['patient', '2026-12-01'],
      ],
    );
    const bad = await p.device.call('GET', '/api/v1/shares/reads?zone=Mars/Olympus');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'zone');
  });

  test('an ended share says who ended it: the patient, or the operator removing the clinician', async () => {
    const first = uniqueEmail();
    const second = uniqueEmail();
    const p = await patient(server.url);
    await share(p.device, await clinician(server.url, server.db, first));
    await share(p.device, await clinician(server.url, server.db, second));
    const access = await p.device.call('GET', '/api/v1/shares');
    const mine = access.body.shares.find((s: { clinician: string }) => s.clinician === first);
    assert.equal((await p.device.call('DELETE', `/api/v1/shares/${mine.id}`, {})).status, 204);
    assert.deepEqual(await removeClinician(server.db, second), { kind: 'removed', shares: 1, logins: 1 });
    const trail = await p.device.call('GET', '/api/v1/shares/reads');
    assert.deepEqual(
      trail.body.ended.map((e: { clinician: string; by: string }) => [e.clinician, e.by]),
      [
        [second, 'operator'],
        [first, 'patient'],
      ],
    );
    assert.deepEqual((await p.device.call('GET', '/api/v1/shares')).body.shares, []);
  });
});
