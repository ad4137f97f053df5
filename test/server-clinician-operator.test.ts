import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { adminSocketPath, askAdmin } from '../src/server/admin.ts';
import { openDb } from '../src/server/db/open.ts';
import { CLINICIAN_PASSWORD } from './clinician-helpers.ts';
import {
  Device,
  freePort,
  freshPostgres,
  ServerProcess,
  SHORT_LIVED_NODE_ARGS,
  tempDir,
  uniqueEmail,
} from './server-helpers.ts';

/** The installed command, as an operator types it: bin/unknot.cjs in its own process, with its own environment. */
function unknot(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...SHORT_LIVED_NODE_ARGS, 'bin/unknot.cjs', ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, out: stdout, err: stderr });
      },
    );
  });
}

/** A patient with an account who shares with the clinician: a code made on their device, redeemed by the clinician. */
async function sharingPatient(url: string, doctor: Device): Promise<{ device: Device; email: string }> {
  const device = new Device(url);
  const email = await device.signUp();
  const code = await device.call('POST', '/api/v1/shares/codes', {});
  assert.equal(code.status, 201, JSON.stringify(code.body));
  const redeemed = await doctor.call('POST', '/api/v1/clinician/shares', { code: code.body.code });
  assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
  return { device, email };
}

/**
 * The operator's whole walk, against a server running as its own process: add a clinician while it runs, the
 * clinician sets a password through the printed link and signs in, list, then remove, which ends the clinician's
 * login and the patient's share, as both of them see it.
 */
async function operatorWalk(server: ServerProcess, env: Record<string, string>, dataDir: string) {
  const email = uniqueEmail();
  const added = await unknot(['clinician', 'add', email, '--data-dir', dataDir, '--url', server.url], env);
  assert.equal(added.code, 0, `add while the server runs: ${added.err}`);
  assert.match(added.out, new RegExp(`Clinician account made for ${email.replace(/[.]/g, '\\.')}`));
  const token = new RegExp(`${server.url}/clinician\\.html#setup=([\\w-]{43})`).exec(added.out)?.[1];
  assert.ok(token, added.out);

  // The clinician follows the link: sets a password (signed in), then signs in again on another device.
  const setup = new Device(server.url);
  const set = await setup.call('POST', '/api/v1/clinician/setup', { token, password: CLINICIAN_PASSWORD });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  const doctor = new Device(server.url);
  const login = await doctor.logIn(email, CLINICIAN_PASSWORD);
  assert.equal(login.status, 200, JSON.stringify(login.body));
  assert.equal(login.body.role, 'clinician');
  const patient = await sharingPatient(server.url, doctor);
  assert.equal((await doctor.call('GET', '/api/v1/clinician/patients')).status, 200);

  const listed = await unknot(['clinician', 'list', '--data-dir', dataDir], env);
  assert.equal(listed.code, 0, listed.err);
  const row = listed.out.split('\n').find((l) => l.startsWith(email));
  assert.ok(row, listed.out);
  assert.match(row, /added \d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}set up {2}1 patient shares with them/);

  // A second clinician, added and never set up, is listed as such.
  const waiting = uniqueEmail();
  assert.equal((await unknot(['clinician', 'add', waiting, '--data-dir', dataDir], env)).code, 0);
  const again = await unknot(['clinician', 'list', '--data-dir', dataDir], env);
  assert.match(again.out, /^2 clinicians:$/m);
  assert.match(
    again.out.split('\n').find((l) => l.startsWith(waiting)) ?? '',
    /not set up yet {2}0 patients share/,
  );

  const removed = await unknot(['clinician', 'remove', email, '--data-dir', dataDir], env);
  assert.equal(removed.code, 0, removed.err);
  assert.match(removed.out, /2 sign-ins and 1 share ended/);
  // Both of the clinician's logins ended: the next request of each is refused.
  assert.equal((await doctor.call('GET', '/api/v1/clinician/patients')).status, 401);
  assert.equal((await setup.call('GET', '/api/v1/me')).status, 401);
  // The password no longer signs in; the set-up link was spent.
  assert.equal((await new Device(server.url).logIn(email, CLINICIAN_PASSWORD)).status, 401);
  // The patient's access list no longer names the clinician; their trail says access ended, and why.
  const access = await patient.device.call('GET', '/api/v1/shares');
  assert.deepEqual(access.body.shares, []);
  const trail = await patient.device.call('GET', '/api/v1/shares/reads?zone=Europe/Dublin');
  assert.equal(trail.status, 200);
  assert.deepEqual(
    trail.body.ended.map((e: { clinician: string; by: string }) => [e.clinician, e.by]),
    [[email, 'operator']],
  );
  assert.ok(
    trail.body.groups.some((g: { clinician: string }) => g.clinician === email),
    'the reads stay',
  );
  const gone = await unknot(['clinician', 'list', '--data-dir', dataDir], env);
  assert.ok(!gone.out.includes(email), gone.out);
  const twice = await unknot(['clinician', 'remove', email, '--data-dir', dataDir], env);
  assert.equal(twice.code, 1);
  assert.match(twice.err, /there is no clinician/);
  const notOne = await unknot(['clinician', 'remove', patient.email, '--data-dir', dataDir], env);
  assert.equal(notOne.code, 2);
  assert.match(notOne.err, /is a patient account/);
  return { email, patientEmail: patient.email };
}

/** The audit log holds the removal on the clinician's account and the ended share on the patient's. */
async function assertAudited(db: Awaited<ReturnType<typeof openDb>>, clinician: string, patient: string) {
  const rows = await db.query<{ email: string; event: string; detail: Record<string, unknown> | null }>(
    `SELECT a.email, l.event, l.detail FROM audit_log l JOIN accounts a ON a.id = l.account_id
     WHERE l.event IN ('clinician_removed', 'share_revoked') ORDER BY l.id`,
  );
  assert.deepEqual(
    rows.map((r) => [r.email, r.event, r.detail]),
    [
      [clinician, 'clinician_removed', { shares: 1, logins: 2 }],
      [patient, 'share_revoked', { share: rows[1]?.detail?.share, by: 'operator', clinician }],
    ],
  );
}

describe('unknot clinician while the server runs', () => {
  const cleanups: Array<() => unknown> = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  test('on the embedded database: add (the clinician sets up and signs in), list and remove reach the running server through its owner-only socket', {
    timeout: 240_000,
  }, async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const env = { UNKNOT_DATA_DIR: dir.path, DATABASE_URL: '' };
    const server = new ServerProcess(await freePort(), env);
    await server.start();
    cleanups.push(() => server.kill('SIGKILL'));
    const socket = adminSocketPath(dir.path);
    assert.equal(statSync(socket).mode & 0o777, 0o600, "only the server's own user may connect");

    const { email, patientEmail } = await operatorWalk(server, { DATABASE_URL: '' }, dir.path);

    // A request that is not one of the three is refused, and the server goes on.
    await assert.rejects(
      askAdmin(socket, { op: 'drop tables' } as never),
      /not a request this channel answers/,
    );
    assert.equal((await fetch(`${server.url}/api/health`)).status, 200);

    // The server dies without cleaning up: its socket is left behind, and nobody listens on it. The command then
    // opens the database itself (the dead owner's lock is taken over), and adding the address again restores it.
    await server.kill('SIGKILL');
    const back = await unknot(['clinician', 'add', email, '--data-dir', dir.path], { DATABASE_URL: '' });
    assert.equal(back.code, 0, back.err);
    assert.match(back.out, /was removed before; the account is back/);
    const db = await openDb({ dataDir: dir.path });
    try {
      await assertAudited(db, email, patientEmail);
    } finally {
      await db.close();
    }
  });

  test('on PostgreSQL (DATABASE_URL): the same, the command working in the database beside the server', {
    timeout: 240_000,
  }, async () => {
    const pg = await freshPostgres();
    cleanups.push(pg.drop);
    const dir = tempDir();
    cleanups.push(dir.remove);
    const server = new ServerProcess(await freePort(), { UNKNOT_DATA_DIR: dir.path, DATABASE_URL: pg.url });
    await server.start();
    cleanups.push(() => server.kill('SIGKILL'));
    // Several servers may serve one PostgreSQL from one directory: none of them holds a socket there.
    assert.throws(() => statSync(join(dir.path, 'admin.sock')), /ENOENT/);
    const { email, patientEmail } = await operatorWalk(server, { DATABASE_URL: pg.url }, dir.path);
    const db = await openDb({ databaseUrl: pg.url });
    try {
      await assertAudited(db, email, patientEmail);
    } finally {
      await db.close();
    }
  });
});
