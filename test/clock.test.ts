import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  asOf,
  currentEpisode,
  dayOf,
  isTimeZone,
  latestEpisode,
  localToday,
  todayIn,
  utcDate,
} from '../src/core/clock.ts';
import { daysBetween } from '../src/core/dates.ts';
import { buildSummary } from '../src/core/export/summary.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { anEpisode } from './server-helpers.ts';

const LA = 'America/Los_Angeles';
const BERLIN = 'Europe/Berlin';

describe('the person’s today (core/clock.ts)', () => {
  test('is the date on the clock of their own zone, either side of each midnight', () => {
    // 23:30 in Los Angeles on 5 December is 07:30 on 6 December in UTC and 08:30 in Berlin.
    const laLate = new Date('2026-12-06T07:30:00Z');
    assert.equal(todayIn(LA, laLate), '2026-12-05');
    assert.equal(todayIn(BERLIN, laLate), '2026-12-06');
    assert.equal(utcDate(laLate), '2026-12-06', 'UTC has already turned: only a bound, never anyone’s today');
    // Ten minutes later the patient's day turns, and only then.
    assert.equal(todayIn(LA, new Date('2026-12-06T08:10:00Z')), '2026-12-06');
    // 23:50 in Berlin on 5 December is 22:50 UTC and 14:50 in Los Angeles, the same day everywhere.
    const berlinLate = new Date('2026-12-05T22:50:00Z');
    assert.equal(todayIn(BERLIN, berlinLate), '2026-12-05');
    assert.equal(todayIn(BERLIN, new Date('2026-12-05T23:10:00Z')), '2026-12-06');
    assert.equal(todayIn(LA, new Date('2026-12-05T23:10:00Z')), '2026-12-05');
  });

  test('keeps whole days across a daylight-saving change', () => {
    // Los Angeles springs forward on 8 March 2026; its days still start at its own midnight.
    assert.equal(todayIn(LA, new Date('2026-03-08T07:59:00Z')), '2026-03-07');
    assert.equal(todayIn(LA, new Date('2026-03-08T08:00:00Z')), '2026-03-08');
    assert.equal(todayIn(LA, new Date('2026-03-09T06:59:00Z')), '2026-03-08');
    assert.equal(todayIn(LA, new Date('2026-03-09T07:00:00Z')), '2026-03-09');
  });

  test('on a device is its local date (this process’s zone)', () => {
    const at = new Date('2026-12-06T07:30:00Z');
    assert.equal(localToday(at), todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, at));
  });

  test('knows an IANA zone from anything else', () => {
    for (const zone of [LA, BERLIN, 'UTC', 'Asia/Kolkata']) assert.equal(isTimeZone(zone), true, zone);
    for (const bad of ['Mars/Olympus_Mons', '', 'x'.repeat(65), 42, undefined, null])
      assert.equal(isTimeZone(bad), false, String(bad));
  });
});

describe('the as-of day and the current episode (core/clock.ts)', () => {
  test('an episode is read as of today, or its check’s day when that is later', () => {
    const ep = anEpisode({ onset: '2026-12-01', case: { age: 40, onset: '2026-12-01', asOf: '2026-12-03' } });
    assert.equal(asOf(ep, '2026-12-05'), '2026-12-05');
    assert.equal(asOf(ep, '2026-12-02'), '2026-12-03');
    assert.equal(daysBetween(ep.onset, asOf(ep, '2026-12-05')), 4);
  });

  test('the current episode is the newest begun that is open; the latest falls back to the newest closed', () => {
    // As text, `earliest` sorts last and `newest` first: instants are compared as instants (09:30, 10:00, 11:00 UTC).
    const earliest = anEpisode({ createdAt: '2026-11-01T11:30:00.000+02:00' });
    const older = anEpisode({ createdAt: '2026-11-01T10:00:00.000Z' });
    const newest = anEpisode({ createdAt: '2026-11-01T10:00:00.000-01:00' });
    assert.equal(currentEpisode([older, earliest, newest])?.id, newest.id);
    assert.equal(currentEpisode([newest, older, earliest])?.id, newest.id, 'the order given does not matter');
    assert.equal(currentEpisode([earliest, older])?.id, older.id);
    const closed = { ...newest, closedAt: '2026-11-20T10:00:00.000Z' };
    assert.equal(currentEpisode([older, closed])?.id, older.id);
    assert.equal(currentEpisode([closed]), undefined);
    assert.equal(latestEpisode([closed])?.id, closed.id);
    assert.equal(latestEpisode([{ ...closed, deleted: true as const }]), undefined);
    // Begun at the same moment: the later onset is the current one.
    const a = anEpisode({ onset: '2026-11-01' });
    const b = anEpisode({ onset: '2026-11-10' });
    assert.equal(currentEpisode([a, b])?.id, b.id);
    assert.equal(currentEpisode([b, a])?.id, b.id);
  });
});

describe('the day of a recorded instant (core/clock.ts dayOf)', () => {
  test("is the person's day in their zone, not UTC's, either side of midnight", () => {
    // 03:00 UTC on the 6th is still the evening of the 5th in Los Angeles and already the 6th in Berlin.
    assert.equal(dayOf('2026-12-06T03:00:00.000Z', 'America/Los_Angeles'), '2026-12-05');
    assert.equal(dayOf('2026-12-06T03:00:00.000Z', 'Europe/Berlin'), '2026-12-06');
    assert.equal(dayOf('2026-12-05T23:30:00.000Z', 'Europe/Berlin'), '2026-12-06');
  });

  test('a summary made for a clinician dates the closing on the patient’s calendar', () => {
    const episode = anEpisode({ closedAt: '2026-12-06T03:00:00.000Z' });
    const summary = buildSummary({
      episode,
      entries: [],
      today: '2026-12-05',
      words: en,
      timeZone: 'America/Los_Angeles',
    });
    assert.equal(summary.closedOn, '2026-12-05');
  });
});
