import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { exportFile, exportFormats } from '../src/core/export/files.ts';
import { patientFlags } from '../src/core/flags.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { patient, share, suiteServer } from './clinician-helpers.ts';
import { anEntry, anEpisode, send, tempDir } from './server-helpers.ts';

const DELETED_NOTE = 'a note the patient deleted';
const EDITED_AWAY = 'words the patient edited away';
const DELETED_EPISODE_NOTE = 'a note in an episode the patient deleted';

/**
 * A diary with everything a reader must not show: a deleted note, the first words of an edited note, and a
 * deleted episode (later than the live one, so it would be "the latest") with a rated, noted entry.
 */
function plantedDiary(liveEpisodeId: string) {
  const note = anEntry({ episodeId: liveEpisodeId, date: '2026-11-05', note: DELETED_NOTE, pain: 8 });
  const tombstone = {
    id: randomUUID(),
    episodeId: liveEpisodeId,
    recordedAt: '2026-11-05T10:00:00.000Z',
    date: '2026-11-05',
    supersedes: note.id,
    deleted: true as const,
  };
  const first = anEntry({ episodeId: liveEpisodeId, date: '2026-11-06', note: EDITED_AWAY, pain: 5 });
  const edit = anEntry({
    episodeId: liveEpisodeId,
    date: '2026-11-06',
    recordedAt: '2026-11-06T10:00:00.000Z',
    note: 'what the patient meant',
    pain: 5,
    supersedes: first.id,
  });
  const gone = anEpisode({
    onset: '2026-11-15',
    case: { age: 40, onset: '2026-11-15', asOf: '2026-11-15', painNow: 9, findings: ['saddle_numbness'] },
    answers: { saddle_numbness: 'yes' },
    deleted: true,
    updatedAt: '2026-11-15T12:00:00.000Z',
  });
  const goneEntries = [
    anEntry({ episodeId: gone.id, date: '2026-11-16', pain: 10, note: DELETED_EPISODE_NOTE }),
    anEntry({ episodeId: gone.id, date: '2026-11-17', pain: 10 }),
  ];
  return { entries: [note, tombstone, first, edit, ...goneEntries], episodes: [gone], gone };
}

function assertNothingDeleted(text: string, where: string): void {
  for (const words of [DELETED_NOTE, EDITED_AWAY, DELETED_EPISODE_NOTE]) {
    assert.ok(!text.includes(words), `${where} shows "${words}"`);
  }
}

for (const store of ['PGlite', 'PostgreSQL'] as const) {
  describe(`deleted means deleted, for every reader (${store})`, () => {
    const suite = suiteServer(store);
    const dir = tempDir();
    after(() => dir.remove());

    test('no clinician route shows a deleted note, an edited-away note or a deleted episode', async () => {
      const p = await patient(suite.url, { pains: [6, 5, 4] });
      const planted = plantedDiary(p.episode.id);
      const synced = await p.device.sync({ entries: planted.entries, episodes: planted.episodes });
      assert.equal(synced.status, 200);
      assert.equal(synced.body.acknowledged.length, planted.entries.length + 1, 'everything was stored');
      const id = await share(p.device, suite.doctor);

      const base = `/api/v1/clinician/patients/${id}`;
      const page = await suite.doctor.call('GET', base);
      assert.equal(page.status, 200);
      assertNothingDeleted(JSON.stringify(page.body), 'the patient page');
      assert.deepEqual(
        page.body.episodes.map((e: { id: string }) => e.id),
        [p.episode.id],
      );
      assert.ok(
        page.body.entries.every((e: { deleted?: boolean; supersedes?: string }) => !e.deleted),
        'no tombstone',
      );
      assert.equal(page.body.entries.length, 4, 'three ratings and the edited note');

      const list = await suite.doctor.call('GET', '/api/v1/clinician/patients');
      const row = list.body.patients.find((x: { id: string }) => x.id === id);
      assert.equal(row.flags.episodeId, p.episode.id, 'the list names the live episode');
      assert.equal(row.flags.redFlag, false, 'a warning sign of the deleted episode is gone with it');
      assert.equal(row.flags.lastEntry, '2026-11-07', 'the deleted episode’s entries are not the last entry');
      assert.notEqual(row.flags.latestPain, 10);

      const pdf = await send(suite.url, `${base}/episodes/${p.episode.id}/summary.pdf`, {
        headers: { cookie: suite.doctor.cookie },
      });
      assert.equal(pdf.status, 200);
      const file = join(dir.path, `${store}.pdf`);
      writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.match(text, /what the patient meant/, 'the summary shows the live note');
      assertNothingDeleted(text, 'the summary PDF');

      const fhir = await suite.doctor.call('GET', `${base}/episodes/${p.episode.id}/fhir`);
      assert.equal(fhir.status, 200);
      assertNothingDeleted(JSON.stringify(fhir.body), 'the FHIR Bundle');
      for (const what of ['summary.pdf', 'fhir']) {
        const r = await suite.doctor.call('GET', `${base}/episodes/${planted.gone.id}/${what}`);
        assert.equal(r.status, 404, `the deleted episode's ${what}`);
      }
    });
  });
}

describe('deleted means deleted, in every export and in the flags', () => {
  const dir = tempDir();
  after(() => dir.remove());
  const live = anEpisode({ onset: '2026-11-01' });
  const planted = plantedDiary(live.id);
  const entries = [anEntry({ episodeId: live.id, date: '2026-11-01', pain: 6 }), ...planted.entries];

  test('no export format shows a deleted note or an edited-away note', async () => {
    for (const format of exportFormats) {
      const made = await exportFile(format, {
        episode: live,
        entries,
        settings: { wakeTime: '07:00', sleepTime: '22:00', reminders: false, emergencyNumber: '112' },
        now: '2026-11-20T09:00:00.000Z',
        today: '2026-11-20',
        words: en,
      });
      assert.ok(made.ok);
      const body = made.value.body;
      const text =
        typeof body === 'string'
          ? body
          : (() => {
              const file = join(dir.path, 'export.pdf');
              writeFileSync(file, body);
              return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
            })();
      assertNothingDeleted(text, format);
    }
  });

  test('the flags read neither a deleted episode nor its entries', () => {
    const f = patientFlags([live, ...planted.episodes], entries, '2026-11-20');
    assert.equal(f.episodeId, live.id);
    assert.equal(f.redFlag, false);
    assert.equal(f.lastEntry, '2026-11-06');
    assert.equal(f.latestPain, 5);
  });
});
