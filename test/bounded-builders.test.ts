import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, EARLIEST_DATE, EPISODE_SPAN_DAYS, LATEST_DATE } from '../src/core/dates.ts';
import { dailyTriggers, type Entry, treatments } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import { COURSE_SAMPLES } from '../src/core/expected-course.ts';
import { diaryCsv } from '../src/core/export/csv.ts';
import { fhirBundle } from '../src/core/export/fhir.ts';
import { planCalendar } from '../src/core/export/ics.ts';
import { summaryPdf } from '../src/core/export/pdf.ts';
import { buildSummary } from '../src/core/export/summary.ts';
import { patientFlags } from '../src/core/flags.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { carePlan, planInWords } from '../src/core/plan.ts';

/**
 * Every builder's work follows the size of what it is given (the entries, the plan), never the distance
 * between two dates: each is run on extreme but valid diaries (an onset on 1900-01-01 read in 2026 or in
 * 2200, entries on the first and last days of the episode's span, hundreds of them) and its output is
 * counted. The wall time is a generous backstop only.
 */

const BACKSTOP_MS = 5000;
const MAX_ENTRIES = 300;

/** A real date between two others, inclusive. */
const dateBetween = (from: string, to: string) =>
  fc
    .integer({ min: 0, max: Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) })
    .map((n) => addDays(from, n));

/** An onset at either end of the window, or anywhere in it; the day it is read, from onset to the window's end. */
const onsetAndToday = fc
  .oneof(fc.constant(EARLIEST_DATE), dateBetween(EARLIEST_DATE, '2026-12-06'), fc.constant('2026-12-06'))
  .chain((onset) =>
    fc.record({
      onset: fc.constant(onset),
      today: fc.oneof(fc.constant('2026-12-06'), fc.constant(LATEST_DATE), dateBetween(onset, LATEST_DATE)),
      asOfDays: fc.constantFrom(0, 1, EPISODE_SPAN_DAYS),
    }),
  );

function entryArb(episodeId: string, onset: string) {
  const first = onset > EARLIEST_DATE ? addDays(onset, -1) : onset;
  const last = addDays(onset, EPISODE_SPAN_DAYS);
  return fc.record(
    {
      id: fc.uuid({ version: 4 }),
      episodeId: fc.constant(episodeId),
      recordedAt: fc.constant('2026-11-21T09:30:00.000Z'),
      // The span's two ends, most often, and anything between them.
      date: fc.oneof(fc.constant(first), fc.constant(last), dateBetween(first, last)),
      pain: fc.integer({ min: 0, max: 10 }),
      triggers: fc.uniqueArray(fc.constantFrom(...dailyTriggers), { maxLength: 3 }),
      treatments: fc.uniqueArray(fc.constantFrom(...treatments), { maxLength: 3 }),
      checkIn: fc.constantFrom('better' as const, 'same' as const, 'worse' as const),
      note: fc.constantFrom('stiff in the morning', 'walked to the shop'),
      functionScale: fc.constant([{ activity: 'bending', score: 4 }]),
    },
    { requiredKeys: ['id', 'episodeId', 'recordedAt', 'date'] },
  );
}

const diaryArb = onsetAndToday.chain(({ onset, today, asOfDays }) => {
  const episode: Episode = {
    id: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b',
    onset,
    case: { age: 40, onset, asOf: addDays(onset, asOfDays), painNow: 7, findings: ['lifting_trigger'] },
    createdAt: '2026-11-21T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
  };
  return fc.record({
    episode: fc.constant(episode),
    today: fc.constant(today),
    entries: fc.array(entryArb(episode.id, onset), { maxLength: MAX_ENTRIES }) as fc.Arbitrary<Entry[]>,
  });
});

function within<T>(what: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  assert.ok(ms < BACKSTOP_MS, `${what} took ${Math.round(ms)} ms`);
  return value;
}

describe('every builder is bounded by what it is given, never by a span of dates', () => {
  it('the summary holds a point per rated day and a bounded expected course, whatever the span from onset to today', () => {
    fc.assert(
      fc.property(diaryArb, ({ episode, entries, today }) => {
        const s = within('the summary', () => buildSummary({ episode, entries, today, words: en }));
        assert.ok(s.pain.length <= entries.length);
        assert.ok(s.expected.length <= COURSE_SAMPLES + 6, `${s.expected.length} expected points`);
        assert.ok(s.course.length <= entries.length + 1);
        assert.ok(s.notes.length <= entries.length);
        assert.ok(s.activities.every((a) => a.points.length <= entries.length));
      }),
      { numRuns: 60 },
    );
  });

  it('the summary PDF stays one small file', async () => {
    await fc.assert(
      fc.asyncProperty(diaryArb, async ({ episode, entries, today }) => {
        const s = buildSummary({ episode, entries, today, words: en });
        const start = performance.now();
        const pdf = await summaryPdf(s, { page: 'a4', now: '2026-12-06T09:00:00.000Z', words: en.export });
        assert.ok(performance.now() - start < BACKSTOP_MS);
        assert.ok(pdf.byteLength < 250_000, `${pdf.byteLength} bytes`);
      }),
      { numRuns: 8 },
    );
  });

  it('the plan, its calendar and the FHIR Bundle follow the plan’s days and the entries', () => {
    fc.assert(
      fc.property(diaryArb, ({ episode, entries }) => {
        const care = within('the plan', () => carePlan(episode.case));
        assert.equal(care.days.length, 7);
        assert.ok(care.checkIns.length <= 6);
        assert.ok(care.sessions.length <= 7 * 24);
        const ics = within('the calendar', () =>
          planCalendar(planInWords(care, en), {
            now: '2026-12-06T09:00:00.000Z',
            episodeId: episode.id,
            wake: '07:00',
            words: en.export,
          }),
        );
        assert.ok(ics.ok);
        const events = ics.value.match(/BEGIN:VEVENT/g)?.length ?? 0;
        assert.equal(events, care.sessions.length + care.checkIns.length);
        const bundle = within('the FHIR Bundle', () =>
          fhirBundle(episode, entries, { now: '2026-12-06T09:00:00.000Z', plan: care, words: en }),
        );
        assert.ok((bundle.entry?.length ?? 0) <= 5 + 3 * entries.length);
      }),
      { numRuns: 30 },
    );
  });

  it('the CSV holds a row per entry and the flags finish', () => {
    fc.assert(
      fc.property(diaryArb, ({ episode, entries, today }) => {
        const csv = within('the CSV', () => diaryCsv(entries, en.export));
        assert.ok(csv.split('\r\n').length <= entries.length + 2);
        const f = within('the flags', () => patientFlags([episode], entries, today));
        assert.equal(f.episodeId, episode.id);
      }),
      { numRuns: 60 },
    );
  });
});
