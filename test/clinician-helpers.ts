import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import type { PatientIdentity } from '../src/core/share.ts';
import { buildApp } from '../src/server/app.ts';
import { addClinician } from '../src/server/clinician/accounts.ts';
import { openDb } from '../src/server/db/open.ts';
import type { Db } from '../src/server/db/types.ts';
import { type Settings, settingsFromEnv } from '../src/server/settings.ts';
import {
  anEntry,
  anEpisode,
  answerInProcess,
  Device,
  freshPostgres,
  tempDir,
  uniqueEmail,
} from './server-helpers.ts';

export const CLINICIAN_PASSWORD = 'a clinician password, long';

/**
 * For a suite: a server on PGlite or on a fresh PostgreSQL database, with one clinician, made before its tests
 * and closed (the database dropped) after them. Read the fields inside a test, once `before` has run.
 */
export function suiteServer(store: 'PGlite' | 'PostgreSQL'): {
  readonly url: string;
  readonly db: Db;
  readonly doctor: Device;
} {
  let server: { url: string; db: Db; close(): Promise<void> } | undefined;
  let doctor: Device | undefined;
  let dropPg = async () => {};
  before(async () => {
    let databaseUrl: string | undefined;
    if (store === 'PostgreSQL') {
      const pg = await freshPostgres();
      databaseUrl = pg.url;
      dropPg = pg.drop;
    }
    server = await serverWithDb(databaseUrl ? { databaseUrl } : {});
    doctor = await clinician(server.url, server.db);
  });
  after(async () => {
    await server?.close();
    await dropPg();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('suiteServer: read inside a test, after before() has run');
    return value;
  };
  return {
    get url() {
      return ready(server).url;
    },
    get db() {
      return ready(server).db;
    },
    get doctor() {
      return ready(doctor);
    },
  };
}

/**
 * A server whose database the test holds too: it makes clinicians as `unknot clinician add` does. It listens on a
 * free port (`url`); Device and send() put their requests to it through `app.inject` (answerInProcess in
 * test/server-helpers.ts), plain fetch over the socket. `socket: true`: Device and send() use the socket too.
 */
export async function serverWithDb(
  opts: {
    socket?: boolean;
    databaseUrl?: string;
    onRoute?: (route: RouteOptions) => void;
    settings?: Partial<Settings> & { serverSecret?: Buffer };
  } = {},
): Promise<{
  url: string;
  db: Db;
  close(): Promise<void>;
}> {
  const dir = tempDir();
  const db = await openDb(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : { dataDir: dir.path });
  const app: FastifyInstance = await buildApp(db, {
    ...settingsFromEnv({}),
    signUpsPerHour: 100_000,
    authPerMinute: 100_000,
    scryptLog2N: 10,
    webRoot: dir.path,
    logger: false,
    ...(opts.onRoute ? { onRoute: opts.onRoute } : {}),
    ...opts.settings,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const inProcess = opts.socket ? undefined : answerInProcess(url, app);
  return {
    url,
    db,
    async close() {
      inProcess?.forget();
      await app.close();
      await db.close();
      dir.remove();
    },
  };
}

/** A clinician made by the operator, who then set a password through the link: signed in on a device. */
export async function clinician(url: string, db: Db, email = uniqueEmail()): Promise<Device> {
  const added = await addClinician(db, email);
  if (added.kind === 'is_patient') throw new Error('the email is a patient account');
  const device = new Device(url);
  const r = await device.call('POST', '/api/v1/clinician/setup', {
    token: added.token,
    password: CLINICIAN_PASSWORD,
  });
  if (r.status !== 200) throw new Error(`set-up failed: ${r.status} ${JSON.stringify(r.body)}`);
  device.csrf = r.body.csrf;
  return device;
}

/** A patient with an episode (answers as given) and a few days of pain ratings. */
export async function patient(
  url: string,
  opts: {
    answers?: Episode['answers'];
    pains?: number[];
    note?: string;
    onset?: string;
    email?: string;
  } = {},
): Promise<{ device: Device; email: string; episode: Episode; entries: Entry[] }> {
  const device = new Device(url);
  const email = await device.signUp(opts.email);
  const answered = (value: string) =>
    Object.entries(opts.answers ?? {}).flatMap(([code, a]) => (a === value ? [code] : []));
  const onset = opts.onset ?? '2026-11-01';
  const episode = anEpisode({
    onset,
    // The case carries the answers as the app's question flow makes it: yes as findings, not sure as unsure.
    case: {
      age: 40,
      onset,
      asOf: onset,
      painNow: 6,
      findings: ['lifting_trigger', ...answered('yes')] as never,
      unsure: answered('unsure') as never,
    },
    ...(opts.answers ? { answers: opts.answers } : {}),
  });
  const pains = opts.pains ?? [6, 5, 4];
  const entries = pains.map((pain, i) =>
    anEntry({
      id: randomUUID(),
      episodeId: episode.id,
      date: `2026-11-${String(1 + i * 3).padStart(2, '0')}`,
      recordedAt: `2026-11-${String(1 + i * 3).padStart(2, '0')}T09:00:00.000Z`,
      pain,
      ...(i === 0 && opts.note ? { note: opts.note } : {}),
    }),
  );
  const r = await device.sync({ entries, episodes: [episode] });
  if (r.status !== 200) throw new Error(`sync failed: ${r.status}`);
  return { device, email, episode, entries };
}

/** The patient makes a code (showing `identity`, none by default) and the clinician redeems it. */
export async function share(
  patientDevice: Device,
  clinicianDevice: Device,
  identity: PatientIdentity = {},
): Promise<string> {
  const code = await patientDevice.call('POST', '/api/v1/shares/codes', identity);
  if (code.status !== 201) throw new Error(`code failed: ${code.status} ${JSON.stringify(code.body)}`);
  const r = await clinicianDevice.call('POST', '/api/v1/clinician/shares', { code: code.body.code });
  if (r.status !== 201) throw new Error(`redeem failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.patient.id;
}
