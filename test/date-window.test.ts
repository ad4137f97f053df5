import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.ts';
import { parseBackup } from '../src/core/backup.ts';
import { parseCase } from '../src/core/case.ts';
import { deviceToday } from '../src/core/dates.ts';
import { liveDiary } from '../src/core/diary.ts';
import { entrySchema } from '../src/core/entry.ts';
import { episodeSchema } from '../src/core/episode.ts';
import { fhirBundle } from '../src/core/export/fhir.ts';
import { diaryFromFhir } from '../src/core/export/fhir-import.ts';
import { fieldErrors } from '../src/core/issues.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { anEntry, anEpisode } from './server-helpers.ts';

const TODAY = '2026-12-06';

function errorsOf(schema: typeof episodeSchema | typeof entrySchema, value: unknown): string[] {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return fieldErrors(schema, r.error, value, () => 'not an object', en.fields).map((e) => e.message);
}

describe('calendar dates inside the documented window', () => {
  it('a case keeps every date from 1900-01-01 to 2200-12-31, as the contract allows', () => {
    assert.equal(parseCase({ age: 40, onset: '1900-01-01', asOf: '2200-12-31' }, en.fields).ok, true);
  });

  it('a case, an episode or an entry dated outside 1900..2200 is refused, naming the field', () => {
    const c = parseCase({ age: 40, onset: '1899-12-31', asOf: '2201-01-01' }, en.fields);
    assert.ok(!c.ok);
    assert.deepEqual(
      c.errors.map((e) => e.field),
      ['onset', 'asOf'],
    );
    assert.match(c.errors[0]?.message ?? '', /^onset must be a date from 1900-01-01 to 2200-12-31/);
    const far = anEpisode({
      onset: '0100-01-01',
      case: { age: 40, onset: '0100-01-01', asOf: '0100-01-01' },
    });
    assert.match(
      errorsOf(episodeSchema, far)[0] ?? '',
      /^onset must be a date from 1900-01-01 to 2200-12-31/,
    );
    assert.match(
      errorsOf(entrySchema, anEntry({ date: '9999-12-31' }))[0] ?? '',
      /^date must be a date from 1900-01-01 to 2200-12-31/,
    );
  });

  it('an episode’s latest check more than three years after its onset is refused at case.asOf', () => {
    const onset = '2020-01-01';
    const ok = anEpisode({ onset, case: { age: 40, onset, asOf: '2022-12-31' } });
    assert.deepEqual(errorsOf(episodeSchema, ok), []);
    const late = anEpisode({ onset, case: { age: 40, onset, asOf: '2023-01-02' } });
    assert.match(
      errorsOf(episodeSchema, late)[0] ?? '',
      /^case\.asOf must fall within its episode \(onset 2020-01-01\): a date from 2019-12-31 to 2023-01-01/,
    );
  });

  it('the CLI names the field of a date outside the window and exits 2', async () => {
    let stderr = '';
    const sink = (write: (s: string) => void) =>
      new Writable({
        write(chunk, _e, done) {
          write(String(chunk));
          done();
        },
      });
    const code = await main(['triage', '--json'], {
      stdin: Readable.from([
        Buffer.from(JSON.stringify({ age: 40, onset: '0100-01-01', asOf: '2026-11-21' })),
      ]),
      stdout: sink(() => {}),
      stderr: sink((s) => {
        stderr += s;
      }),
      now: () => new Date('2026-11-21T15:00:00Z'),
    });
    assert.equal(code, 2);
    assert.match(stderr, /onset must be a date from 1900-01-01 to 2200-12-31/);
  });

  it('a device’s today is believed only up to the latest calendar date on Earth', () => {
    assert.equal(deviceToday('2026-12-05', TODAY), '2026-12-05');
    assert.equal(deviceToday('2200-01-01', TODAY), '2026-12-07');
    assert.equal(deviceToday(undefined, TODAY), '2026-12-07');
  });
});

describe('files read into the diary keep inside the window', () => {
  const episode = anEpisode({ onset: '2026-11-20' });
  const backup = (episodes: unknown[], entries: unknown[]) =>
    JSON.stringify({
      app: 'unknot',
      version: 1,
      exportedAt: '2026-12-06T09:00:00.000Z',
      settings: { wakeTime: '07:00', sleepTime: '22:00', reminders: false, emergencyNumber: '112' },
      episodes,
      entries,
    });

  it('a backup with an onset after the device’s tomorrow is refused, naming the record', () => {
    const ahead = anEpisode({
      onset: '2026-12-08',
      case: { age: 40, onset: '2026-12-08', asOf: '2026-12-08' },
    });
    const r = parseBackup(backup([ahead], []), en.fields, TODAY);
    assert.ok(!r.ok);
    assert.match(r.errors[0] ?? '', /^episodes\[0\]\.onset is after 2026-12-07, the day after today/);
    assert.equal(parseBackup(backup([episode], []), en.fields, TODAY).ok, true);
  });

  it('a backup with an entry outside its episode’s span is refused, naming the entry', () => {
    const early = anEntry({ episodeId: episode.id, date: '2026-11-18' });
    const r = parseBackup(backup([episode], [anEntry({ episodeId: episode.id }), early]), en.fields, TODAY);
    assert.ok(!r.ok);
    assert.match(r.errors[0] ?? '', /^entries\[1\]\.date must fall within its episode \(onset 2026-11-20\)/);
  });

  it('a FHIR Bundle with an entry outside its episode, or an onset after tomorrow, is refused', () => {
    const inside = anEntry({ episodeId: episode.id, date: '2026-11-19' });
    const made = () => JSON.parse(JSON.stringify(fhirBundle(episode, [inside], { now: TODAY, words: en })));
    assert.ok(diaryFromFhir(made(), en.fields, TODAY).ok);
    const moved = made();
    for (const e of moved.entry)
      if (e.resource.resourceType === 'Observation') e.resource.effectiveDateTime = '2026-11-10';
    const r = diaryFromFhir(moved, en.fields, TODAY);
    assert.ok(!r.ok);
    assert.equal(r.errors[0]?.field, `entry ${inside.id}.date`);
    const ahead = anEpisode({
      onset: '2026-12-20',
      case: { age: 40, onset: '2026-12-20', asOf: '2026-12-20' },
    });
    const late = diaryFromFhir(
      JSON.parse(JSON.stringify(fhirBundle(ahead, [], { now: TODAY, words: en }))),
      en.fields,
      TODAY,
    );
    assert.ok(!late.ok);
    assert.equal(late.errors[0]?.field, 'episode.onset');
  });
});

describe('the live diary', () => {
  it('skips deleted episodes with their entries, tombstones, edited-away entries and stored far dates', () => {
    const live = anEpisode({ onset: '2026-11-20' });
    const gone = anEpisode({ deleted: true });
    const far = anEpisode({
      onset: '0100-01-01',
      case: { age: 40, onset: '0100-01-01', asOf: '0100-01-01' },
    });
    const kept = anEntry({ episodeId: live.id, date: '2026-11-21' });
    const old = anEntry({ episodeId: live.id, date: '2026-11-22', note: 'first' });
    const edit = anEntry({ episodeId: live.id, date: '2026-11-22', note: 'second', supersedes: old.id });
    const dropped = anEntry({ episodeId: live.id, date: '2026-11-23' });
    const tombstone = anEntry({
      episodeId: live.id,
      date: '2026-11-23',
      supersedes: dropped.id,
      deleted: true,
    });
    const others = [
      anEntry({ episodeId: gone.id }),
      anEntry({ episodeId: far.id, date: '0100-01-01' }),
      anEntry({ episodeId: live.id, date: '9999-12-31' }),
    ];
    // A later copy of the live episode that deletes it wins the merge, whatever order the copies come in.
    const d = liveDiary([far, gone, live], [kept, old, edit, dropped, tombstone, ...others]);
    assert.deepEqual(
      d.episodes.map((e) => e.id),
      [live.id],
    );
    assert.deepEqual(
      d.entries.map((e) => e.id),
      [kept.id, edit.id],
    );
    const deletedLater = { ...live, deleted: true as const, updatedAt: '2026-11-30T00:00:00.000Z' };
    assert.deepEqual(liveDiary([deletedLater, live], [kept]), { episodes: [], entries: [] });
    assert.deepEqual(liveDiary([live, deletedLater], [kept]), { episodes: [], entries: [] });
  });
});
