import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type EndpointName, endpoints, pathWith } from '../src/core/api.ts';
import { utcDate } from '../src/core/clock.ts';
import { fhirBundle } from '../src/core/export/fhir.ts';
import { exportFile } from '../src/core/export/files.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { problemSchema } from '../src/core/problem.ts';
import type { Db } from '../src/server/db/types.ts';
import { clinician, patient, serverWithDb, share } from './clinician-helpers.ts';
import { Device, PASSWORD, type Reply, uniqueEmail } from './server-helpers.ts';

/**
 * Walks the route table (core/api.ts): each endpoint is called on a real server for its success, and what
 * it answers is checked against the table's reply schema, the JSON text some routes build by hand (sync,
 * the clinician's list and patient page) included. A refusal is checked against the one problem body.
 */
describe('every route answers what the route table declares', () => {
  let server: { url: string; db: Db; close(): Promise<void> };
  let doctor: Device;
  let person: Awaited<ReturnType<typeof patient>>;
  let patientId: string;
  const called = new Set<EndpointName>();

  before(async () => {
    server = await serverWithDb();
    doctor = await clinician(server.url, server.db);
    person = await patient(server.url);
    patientId = await share(person.device, doctor);
  });

  after(async () => {
    await server.close();
  });

  /** Calls an endpoint as a device and checks the answer against the table. */
  async function call(
    name: EndpointName,
    device: Device,
    o: { params?: Record<string, string>; query?: string; body?: unknown; status?: number } = {},
  ): Promise<Reply> {
    const e = endpoints[name];
    const url = `${pathWith(e.path, o.params)}${o.query ?? ''}`;
    const r = await device.call(e.method, url, o.body ?? (e.method === 'GET' ? undefined : {}));
    const expected = o.status ?? e.reply.status;
    assert.equal(r.status, expected, `${name}: ${JSON.stringify(r.body)}`);
    if (expected === e.reply.status) {
      called.add(name);
      const schema = 'schema' in e.reply ? e.reply.schema : undefined;
      if (schema && !('type' in e.reply)) {
        const parsed = schema.safeParse(r.body);
        assert.ok(parsed.success, `${name} answered outside its schema: ${parsed.error?.message}`);
      }
    } else {
      assert.ok((e.fails as readonly number[]).includes(expected), `${name} does not declare ${expected}`);
      assert.ok(problemSchema.safeParse(r.body).success, `${name} ${expected} is not a problem body`);
    }
    return r;
  }

  test('each endpoint, called for its success, answers its reply schema', async () => {
    const stranger = new Device(server.url);
    await call('health', stranger);
    await call('openapi', stranger);
    const anyCase = { age: 40, onset: '2026-11-20', asOf: '2026-11-21' };
    await call('triage', stranger, { body: anyCase });
    await call('plan', stranger, { body: anyCase });

    // Asked signed out, the session answers 200 with signedIn false (no 401 for a page to log); signed in, as /me.
    assert.deepEqual((await call('session', stranger)).body, { signedIn: false });
    const p = person.device;
    await call('me', p);
    const session = await call('session', p);
    assert.equal(session.body.signedIn, true);
    assert.equal(session.body.email, (await call('me', p)).body.email);
    await call('sync', p, { body: { entries: [], episodes: [] } });
    // The hand-built reply with the account's language in it, too.
    const chosen = { value: 'es', chosenAt: '2026-11-21T09:30:00.000001Z' };
    assert.deepEqual((await call('sync', p, { body: { language: chosen } })).body.language, chosen);
    await call('shares', p);
    await call('reads', p);
    const made = await call('shareCode', p);
    assert.match(made.body.code, /\w/);

    await call('patients', doctor, { query: '?sort=email&filter=all' });
    await call('patient', doctor, { params: { patientId } });
    const episode = { patientId, episodeId: person.episode.id };
    await call('clinicianSettings', doctor);
    await call('saveClinicianSettings', doctor, { body: { paper: 'letter' } });
    const pdf = await call('summaryPdf', doctor, { params: episode });
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const fhir = await call('fhir', doctor, { params: episode });
    assert.equal(fhir.body.resourceType, 'Bundle');

    // A second patient's code for a second clinician: the redeem route, then the revocation.
    const otherEmail = uniqueEmail();
    const other = await clinician(server.url, server.db, otherEmail);
    const code = await call('shareCode', p);
    await call('redeem', other, { body: { code: code.body.code } });
    const access = await call('shares', p);
    const shareId = access.body.shares.find((s: { clinician: string }) => s.clinician === otherEmail).id;
    await call('revokeShare', p, { params: { shareId } });

    // The account routes, on an account of their own.
    const me = new Device(server.url);
    const email = uniqueEmail();
    const signedUp = await call('signUp', me, { body: { email, password: PASSWORD } });
    me.csrf = signedUp.body.csrf;
    await call('logOut', me);
    const loggedIn = await call('logIn', me, { body: { email, password: PASSWORD } });
    me.csrf = loggedIn.body.csrf;
    const changed = await call('password', me, {
      body: { currentPassword: PASSWORD, newPassword: `${PASSWORD} again` },
    });
    me.csrf = changed.body.csrf;
    await call('signOutEverywhere', me);
    const back = await call('logIn', me, { body: { email, password: `${PASSWORD} again` } });
    me.csrf = back.body.csrf;
    await call('deleteAccount', me, { body: { password: `${PASSWORD} again` } });

    // The set-up link is spent by `clinician()`; a spent one is refused with the problem body.
    await call('clinicianSetup', stranger, {
      body: { token: 'x'.repeat(43), password: PASSWORD },
      status: 400,
    });
    const unreached = Object.keys(endpoints).filter(
      (n) => !called.has(n as EndpointName) && n !== 'clinicianSetup',
    );
    assert.deepEqual(unreached, [], 'every endpoint of the table is called for its success');
  });

  test('the table validates each part of a request, naming the field as parseBody does', async () => {
    await call('patients', doctor, { query: '?sort=nope', status: 400 }).then((r) =>
      assert.equal(r.body.error.field, 'sort'),
    );
    await call('patient', doctor, { params: { patientId: 'not-an-id' }, status: 400 }).then((r) =>
      assert.deepEqual(r.body.error, {
        field: 'patientId',
        message: 'patientId: must be an id from the list, such as 6f1c2a9e-0b7d-4c1e-9a53-2f4d8e6b7c10',
      }),
    );
    await call('saveClinicianSettings', doctor, { body: { paper: 'a5' }, status: 400 }).then((r) =>
      assert.equal(r.body.error.field, 'paper'),
    );
  });

  test("the clinician's files are the app's: its names, the clinician's paper, today's plan", async () => {
    const episode = { patientId, episodeId: person.episode.id };
    for (const paper of ['a4', 'letter'] as const) {
      await call('saveClinicianSettings', doctor, { body: { paper } });
      assert.equal((await call('clinicianSettings', doctor)).body.paper, paper);
      const pdf = await call('summaryPdf', doctor, { params: episode });
      assert.match(
        pdf.headers.get('content-disposition') ?? '',
        /filename="unknot-\d{4}-\d\d-\d\d-summary\.pdf"/,
      );
      const { PDFDocument } = await import('pdf-lib');
      const bytes = await fetch(`${server.url}${pathWith(endpoints.summaryPdf.path, episode)}`, {
        headers: { cookie: doctor.cookie },
      }).then((r) => r.arrayBuffer());
      const doc = await PDFDocument.load(new Uint8Array(bytes));
      const { width } = doc.getPage(0).getSize();
      assert.equal(Math.round(width), paper === 'a4' ? 595 : 612);
    }
    const fhir = await call('fhir', doctor, { params: episode });
    assert.match(
      fhir.headers.get('content-disposition') ?? '',
      /filename="unknot-\d{4}-\d\d-\d\d-fhir\.json"/,
    );
    // The CarePlan is the app's for the same diary today: the plan of the case as it stands now.
    const mine = await exportFile('fhir', {
      episode: person.episode,
      entries: person.entries,
      now: new Date().toISOString(),
      // No device has sent this patient's zone: the server counts in UTC.
      today: utcDate(),
      words: en,
    });
    assert.ok(mine.ok);
    type Resource = { resourceType: string; activity?: unknown; description?: string };
    const carePlan = (bundle: unknown) =>
      (bundle as { entry: { resource: Resource }[] }).entry
        .map((e) => e.resource)
        .find((r) => r.resourceType === 'CarePlan');
    const theirs = carePlan(fhir.body);
    const app = carePlan(JSON.parse(String(mine.value.body)));
    assert.ok(theirs?.activity && app);
    assert.deepEqual(theirs.activity, app.activity);
    assert.equal(theirs.description, app.description);
    // Not the first check's plan, which a bundle made without today's plan carries.
    const first = carePlan(fhirBundle(person.episode, person.entries, { now: '', words: en }));
    assert.notDeepEqual(theirs.activity, first?.activity);
  });
});
