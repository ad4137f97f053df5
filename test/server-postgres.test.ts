import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { migrations } from '../src/server/db/migrations.ts';
import { anEntry, anEpisode, Device, freePort, freshPostgres, ServerProcess } from './server-helpers.ts';

describe('two server processes on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  const servers: ServerProcess[] = [];

  before(async () => {
    db = await freshPostgres();
    const env = { DATABASE_URL: db.url, UNKNOT_AUTH_PER_MINUTE: '1000' };
    servers.push(new ServerProcess(await freePort(), env), new ServerProcess(await freePort(), env));
    // Both start at once on an empty database: the advisory lock lets exactly one migrate.
    await Promise.all(servers.map((s) => s.start()));
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.kill('SIGTERM')));
    await db.drop();
  });

  test('they migrated the empty database once, together', async () => {
    const pool = new pg.Pool({ connectionString: db.url });
    const rows = (await pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows;
    await pool.end();
    assert.deepEqual(
      rows.map((r) => r.version),
      migrations.map((_, i) => i + 1),
    );
  });

  test('writes through one are read through the other, and a login works on both', async () => {
    const [one, two] = servers as [ServerProcess, ServerProcess];
    const phone = new Device(one.url);
    const email = await phone.signUp();
    const entry = anEntry({ note: 'written through server one' });
    const episode = anEpisode();
    const pushed = await phone.sync({ entries: [entry], episodes: [episode] });
    assert.deepEqual(pushed.body.acknowledged.sort(), [entry.id, episode.id].sort());

    // The same login cookie, sent to the other process: the server keeps no state of its own.
    const sameLogin = new Device(two.url);
    sameLogin.cookie = phone.cookie;
    sameLogin.csrf = phone.csrf;
    const read = await sameLogin.pullAll();
    assert.deepEqual(read.entries, [entry]);
    assert.deepEqual(read.episodes, [episode]);

    const laptop = new Device(two.url);
    assert.equal((await laptop.logIn(email)).status, 200);
    const reply = anEntry({ note: 'written through server two' });
    await laptop.sync({ entries: [reply] });
    const back = await phone.sync({ cursor: pushed.body.cursor });
    assert.deepEqual(back.body.entries, [reply]);
  });

  test('concurrent pushes to one account through both processes lose nothing and never duplicate', async () => {
    const [one, two] = servers as [ServerProcess, ServerProcess];
    const a = new Device(one.url);
    const email = await a.signUp();
    const b = new Device(two.url);
    await b.logIn(email);
    const batches = Array.from({ length: 20 }, () => Array.from({ length: 25 }, () => anEntry()));
    // Each batch is sent through both servers at the same moment, as a retry racing the original would;
    // two batches at a time, the most syncs one account may have open.
    for (let i = 0; i < batches.length; i += 2) {
      await Promise.all(
        batches.slice(i, i + 2).flatMap((entries) => [a.sync({ entries }), b.sync({ entries })]),
      );
    }
    const pulled = await a.pullAll();
    assert.equal(pulled.entries.length, 500);
    assert.equal(new Set(pulled.entries.map((e) => e.id)).size, 500);
    // The change numbers are strictly increasing: pulling in pages from any cursor misses nothing.
    let cursor: string | undefined;
    let count = 0;
    for (;;) {
      const r = await b.sync(cursor ? { cursor } : {});
      count += r.body.entries.length;
      cursor = r.body.cursor;
      if (!r.body.more) break;
    }
    assert.equal(count, 500);
  });
});
