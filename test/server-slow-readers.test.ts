import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { openDb } from '../src/server/db/open.ts';
import { settingsFromEnv } from '../src/server/settings.ts';
import { MAX_RECORD_BYTES } from '../src/server/sync/routes.ts';
import { PAGE_BYTES } from '../src/server/sync/store.ts';
import { anEntry, Device, fillAccount, freshPostgres, tempDir, unreadSync } from './server-helpers.ts';

/** Entries stored for the account whose replies go unread: about 6 MB, well inside the 50 MiB quota. */
const STORED = 300;

/** The app on `db`, listening on a free port. */
async function listen(
  db: Awaited<ReturnType<typeof openDb>>,
  webRoot: string,
  settings: { replyTimeoutMs?: number } = {},
) {
  const app: FastifyInstance = await buildApp(db, {
    ...settingsFromEnv({}),
    signUpsPerHour: 100_000,
    authPerMinute: 100_000,
    scryptLog2N: 10,
    ...(settings.replyTimeoutMs ? { replyTimeoutMs: settings.replyTimeoutMs } : {}),
    webRoot,
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, port, close: () => app.close() };
}

async function start(
  databaseUrl: string | undefined,
  settings: { replyTimeoutMs?: number; webRoot?: string } = {},
) {
  const dir = tempDir();
  const db = await openDb(databaseUrl ? { databaseUrl } : { dataDir: dir.path });
  const app = await listen(db, settings.webRoot ?? dir.path, settings);
  return {
    ...app,
    db,
    async close() {
      await app.close();
      await db.close();
      dir.remove();
    },
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const kind of ['PGlite', 'PostgreSQL'] as const) {
  describe(`replies nobody reads, on ${kind}`, () => {
    const cleanups: Array<() => unknown> = [];
    after(async () => {
      for (const c of cleanups.reverse()) await c();
    });

    test('two syncs whose replies go unread leave the account free to sync again: each reply is a page of at most PAGE_BYTES, written at once', async () => {
      const pg = kind === 'PostgreSQL' ? await freshPostgres() : undefined;
      if (pg) cleanups.push(pg.drop);
      const server = await start(pg?.url);
      cleanups.push(server.close);
      const device = new Device(server.url);
      const email = await device.signUp();
      await fillAccount(server.db, email, STORED);

      const held = await Promise.all([unreadSync(server.port, device), unreadSync(server.port, device)]);
      cleanups.push(() => {
        for (const s of held) s.destroy();
      });
      // Once both are answered (each reply written whole at once), the account may sync again; while
      // either reply is still being written, a third sync is refused. The reply deadline (60 s) is not waited for.
      // A sync's slot is given back when the server has seen its reply written ('finish'), which on a loaded
      // machine can come a moment after the client has read it: a refusal then says "retry after 1 s", and a
      // client that does so gets its turn. Each sync below does, for as long as the held replies could take.
      const whenFree = async <T extends { status: number }>(call: () => Promise<T>): Promise<T> => {
        let answer = await call();
        for (let i = 0; i < 80 && answer.status === 429; i++) {
          await pause(250);
          answer = await call();
        }
        return answer;
      };
      const third = await whenFree(() => device.sync({ entries: [anEntry()] }));
      assert.equal(
        third.status,
        200,
        `the account's third sync: ${third.status} ${JSON.stringify(third.body)}`,
      );

      // A page is bounded by bytes as well as by count, and paging by it still brings every entry once.
      const first = await whenFree(() => device.call('POST', '/api/v1/sync', {}));
      assert.equal(first.status, 200, `the first page: ${first.status} ${JSON.stringify(first.body)}`);
      const size = Buffer.byteLength(JSON.stringify(first.body));
      assert.ok(size <= PAGE_BYTES + MAX_RECORD_BYTES, `a page of ${size} bytes`);
      assert.equal(first.body.more, true);
      const all = await device.pullAll();
      assert.equal(all.entries.length, STORED + 1);
      assert.equal(new Set(all.entries.map((e) => e.id)).size, STORED + 1);
    });

    test('a pushed record over MAX_RECORD_BYTES is rejected, naming it, and the rest of the batch is stored', async () => {
      const pg = kind === 'PostgreSQL' ? await freshPostgres() : undefined;
      if (pg) cleanups.push(pg.drop);
      const server = await start(pg?.url);
      cleanups.push(server.close);
      const device = new Device(server.url);
      await device.signUp();
      const small = anEntry();
      const large = { ...anEntry(), fromANewerApp: 'x'.repeat(MAX_RECORD_BYTES) };
      const r = await device.sync({ entries: [small, large] });
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.acknowledged, [small.id]);
      assert.equal(r.body.rejected[0].field, 'entries[1]');
      assert.match(
        r.body.rejected[0].message,
        /^entries\[1\]: is 65 KB as JSON, and one record may be at most 64 KB/,
      );
    });
  });
}

describe('the reply deadline', () => {
  const cleanups: Array<() => unknown> = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  test('a reply its client does not read is cut off at UNKNOT_REPLY_TIMEOUT_MS; one that is read arrives whole', async () => {
    const web = tempDir();
    cleanups.push(web.remove);
    writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>test</title>');
    // Larger than what the kernel's socket buffers take in on both sides.
    const big = Buffer.alloc(16 * 1024 * 1024, 'x');
    writeFileSync(join(web.path, 'big.txt'), big);
    const DEADLINE = 1000;
    const READ_DEADLINE = 60_000;
    const server = await start(undefined, { replyTimeoutMs: DEADLINE, webRoot: web.path });
    cleanups.push(server.close);

    const started = performance.now();
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.pause();
      socket.write('GET /big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\naccept-encoding: identity\r\n\r\n');
    });
    cleanups.push(() => socket.destroy());
    const closed = await Promise.race([
      new Promise<number>((resolve) => {
        // A paused socket still hears its end: resume only when the server has hung up, to see it.
        socket.once('end', () => resolve(performance.now() - started));
        socket.once('close', () => resolve(performance.now() - started));
        const poll = setInterval(() => {
          if (performance.now() - started > DEADLINE + 500) {
            clearInterval(poll);
            socket.resume();
          }
        }, 100);
      }),
      pause(DEADLINE + 10_000).then(() => Number.POSITIVE_INFINITY),
    ]);
    assert.ok(closed < DEADLINE + 5_000, `the unread reply was still open after ${closed.toFixed(0)} ms`);

    // The same reply, read: it arrives whole. Reading 16 MB in this one process (server and client share its event
    // loop) once took longer than the 1 s deadline on a heavily loaded machine, so the read is served with a
    // deadline no loaded machine reaches (the default is 60 s): a deadline too short for its reader cuts it off,
    // which is the behaviour above, not a flake here.
    const reader = await listen(server.db, web.path, { replyTimeoutMs: READ_DEADLINE });
    cleanups.push(reader.close);
    const read = await fetch(`${reader.url}/big.txt`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal((await read.arrayBuffer()).byteLength, big.length);
  });
});
