import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  anEntry,
  Device,
  freePort,
  freshPostgres,
  ServerProcess,
  tempDir,
  uniqueEmail,
} from './server-helpers.ts';

const CLIENTS = 50;
const ACCOUNTS = 25;
const KILLS = 5;
const BATCH = 20;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Requests that failed (the server was down or died mid-request) and were sent again. */
const stats = { retries: 0 };

/** One device pushing batches as the app does: it retries a batch, same ids, until it is acknowledged. */
async function pushUntilStopped(
  device: Device,
  stop: () => boolean,
  acknowledged: Set<string>,
  sent: Set<string>,
) {
  while (!stop()) {
    const batch = Array.from({ length: BATCH }, () => anEntry({ id: randomUUID() }));
    for (const e of batch) sent.add(e.id);
    for (;;) {
      try {
        const r = await device.call('POST', '/api/v1/sync', { entries: batch }, {});
        if (r.status === 200) {
          const acked = new Set<string>(r.body.acknowledged);
          assert.deepEqual(
            [...acked].sort(),
            batch.map((e) => e.id).sort(),
            'a whole batch is acknowledged at once',
          );
          for (const id of acked) acknowledged.add(id);
          break;
        }
        assert.ok(r.status >= 500 || r.status === 503, `unexpected ${r.status} ${JSON.stringify(r.body)}`);
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_ASSERTION') throw error;
      }
      stats.retries++;
      await pause(50 + Math.random() * 150);
    }
  }
}

async function crashRun(
  env: Record<string, string>,
  countStored: (ids: string[]) => Promise<Map<string, number>>,
) {
  stats.retries = 0;
  const server = new ServerProcess(await freePort(), {
    ...env,
    UNKNOT_AUTH_PER_MINUTE: '100000',
    // The clients push as fast as they can; the daily quota is not what this test is about.
    UNKNOT_RECORDS_PER_DAY: '100000000',
    UNKNOT_STORED_BYTES: '100000000000',
  });
  await server.start();
  try {
    const devices: Device[] = [];
    for (let a = 0; a < ACCOUNTS; a++) {
      const first = new Device(server.url);
      const email = await first.signUp(uniqueEmail());
      const second = new Device(server.url);
      await second.logIn(email);
      devices.push(first, second);
    }
    assert.equal(devices.length, CLIENTS);
    let stopped = false;
    const acknowledged = new Set<string>();
    const sent = new Set<string>();
    const clients = devices.map((d) => pushUntilStopped(d, () => stopped, acknowledged, sent));
    for (let k = 0; k < KILLS; k++) {
      // Each kill lands while clients are mid-push: after the restarted server has acknowledged
      // something again, at a random moment.
      const before = acknowledged.size;
      const deadline = Date.now() + 60_000;
      while (acknowledged.size <= before && Date.now() < deadline) await pause(20);
      assert.ok(acknowledged.size > before, `no write was acknowledged after restart ${k}`);
      await pause(200 + Math.random() * 800);
      await server.kill('SIGKILL');
      await pause(100);
      await server.start();
    }
    await pause(500);
    stopped = true;
    await Promise.all(clients);

    // Through the API: each account sees each of its acknowledged entries exactly once.
    const seen = new Map<string, number>();
    for (let a = 0; a < ACCOUNTS; a++) {
      const all = await (devices[2 * a] as Device).pullAll();
      for (const e of all.entries) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    }
    await server.kill('SIGTERM');
    const missing = [...acknowledged].filter((id) => seen.get(id) !== 1);
    assert.deepEqual(missing, [], 'every acknowledged entry is pulled exactly once');
    for (const id of seen.keys()) assert.ok(sent.has(id), 'nothing is stored that no client sent');
    // In the database itself, after the last clean stop.
    const stored = await countStored([...acknowledged]);
    const wrong = [...acknowledged].filter((id) => stored.get(id) !== 1);
    assert.deepEqual(wrong, [], 'every acknowledged entry is stored exactly once');
    assert.ok(stats.retries > 0, 'the kills interrupted requests in flight');
    return { acknowledged: acknowledged.size, sent: sent.size, retries: stats.retries };
  } finally {
    await server.kill('SIGKILL');
  }
}

const COUNT_SQL = `SELECT id::text AS id, count(*)::int AS n FROM entries
  WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid) GROUP BY id`;

describe('crash: 50 clients push while the server is killed with SIGKILL and restarted five times', () => {
  const cleanups: Array<() => unknown> = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  test('on PGlite', { timeout: 240_000 }, async (t) => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const result = await crashRun({ UNKNOT_DATA_DIR: dir.path, DATABASE_URL: '' }, async (ids) => {
      const db = await PGlite.create(`${dir.path}/pg`);
      const rows = (await db.query<{ id: string; n: number }>(COUNT_SQL, [JSON.stringify(ids)])).rows;
      await db.close();
      return new Map(rows.map((r) => [r.id, r.n]));
    });
    t.diagnostic(
      `${result.acknowledged} entries acknowledged, ${result.retries} retries across ${KILLS} SIGKILLs`,
    );
    assert.ok(result.acknowledged >= CLIENTS * BATCH, `only ${result.acknowledged} acknowledged`);
  });

  test('on PostgreSQL', { timeout: 240_000 }, async (t) => {
    const db = await freshPostgres();
    cleanups.push(db.drop);
    const result = await crashRun({ DATABASE_URL: db.url }, async (ids) => {
      const pool = new pg.Pool({ connectionString: db.url });
      const rows = (await pool.query<{ id: string; n: number }>(COUNT_SQL, [JSON.stringify(ids)])).rows;
      await pool.end();
      return new Map(rows.map((r) => [r.id, r.n]));
    });
    t.diagnostic(
      `${result.acknowledged} entries acknowledged, ${result.retries} retries across ${KILLS} SIGKILLs`,
    );
    assert.ok(result.acknowledged >= CLIENTS * BATCH, `only ${result.acknowledged} acknowledged`);
  });
});
