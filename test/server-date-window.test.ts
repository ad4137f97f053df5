import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { utcDate } from '../src/core/clock.ts';
import { addDays } from '../src/core/dates.ts';
import type { Db } from '../src/server/db/types.ts';
import { patient, share, suiteServer } from './clinician-helpers.ts';
import { anEntry, anEpisode, refused, send } from './server-helpers.ts';

/** The far-dates attack of issue 20: 620 bytes that once froze every reader of a sharing patient. */
function farEpisode() {
  const episode = anEpisode({
    onset: '0100-01-01',
    case: { age: 40, onset: '0100-01-01', asOf: '0100-01-01', painNow: 6 },
  });
  const entries = [
    anEntry({ episodeId: episode.id, date: '0100-01-01', pain: 9 }),
    anEntry({ episodeId: episode.id, date: '9999-12-31', pain: 1 }),
  ];
  return { episode, entries };
}

/** Writes a row as an older server would have stored it, before the date window was enforced. */
async function plant(db: Db, accountId: string, kind: 'entry' | 'episode', body: { id: string }) {
  const next = `UPDATE accounts SET change_seq = change_seq + 1 WHERE id = $1 RETURNING change_seq`;
  if (kind === 'entry') {
    await db.query(
      `WITH a AS (${next}) INSERT INTO entries (id, account_id, seq, body) SELECT $2, $1, change_seq, $3::jsonb FROM a`,
      [accountId, body.id, JSON.stringify(body)],
    );
  } else {
    await db.query(
      `WITH a AS (${next}) INSERT INTO episodes (id, account_id, seq, updated_at, body)
       SELECT $2, $1, change_seq, now(), $3::jsonb FROM a`,
      [accountId, body.id, JSON.stringify(body)],
    );
  }
}

async function timed<T>(what: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await what();
  return { value, ms: performance.now() - start };
}

/** A generous ceiling, a backstop only: the bounds that matter are the sizes asserted beside it. */
const CEILING_MS = 3000;

for (const store of ['PGlite', 'PostgreSQL'] as const) {
  describe(`dates inside the documented window (${store})`, () => {
    const suite = suiteServer(store);

    test('the far-dates sync is refused record by record, each naming its field, and nothing is stored', async () => {
      const p = await patient(suite.url);
      await share(p.device, suite.doctor);
      const { episode, entries } = farEpisode();
      const r = await p.device.sync({ today: utcDate(), entries, episodes: [episode] });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(r.body.acknowledged, [], 'nothing is acknowledged');
      const fields = r.body.rejected.map((x: { field: string }) => x.field).sort();
      assert.deepEqual(fields, ['entries[0].date', 'entries[1].date', 'episodes[0].onset']);
      for (const x of r.body.rejected)
        assert.match(x.message, /must be a date from 1900-01-01 to 2200-12-31/);
      const held = await p.device.pullAll();
      assert.equal(held.episodes.length, 1, 'only the honest episode is stored');
      assert.ok(held.entries.every((e) => e.date.startsWith('2026-')));
    });

    test('an onset after the day after the device’s today is refused; the day after is accepted', async () => {
      const p = await patient(suite.url);
      const today = '2026-11-10';
      const tomorrow = anEpisode({
        onset: addDays(today, 1),
        case: { age: 40, onset: addDays(today, 1), asOf: addDays(today, 1) },
      });
      const later = anEpisode({
        onset: addDays(today, 2),
        case: { age: 40, onset: addDays(today, 2), asOf: addDays(today, 2) },
      });
      const r = await p.device.sync({ today, episodes: [tomorrow, later] });
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.acknowledged, [tomorrow.id]);
      assert.equal(r.body.rejected.length, 1);
      assert.equal(r.body.rejected[0].field, 'episodes[1].onset');
      assert.match(
        r.body.rejected[0].message,
        /^episodes\[1\]\.onset is after 2026-11-11, the day after today/,
      );
    });

    test('an older app that sends no date is held to the latest calendar date on Earth', async () => {
      const p = await patient(suite.url);
      const latest = addDays(utcDate(), 2);
      const ok = anEpisode({ onset: latest, case: { age: 40, onset: latest, asOf: latest } });
      const ahead = addDays(latest, 1);
      const tooLate = anEpisode({ onset: ahead, case: { age: 40, onset: ahead, asOf: ahead } });
      const r = await p.device.sync({ episodes: [ok, tooLate] });
      assert.deepEqual(r.body.acknowledged, [ok.id]);
      assert.deepEqual(
        r.body.rejected.map((x: { field: string }) => x.field),
        ['episodes[1].onset'],
      );
      // A device cannot widen its own window by claiming a later today.
      const claimed = await p.device.sync({ today: '2200-01-01', episodes: [tooLate] });
      assert.deepEqual(claimed.body.acknowledged, []);
    });

    test('a date that is not a date, for today, is a 400 naming the field', async () => {
      const p = await patient(suite.url);
      const r = await p.device.sync({ today: '2026-02-30', entries: [] });
      refused(r, 'a bad today');
      assert.equal(r.body.error.field, 'today');
    });

    test('an entry outside its episode’s span is refused, whether the episode is stored or sent with it', async () => {
      const p = await patient(suite.url);
      const stored = [
        anEntry({ episodeId: p.episode.id, date: addDays(p.episode.onset, -2) }),
        anEntry({ episodeId: p.episode.id, date: addDays(p.episode.onset, -1) }),
        anEntry({ episodeId: p.episode.id, date: addDays(p.episode.onset, 1096) }),
        anEntry({ episodeId: p.episode.id, date: addDays(p.episode.onset, 1097) }),
      ];
      const fresh = anEpisode();
      const sentWith = [anEntry({ episodeId: fresh.id, date: '1950-06-01' })];
      const r = await p.device.sync({ entries: [...stored, ...sentWith], episodes: [fresh] });
      assert.deepEqual(r.body.acknowledged.sort(), [stored[1]?.id, stored[2]?.id, fresh.id].sort());
      assert.deepEqual(
        r.body.rejected.map((x: { field: string }) => x.field),
        ['entries[0].date', 'entries[3].date', 'entries[4].date'],
      );
      assert.match(r.body.rejected[0].message, /must fall within its episode \(onset 2026-11-01\)/);
    });

    test('far dates stored before the window are skipped by every reader, which stays quick and small', async () => {
      const p = await patient(suite.url);
      const id = await share(p.device, suite.doctor);
      const far = farEpisode();
      await plant(suite.db, id, 'episode', far.episode);
      for (const e of far.entries) await plant(suite.db, id, 'entry', e);
      // Entries of an honest episode, stored far from it (pushed before their episode could be checked).
      for (const date of ['0100-01-01', '9999-12-31'])
        await plant(
          suite.db,
          id,
          'entry',
          anEntry({ id: randomUUID(), episodeId: p.episode.id, date, pain: 10 }),
        );

      const sync = await timed(() => p.device.sync({ entries: [anEntry({ episodeId: p.episode.id })] }));
      assert.equal(sync.value.status, 200);
      assert.ok(sync.ms < CEILING_MS, `the next sync took ${sync.ms} ms`);

      const base = `/api/v1/clinician/patients/${id}`;
      const page = await suite.doctor.call('GET', base);
      assert.equal(page.status, 200);
      assert.deepEqual(
        page.body.episodes.map((e: { id: string }) => e.id),
        [p.episode.id],
      );
      assert.ok(page.body.entries.every((e: { date: string }) => e.date.startsWith('2026-')));
      assert.equal(page.body.flags.episodeId, p.episode.id);
      assert.ok(page.body.flags.lastEntry.startsWith('2026-'), page.body.flags.lastEntry);

      const pdf = await timed(() =>
        send(suite.url, `${base}/episodes/${p.episode.id}/summary.pdf`, {
          headers: { cookie: suite.doctor.cookie },
        }),
      );
      assert.equal(pdf.value.status, 200);
      const bytes = (await pdf.value.arrayBuffer()).byteLength;
      assert.ok(bytes < 200_000, `the summary is ${bytes} bytes`);
      assert.ok(pdf.ms < CEILING_MS, `the summary took ${pdf.ms} ms`);
      const farPdf = await suite.doctor.call('GET', `${base}/episodes/${far.episode.id}/summary.pdf`);
      assert.equal(farPdf.status, 404, 'an episode outside the window is not shown');
    });
  });
}
