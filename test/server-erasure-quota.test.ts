import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addClinician } from '../src/server/clinician/accounts.ts';
import { openDb } from '../src/server/db/open.ts';
import { startServer } from '../src/server/main.ts';
import { SyncError, syncOnce } from '../src/web/sync/client.ts';
import {
  anEntry,
  anEpisode,
  Device,
  freePort,
  PASSWORD,
  ServerProcess,
  TEST_SCRYPT_LOG2N,
  tempDir,
} from './server-helpers.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('erased means erased: a deleted note, and the name shown with a share, are in no file of the PGlite data directory after a clean stop', async () => {
  const dir = tempDir();
  // A clinician, made as `unknot clinician add` makes one, before the server owns the directory.
  const operator = await openDb({ dataDir: dir.path });
  const added = await addClinician(operator, 'gp.erasure@example.org');
  await operator.close();
  if (added.kind === 'is_patient') assert.fail('made as a clinician');
  const server = new ServerProcess(await freePort(), { UNKNOT_DATA_DIR: dir.path, DATABASE_URL: '' });
  await server.start();
  const marker = `erase-me-${randomBytes(8).toString('hex')}`;
  try {
    const d = new Device(server.url);
    await d.signUp();
    const entries = Array.from({ length: 30 }, () => anEntry({ note: `${marker} private words` }));
    assert.equal((await d.sync({ entries })).status, 200);
    // The name goes with a share a clinician redeemed, and with a code still open.
    const doctor = new Device(server.url);
    const set = await doctor.call('POST', '/api/v1/clinician/setup', {
      token: added.token,
      password: 'a clinician password, long',
    });
    doctor.csrf = set.body.csrf;
    const identity = { displayName: `${marker} Name`, birthDate: '1970-01-01' };
    const code = await d.call('POST', '/api/v1/shares/codes', identity);
    assert.equal(
      (await doctor.call('POST', '/api/v1/clinician/shares', { code: code.body.code })).status,
      201,
    );
    assert.equal((await d.call('POST', '/api/v1/shares/codes', identity)).status, 201);
    assert.equal((await d.call('DELETE', '/api/v1/account', { password: PASSWORD })).status, 204);
    await server.kill('SIGTERM');
    const holding = filesUnder(dir.path).filter((f) => readFileSync(f).includes(marker));
    assert.deepEqual(holding, [], 'no file holds the deleted text');
  } finally {
    await server.kill();
    dir.remove();
  }
});

/** A browser-like fetch for Node: it carries the device's login cookie, as a same-origin page would. */
function fetchAs(device: Device): typeof fetch {
  return (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as object), cookie: device.cookie } });
}

describe('quotas and records the database cannot store', () => {
  const dir = tempDir();
  let url = '';
  let close = async () => {};
  before(async () => {
    const s = await startServer({
      port: 0,
      dataDir: dir.path,
      settings: {
        scryptLog2N: TEST_SCRYPT_LOG2N,
        signUpsPerHour: 1000,
        recordsPerDay: 10,
        storedBytes: 6000,
      },
    });
    url = s.url;
    close = s.close;
  });
  after(async () => {
    await close();
    dir.remove();
  });

  test('an account past its records a day gets a 429 naming the limit and when it resets', async () => {
    const d = new Device(url);
    await d.signUp();
    assert.equal((await d.sync({ entries: Array.from({ length: 8 }, () => anEntry()) })).status, 200);
    const over = await d.sync({ entries: Array.from({ length: 3 }, () => anEntry()) });
    assert.equal(over.status, 429);
    assert.equal(over.body.error.quota, 'records_per_day');
    assert.match(over.body.error.message, /10 records a day.*midnight UTC/);
    assert.ok(Number(over.headers.get('retry-after')) > 0);
    assert.equal(
      (await d.sync({ entries: [anEntry(), anEntry()] })).status,
      200,
      'up to the limit still works',
    );
  });

  test('an account past its stored bytes gets a 413 naming the limit', async () => {
    const d = new Device(url);
    await d.signUp();
    const big = () => anEntry({ note: 'x'.repeat(1800) });
    assert.equal((await d.sync({ entries: [big(), big()] })).status, 200);
    const over = await d.sync({ entries: [big(), big()] });
    assert.equal(over.status, 413);
    assert.equal(over.body.error.quota, 'stored_bytes');
    assert.match(over.body.error.message, /MB/);
  });

  test('the web sync client reports a quota as such and keeps the entries for later', async () => {
    const d = new Device(url);
    await d.signUp();
    const pending = Array.from({ length: 11 }, () => anEntry());
    const error = await syncOnce({
      fetch: fetchAs(d),
      baseUrl: url,
      csrf: d.csrf,
      pending: { entries: pending, episodes: [] },
    }).catch((e: unknown) => e);
    assert.ok(error instanceof SyncError);
    assert.equal(error.kind, 'quota');
    assert.match(error.message, /records a day/);
    assert.ok((error.retryAfterMs ?? 0) > 0, 'the client knows when to try again');
    assert.equal(error.retryable, true);
  });

  test('a record PostgreSQL cannot store is refused on its own, and the rest of the batch is stored', async () => {
    const d = new Device(url);
    await d.signUp();
    const good = anEpisode();
    const farOffset = anEpisode({ updatedAt: '2026-11-21T09:00:00+20:00' });
    const yearZero = anEpisode({ updatedAt: '0000-01-01T00:00:00Z' });
    const r = await d.sync({ episodes: [good, farOffset, yearZero] });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.acknowledged, [good.id]);
    assert.deepEqual(
      r.body.rejected.map((x: { id: string; field: string }) => [x.id, x.field]),
      [
        [farOffset.id, 'episodes[1].updatedAt'],
        [yearZero.id, 'episodes[2].updatedAt'],
      ],
    );
  });

  test('one episode id twice in a push, differing only in letter case, is one episode', async () => {
    const d = new Device(url);
    await d.signUp();
    const id = randomUUID();
    const older = anEpisode({ id, updatedAt: '2026-11-21T09:00:00Z' });
    const newer = anEpisode({ id: id.toUpperCase(), updatedAt: '2026-11-21T10:00:00Z', onset: '2026-11-19' });
    const r = await d.sync({ episodes: [older, newer] });
    assert.equal(r.status, 200);
    assert.deepEqual([...r.body.acknowledged].sort(), [id, id.toUpperCase()].sort());
    const all = await d.pullAll();
    assert.equal(all.episodes.length, 1);
    assert.equal(all.episodes[0]?.id, id, 'stored under the small-letter spelling');
    assert.equal(all.episodes[0]?.onset, '2026-11-19', 'the later one won');
  });

  test('invalid UTF-8 is refused with a 400, not turned into other characters', async () => {
    const d = new Device(url);
    await d.signUp();
    const json = Buffer.from(JSON.stringify({ entries: [anEntry({ note: 'ab' })] }));
    const at = json.indexOf('"ab"') + 1;
    json[at] = 0xff;
    const r = await fetch(`${url}/api/v1/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: d.cookie, 'x-unknot-csrf': d.csrf },
      body: json,
    });
    assert.equal(r.status, 400);
    assert.match(((await r.json()) as { error: { message: string } }).error.message, /UTF-8/);
  });

  test('a malformed URL answers in the API error format with the security headers', async () => {
    const r = await fetch(`${url}/api/v1/%ZZ`);
    assert.equal(r.status, 400);
    const body = (await r.json()) as { error: { message: string } };
    assert.equal(typeof body.error.message, 'string');
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  });
});
