import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { entryLimits } from '../src/core/entry.ts';
import { startServer } from '../src/server/main.ts';
import { anEntry, anEpisode, Device, freshPostgres, TEST_SCRYPT_LOG2N, tempDir } from './server-helpers.ts';

/** Records as a newer app writes them: a higher version, fields this server knows nothing of, nested ones too. */
function newerEntry(extra: Record<string, unknown> = {}) {
  return {
    ...anEntry({ functionScale: [{ activity: 'Socks', score: 4 }] }),
    functionScale: [{ activity: 'Socks', score: 4, importance: 'high' }],
    v: 3,
    steps: 4200,
    sleep: { hours: 6.5, woke: [2, 4], quality: null, note: 'réveillé 😴' },
    ...extra,
  };
}

function newerEpisode(extra: Record<string, unknown> = {}) {
  const e = anEpisode();
  return { ...e, v: 3, case: { ...e.case, sleepHours: 7 }, mood: { score: 3, words: ['calm'] }, ...extra };
}

function forwardCompatible(
  storage: () => Promise<{ dataDir?: string; databaseUrl?: string; done(): Promise<void> }>,
) {
  let url = '';
  let close = async () => {};
  before(async () => {
    const s = await storage();
    const running = await startServer({
      port: 0,
      ...(s.dataDir ? { dataDir: s.dataDir, databaseUrl: '' } : { databaseUrl: s.databaseUrl }),
      settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 1000, storedBytes: 6000 },
    });
    url = running.url;
    close = async () => {
      await running.close();
      await s.done();
    };
  });
  after(() => close());

  test('another device pulls the fields and version a newer app pushed, unchanged', async () => {
    const a = new Device(url);
    const email = await a.signUp();
    const entry = newerEntry();
    const episode = newerEpisode();
    const r = await a.sync({ entries: [entry], episodes: [episode] });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.acknowledged, [entry.id, episode.id]);
    const b = new Device(url);
    assert.equal((await b.logIn(email)).status, 200);
    assert.deepEqual(await b.pullAll(), { entries: [entry], episodes: [episode] });
  });

  test('a newer copy of an episode replaces the older one with all its fields, and never merges field by field', async () => {
    const a = new Device(url);
    await a.signUp();
    const first = newerEpisode({ mood: { score: 1 }, extraOld: true });
    const later = { ...first, updatedAt: '2026-11-21T12:00:00+01:00', mood: { score: 5 } };
    delete (later as Record<string, unknown>).extraOld;
    assert.equal((await a.sync({ episodes: [first] })).status, 200);
    assert.equal((await a.sync({ episodes: [later] })).status, 200);
    assert.deepEqual((await a.pullAll()).episodes, [later]);
  });

  test('fields the server does not know count against the stored bytes like any other', async () => {
    const a = new Device(url);
    await a.signUp();
    const big = () => newerEntry({ attachment: 'x'.repeat(1800) });
    assert.equal((await a.sync({ entries: [big(), big()] })).status, 200);
    const over = await a.sync({ entries: [big(), big()] });
    assert.equal(over.status, 413);
    assert.equal(over.body.error.quota, 'stored_bytes');
  });

  test("an entry's medicines by name reach another device unchanged, and a name past the bound is refused by field", async () => {
    const a = new Device(url);
    const email = await a.signUp();
    const episode = anEpisode();
    const entry = anEntry({
      episodeId: episode.id,
      treatments: ['medicine'],
      medicines: ['ibuprofen', 'Paracetamol (soluble) 😴'],
    });
    const r = await a.sync({ entries: [entry], episodes: [episode] });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.acknowledged, [entry.id, episode.id]);
    const b = new Device(url);
    assert.equal((await b.logIn(email)).status, 200);
    assert.deepEqual((await b.pullAll()).entries, [entry]);

    const long = anEntry({
      episodeId: episode.id,
      medicines: ['ibuprofen', 'x'.repeat(entryLimits.medicines.nameLength + 1)],
    });
    const refused = await a.sync({ entries: [long] });
    assert.equal(refused.status, 200);
    assert.deepEqual(refused.body.acknowledged, []);
    assert.equal(refused.body.rejected[0].field, 'entries[0].medicines[1]');
  });

  test('known fields are still checked in a record that carries unknown ones', async () => {
    const a = new Device(url);
    await a.signUp();
    const bad = newerEntry({ pain: 11 });
    const r = await a.sync({ entries: [bad] });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.acknowledged, []);
    assert.equal(r.body.rejected[0].field, 'entries[0].pain');
  });
}

describe('records from a newer app, on PGlite', () =>
  forwardCompatible(async () => {
    const dir = tempDir();
    return { dataDir: dir.path, done: async () => dir.remove() };
  }));

describe('records from a newer app, on PostgreSQL', () =>
  forwardCompatible(async () => {
    const pg = await freshPostgres();
    return { databaseUrl: pg.url, done: () => pg.drop() };
  }));
