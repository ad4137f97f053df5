import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import { endpoints } from '../src/core/api.ts';
import { enClinician } from '../src/core/knowledge/text/en/clinician.ts';
import { type Role, roles } from '../src/core/share.ts';
import { buildApp } from '../src/server/app.ts';
import type { Db } from '../src/server/db/types.ts';
import { settingsFromEnv } from '../src/server/settings.ts';
import { clinician, serverWithDb } from './clinician-helpers.ts';
import { anEntry, anEpisode, Device, PASSWORD, send, uniqueEmail } from './server-helpers.ts';

type Serves = 'anyone' | readonly Role[];
interface Route {
  method: string;
  url: string;
  roles: Serves | undefined;
}

const onlyFor: Record<Role, string> = {
  patient: enClinician.server.patientsOnly,
  clinician: enClinician.server.cliniciansOnly,
};

/** The route's URL with every `:param` filled with a fresh id (no one's: the role is refused before any lookup). */
const pathOf = (url: string) => url.replace(/:\w+/g, () => randomUUID());

describe('every route declares the roles it serves, and refuses the others', () => {
  let url = '';
  let db: Db;
  let close = async () => {};
  const table: Route[] = [];

  before(async () => {
    const s = await serverWithDb({
      onRoute: (route: RouteOptions) => {
        if (!route.url.startsWith('/api/')) return;
        for (const method of [route.method].flat()) {
          if (method === 'HEAD') continue;
          table.push({ method, url: route.url, roles: route.config?.roles });
        }
      },
    });
    url = s.url;
    db = s.db;
    close = s.close;
  });
  after(() => close());

  test('the route table lists every API route, each with its roles', () => {
    assert.ok(table.length >= 20, `only ${table.length} routes seen`);
    for (const route of table) {
      const serves = route.roles;
      assert.ok(
        serves === 'anyone' ||
          (Array.isArray(serves) && serves.length > 0 && serves.every((r) => roles.includes(r))),
        `${route.method} ${route.url} declares ${JSON.stringify(serves)}`,
      );
    }
    const of = (method: string, path: string) =>
      table.find((r) => r.method === method && r.url === path)?.roles;
    assert.deepEqual(of('POST', '/api/v1/sync'), ['patient']);
    assert.deepEqual(of('GET', '/api/v1/clinician/patients'), ['clinician']);
    assert.deepEqual(of('POST', '/api/v1/shares/codes'), ['patient']);
    assert.equal(of('POST', '/api/v1/login'), 'anyone');
  });

  test('the API document states whom each operation serves', async () => {
    const doc = await (await send(url, '/api/v1/openapi.json')).json();
    assert.deepEqual(doc.paths['/api/v1/sync'].post['x-unknot-roles'], ['patient']);
    assert.deepEqual(doc.paths['/api/v1/me'].get['x-unknot-roles'], ['patient', 'clinician']);
    assert.deepEqual(doc.paths['/api/v1/login'].post['x-unknot-roles'], ['anyone']);
    for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, object>>))
      for (const [method, op] of Object.entries(operations))
        assert.ok('x-unknot-roles' in op, `${method} ${path}`);
  });

  test('each route, called as anyone, as a patient and as a clinician, refuses exactly the callers it does not serve', async () => {
    const patientEmail = uniqueEmail();
    const patient = new Device(url);
    await patient.signUp(patientEmail);
    const clinicianEmail = uniqueEmail();
    const doctor = await clinician(url, db, clinicianEmail);
    const callers: Array<{ who: 'anonymous' | Role; device: () => Promise<Device> }> = [
      { who: 'anonymous', device: async () => new Device(url) },
      {
        who: 'patient',
        // Signed in afresh whenever a call before (logout, sign out everywhere) ended the login.
        device: async () => {
          if ((await patient.call('GET', '/api/v1/me')).status !== 200) await patient.logIn(patientEmail);
          return patient;
        },
      },
      {
        who: 'clinician',
        device: async () => {
          if ((await doctor.call('GET', '/api/v1/me')).status !== 200)
            await doctor.logIn(clinicianEmail, 'a clinician password, long');
          return doctor;
        },
      },
    ];
    let refusals = 0;
    for (const route of table) {
      for (const { who, device } of callers) {
        const d = await device();
        const r = await d.call(route.method, pathOf(route.url), route.method === 'GET' ? undefined : {});
        const what = `${who} ${route.method} ${route.url}: ${r.status} ${JSON.stringify(r.body)}`;
        assert.ok(r.status < 500, what);
        const serves = route.roles as Serves;
        if (serves === 'anyone') {
          assert.ok(r.status !== 401 && !Object.values(onlyFor).includes(r.body?.error?.message), what);
        } else if (who === 'anonymous') {
          assert.equal(r.status, 401, what);
          assert.equal(typeof r.body.error.message, 'string', what);
          refusals += 1;
        } else if (serves.includes(who)) {
          assert.ok(r.status !== 401 && !Object.values(onlyFor).includes(r.body?.error?.message), what);
        } else {
          assert.equal(r.status, 403, what);
          assert.equal(r.body.error.message, onlyFor[serves[0] as Role], what);
          refusals += 1;
        }
      }
    }
    assert.ok(refusals > 20, `only ${refusals} refusals`);
  });

  test('a clinician who syncs gets a 403 that says why, and stores nothing', async () => {
    const doctor = await clinician(url, db);
    const r = await doctor.sync({
      entries: [anEntry({ note: 'a clinician diary' })],
      episodes: [anEpisode()],
    });
    assert.equal(r.status, 403);
    assert.match(r.body.error.message, /patient accounts/);
    const stored = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entries e JOIN accounts a ON a.id = e.account_id WHERE a.role = 'clinician'`,
    );
    assert.equal(stored[0]?.n, 0);
  });

  test('a patient on a clinician route gets a 403 that says why', async () => {
    const p = new Device(url);
    await p.signUp(undefined, PASSWORD);
    const r = await p.call('GET', '/api/v1/clinician/patients');
    assert.equal(r.status, 403);
    assert.match(r.body.error.message, /clinician accounts/);
  });

  test('an app with a route that declares no roles refuses to start, naming the route', async () => {
    const app = await buildApp(db, {
      ...settingsFromEnv({}),
      scryptLog2N: 10,
      webRoot: '/nonexistent',
      logger: false,
    });
    app.get('/api/v1/forgotten', { config: { endpoint: endpoints.health } }, async () => ({}));
    await assert.rejects(async () => app.ready(), /config\.roles.*GET \/api\/v1\/forgotten/);
    await app.close().catch(() => {});
  });
});
