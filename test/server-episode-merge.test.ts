import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { type Episode, episodeSchema } from '../src/core/episode.ts';
import { compareInstants } from '../src/core/instant.ts';
import { canonicalJson, mergeEpisodes, replacesEpisode } from '../src/core/sync.ts';
import { openDb } from '../src/server/db/open.ts';
import type { Db } from '../src/server/db/types.ts';
import { pushAndPull } from '../src/server/sync/store.ts';
import { anEpisode, freshPostgres, tempDir } from './server-helpers.ts';

const ID = randomUUID();

test('instants are ordered as points in time, not as text', () => {
  assert.ok(compareInstants('2026-11-21T11:30:00+02:00', '2026-11-21T10:00:00.000Z') < 0);
  assert.equal(compareInstants('2026-11-21T12:00:00.000+02:00', '2026-11-21T10:00:00Z'), 0);
  assert.ok(compareInstants('2026-11-21T10:00:00.000001Z', '2026-11-21T10:00:00.000Z') > 0);
});

test('a later instant wins even when its text sorts first, and a tie goes to the larger canonical body', () => {
  const older = anEpisode({ id: ID, updatedAt: '2026-11-21T11:30:00+02:00' });
  const newer = anEpisode({ id: ID, updatedAt: '2026-11-21T10:00:00.000Z' });
  assert.equal(replacesEpisode(older, newer), true);
  assert.equal(replacesEpisode(newer, older), false);
  const plain = anEpisode({ id: ID, updatedAt: '2026-11-21T10:00:00Z' });
  const closed = { ...plain, updatedAt: '2026-11-21T11:00:00+01:00', closedAt: '2026-11-21T10:00:00Z' };
  const [winner] = mergeEpisodes([plain], [closed]);
  assert.deepEqual(mergeEpisodes([closed], [plain]), [winner]);
  assert.equal(replacesEpisode(plain, plain), false);
});

test('canonical JSON is PostgreSQL jsonb text: keys by length then bytes, exponents in digits, controls escaped', () => {
  assert.equal(
    canonicalJson({ bb: [1e21, 1.5e-7, -0], a: 'x\n\u0001"\\', é: true, b: null, skip: undefined }),
    '{"a": "x\\n\\u0001\\"\\\\", "b": null, "bb": [1000000000000000000000, 0.00000015, 0], "é": true}',
  );
});

// What a field holds, chosen to hit the corners of the tie-break: escapes, multi-byte and astral text,
// numbers PostgreSQL prints differently from JavaScript, and nesting.
const tricky = fc.constantFrom(
  'a',
  'Z',
  'é',
  'ß',
  '\n',
  '\u0001',
  '\u001f',
  '"',
  '\\',
  '😀',
  '\u2028',
  '\u007f',
  '\uffff',
);
const text = fc.string({ unit: tricky, maxLength: 6 });
const numbers = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(1e21, 1.5e-7, -2.5e-10, 123.456, 1e100, Number.MAX_VALUE, Number.MIN_VALUE, 0.1),
);
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(text, numbers, fc.boolean(), fc.constant(null)),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(text, tie('node'), { maxKeys: 3 }),
  ),
})).node;
const known = new Set(Object.keys(episodeSchema.shape));
const extras = fc.dictionary(
  text.filter((k) => !known.has(k)),
  value,
  { maxKeys: 3 },
);

/** One instant written one of the ways a device may write it: any offset, any number of decimals. */
function written(ms: number, micros: number, offsetMinutes: number, style: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const milli = String(ms % 1000).padStart(3, '0');
  const fraction =
    micros > 0
      ? `.${milli}${String(micros).padStart(3, '0')}`
      : ms % 1000 === 0 && style % 3 === 0
        ? ''
        : style % 3 === 1
          ? `.${milli}`
          : `.${milli}000`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  if (offsetMinutes === 0 && style % 2 === 0) return `${local}${fraction}Z`;
  return `${local}${fraction}${sign}${hh}:${mm}`;
}

// A few moments close together, so many copies share an instant written differently.
const base = Date.parse('2026-11-21T10:00:00.000Z');
const instant = fc
  .record({
    at: fc.constantFrom(0, 0, 1, 1000, 3_600_000),
    micros: fc.constantFrom(0, 0, 0, 1, 999),
    offset: fc.integer({ min: -959, max: 959 }),
    style: fc.nat(5),
  })
  .map(({ at, micros, offset, style }) => written(base + at, micros, offset, style));
const copy = fc
  .record({ updatedAt: instant, closed: fc.boolean(), pain: fc.integer({ min: 0, max: 10 }), extras })
  .map(({ updatedAt, closed, pain, extras }): Episode => {
    const e = anEpisode({ id: ID, updatedAt, ...(closed ? { closedAt: updatedAt } : {}) });
    const parsed = episodeSchema.safeParse({ ...extras, ...e, case: { ...e.case, painNow: pain } });
    if (!parsed.success) throw new Error(`${updatedAt} ${parsed.error.message}`);
    return parsed.data as Episode;
  });
/** Copies of one episode in the order they reach the server, cut into pushes of one or more. */
const history = fc.array(fc.tuple(copy, fc.boolean()), { minLength: 1, maxLength: 7 });

async function mergedBySql(db: Db, pushes: Episode[][]): Promise<{ text: string; body: unknown }> {
  const account = randomUUID();
  await db.query("INSERT INTO accounts (id, email, password_hash) VALUES ($1, $2, 'not a hash')", [
    account,
    `${account}@example.org`,
  ]);
  for (const batch of pushes) await pushAndPull(db, account, 0, [], batch);
  const [row] = await db.query<{ text: string }>(
    'SELECT body::text AS text FROM episodes WHERE account_id = $1',
    [account],
  );
  assert.ok(row, 'the server holds the episode');
  return { text: row.text, body: JSON.parse(row.text) };
}

/** The copies in arrival order, cut into pushes after each copy marked to end one. */
function pushesOf(copies: Episode[], cuts: boolean[]): Episode[][] {
  const pushes: Episode[][] = [[]];
  copies.forEach((e, i) => {
    (pushes[pushes.length - 1] as Episode[]).push(e);
    if (cuts[i]) pushes.push([]);
  });
  return pushes.filter((p) => p.length > 0);
}

async function sameWinner(db: Db): Promise<void> {
  await fc.assert(
    fc.asyncProperty(history, fc.nat(), async (h, turn) => {
      // Episode ids are unique across accounts, so each run's copies get an id of their own.
      const id = randomUUID();
      const copies = h.map(([e]) => ({ ...e, id }));
      const cuts = h.map(([, cut]) => cut);
      const [winner] = mergeEpisodes([], copies);
      // A device that meets the copies in another order keeps the same one.
      const rotated = [...copies.slice(turn % copies.length), ...copies.slice(0, turn % copies.length)];
      let held: Episode | undefined;
      for (const e of [...rotated].reverse()) if (!held || replacesEpisode(held, e)) held = e;
      assert.deepEqual(held, winner);
      const stored = await mergedBySql(db, pushesOf(copies, cuts));
      assert.equal(stored.text, canonicalJson(winner));
      assert.deepEqual(stored.body, JSON.parse(JSON.stringify(winner)));
    }),
    { numRuns: 60 },
  );
}

/**
 * Two devices edit one episode in turn, each edit stamped by its own clock (so an edit may carry an earlier
 * instant than a copy the device already pulled), and sync after each edit as the app does. After a last
 * sync each, both devices and the server hold the same copy: the one core's merge picks from all of them.
 */
async function devicesAgree(db: Db): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(copy, fc.boolean()), { minLength: 1, maxLength: 7 }), async (h) => {
      const id = randomUUID();
      const account = randomUUID();
      await db.query("INSERT INTO accounts (id, email, password_hash) VALUES ($1, $2, 'not a hash')", [
        account,
        `${account}@example.org`,
      ]);
      const devices = [0, 1].map(() => ({ cursor: 0, local: undefined as Episode | undefined }));
      const sync = async (d: (typeof devices)[number], push: Episode[]) => {
        const r = await pushAndPull(db, account, d.cursor, [], push);
        assert.ok(r);
        for (const text of r.pulled.episodes) {
          const e = JSON.parse(text) as Episode;
          if (!d.local || replacesEpisode(d.local, e)) d.local = e;
        }
        d.cursor = r.pulled.cursor;
      };
      for (const [e, second] of h) {
        const d = devices[second ? 1 : 0] as (typeof devices)[number];
        d.local = { ...e, id };
        await sync(d, [d.local]);
      }
      for (const d of devices) await sync(d, []);
      const [winner] = mergeEpisodes(
        [],
        h.map(([e]) => ({ ...e, id })),
      );
      const [row] = await db.query<{ text: string }>(
        'SELECT body::text AS text FROM episodes WHERE id = $1',
        [id],
      );
      assert.equal(row?.text, canonicalJson(winner));
      for (const d of devices) if (d.local) assert.equal(canonicalJson(d.local), canonicalJson(winner));
    }),
    { numRuns: 40 },
  );
}

describe('the SQL keeps the copy core picks', () => {
  describe('on PGlite', () => {
    const dir = tempDir();
    let db: Db;
    before(async () => {
      db = await openDb({ dataDir: dir.path, databaseUrl: '' });
    });
    after(async () => {
      await db.close();
      dir.remove();
    });
    test('for random histories of one episode', () => sameWinner(db));
    test('and two devices editing in turn end with that copy', () => devicesAgree(db));
  });

  describe('on PostgreSQL', () => {
    let pg: Awaited<ReturnType<typeof freshPostgres>>;
    let db: Db;
    before(async () => {
      pg = await freshPostgres();
      db = await openDb({ databaseUrl: pg.url });
    });
    after(async () => {
      await db.close();
      await pg.drop();
    });
    test('for random histories of one episode', () => sameWinner(db));
    test('and two devices editing in turn end with that copy', () => devicesAgree(db));
  });
});
