import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../src/core/dates.ts';
import type { Entry } from '../src/core/entry.ts';
import { enApp } from '../src/core/knowledge/text/en/app.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import {
  caseOnDay,
  expectedCourse,
  expectedPain,
  type Progress,
  painByDay,
  progress,
  ratingTrend,
} from '../src/core/progress.ts';

const EP = '11111111-1111-4111-8111-111111111111';
let n = 0;
function entry(date: string, fields: Partial<Entry> = {}): Entry {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { id, episodeId: EP, recordedAt: `${date}T09:00:00.000Z`, date, ...fields };
}

describe('the expected course (Costa 2012, scaled to 0-10)', () => {
  it('starts at 5.2, reaches 2.3 at six weeks, 1.2 at 26 weeks and 0.6 at a year', () => {
    assert.equal(expectedPain(0), 5.2);
    assert.equal(expectedPain(42), 2.3);
    assert.equal(expectedPain(182), 1.2);
    assert.equal(expectedPain(364), 0.6);
    assert.equal(expectedPain(800), 0.6);
  });
  it('falls steadily between the published points', () => {
    for (let d = 1; d < 364; d++) assert.ok(expectedPain(d) < expectedPain(d - 1));
  });
});

describe('pain by day', () => {
  it('averages a day’s ratings, counts days from onset and skips entries without a rating', () => {
    const days = painByDay(
      [
        entry('2026-11-20', { pain: 8 }),
        entry('2026-11-22', { pain: 5 }),
        entry('2026-11-22', { pain: 6 }),
        entry('2026-11-22', { note: 'x' }),
      ],
      '2026-11-20',
    );
    assert.deepEqual(
      days.map((d) => [d.day, d.pain, d.ratings]),
      [
        [0, 8, 1],
        [2, 5.5, 2],
      ],
    );
  });
  it('applies edits and deletions', () => {
    const a = entry('2026-11-20', { pain: 8 });
    const edit = entry('2026-11-20', { pain: 6, supersedes: a.id });
    const b = entry('2026-11-21', { pain: 9 });
    const gone = entry('2026-11-21', { supersedes: b.id, deleted: true });
    assert.deepEqual(
      painByDay([a, edit, b, gone], '2026-11-20').map((d) => d.pain),
      [6],
    );
  });
});

describe('trend', () => {
  it('needs a change of a whole point to call it better or worse', () => {
    const d = (day: number, pain: number) => ({ day, date: '', pain, ratings: 1 });
    assert.equal(ratingTrend([d(0, 7)]), undefined);
    assert.equal(ratingTrend([d(0, 7), d(2, 6)]), 'better');
    assert.equal(ratingTrend([d(0, 7), d(2, 7.5)]), 'same');
    assert.equal(ratingTrend([d(0, 7), d(2, 8)]), 'worse');
  });
});

describe('progress and escalation prompts', () => {
  it('a person improving as expected is on track and gets no doctor prompt', () => {
    const p = progress(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-22', { pain: 5 })],
      '2026-11-20',
      '2026-11-22',
    );
    assert.equal(p.trend, 'better');
    assert.equal(p.onTrack, true);
    assert.deepEqual(p.prompts, []);
  });
  it('a day-2 check-in of "same" prompts a doctor visit', () => {
    const p = progress(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-22', { checkIn: 'same' })],
      '2026-11-20',
      '2026-11-22',
    );
    assert.equal(p.trend, 'same');
    assert.deepEqual(
      p.prompts.map((x) => [x.id, x.disposition]),
      [['no_improvement_48h', 'gp_soon']],
    );
  });
  it('a later check-in outweighs the ratings', () => {
    const p = progress(
      [
        entry('2026-11-20', { pain: 7 }),
        entry('2026-11-21', { pain: 4 }),
        entry('2026-11-21', { checkIn: 'worse' }),
      ],
      '2026-11-20',
      '2026-11-21',
    );
    assert.equal(p.trend, 'worse');
    assert.ok(p.prompts.some((x) => x.id === 'getting_worse'));
    assert.ok(!p.prompts.some((x) => x.id === 'no_improvement_48h'), 'not before 48 hours');
  });
  it('pain lasting a week prompts a doctor visit unless it has gone', () => {
    const hurting = progress(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-27', { pain: 2 })],
      '2026-11-20',
      '2026-11-27',
    );
    assert.ok(hurting.prompts.some((x) => x.id === 'persisting_one_week'));
    const gone = progress(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-27', { pain: 0 })],
      '2026-11-20',
      '2026-11-27',
    );
    assert.ok(!gone.prompts.some((x) => x.id === 'persisting_one_week'));
  });
  it('after two weeks, pain well above the person’s expected course is off course', () => {
    const p = progress(
      [entry('2026-11-01', { pain: 6 }), entry('2026-11-15', { pain: 6 })],
      '2026-11-01',
      '2026-11-15',
    );
    assert.equal(p.onTrack, false);
    assert.ok(p.prompts.some((x) => x.id === 'off_course' && x.disposition === 'gp_soon'));
    assert.ok(p.prompts.some((x) => x.id === 'keep_moving' && x.disposition === undefined));
  });
  it('ignores entries from before onset or after the day asked about', () => {
    const p = progress(
      [entry('2026-11-19', { pain: 9 }), entry('2026-11-20', { pain: 6 }), entry('2026-11-25', { pain: 1 })],
      '2026-11-20',
      '2026-11-21',
    );
    assert.deepEqual(
      p.days.map((d) => d.date),
      ['2026-11-20'],
    );
  });
  it('every prompt cites a source', () => {
    const p = progress(
      [entry('2026-11-01', { pain: 6 }), entry('2026-11-15', { checkIn: 'worse', pain: 8 })],
      '2026-11-01',
      '2026-11-15',
    );
    assert.ok(p.prompts.length >= 4);
    for (const x of p.prompts) assert.ok(x.sources.length > 0, x.id);
  });
});

/** Every sentence the Progress screen shows for a result: the standing line and each prompt. */
function shown(p: Progress): string[] {
  return [p.standing ? enApp.progress.standing[p.standing] : '', ...p.prompts.map((x) => en.prompts[x.id])];
}

describe('one model of progress: the chart, the standing line and the prompts agree', () => {
  it('day 3, pain 7 then 7: not on track, a prompt to see a doctor, and "on track" nowhere', () => {
    const p = progress(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-23', { pain: 7 })],
      '2026-11-20',
      '2026-11-23',
    );
    assert.equal(p.day, 3);
    assert.equal(p.trend, 'same');
    assert.equal(p.standing, 'see_doctor');
    assert.equal(p.onTrack, false);
    assert.deepEqual(
      p.prompts.map((x) => [x.id, x.disposition]),
      [['no_improvement_48h', 'gp_soon']],
    );
    for (const line of shown(p)) assert.doesNotMatch(line, /on track/i);
    assert.match(shown(p).join(' '), /talk to a doctor/);
  });

  it('day 3, pain 7 then 4: on track, no prompt to see a doctor, and the line says so', () => {
    const p = progress(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-23', { pain: 4 })],
      '2026-11-20',
      '2026-11-23',
    );
    assert.equal(p.trend, 'better');
    assert.equal(p.standing, 'on_track');
    assert.equal(p.onTrack, true);
    assert.deepEqual(p.prompts, []);
    assert.match(shown(p).join(' '), /on track/);
  });

  it('the course is scaled to the first rating: it starts there, and "expected today" is read off it', () => {
    const days = painByDay(
      [entry('2026-11-21', { pain: 8 }), entry('2026-11-30', { pain: 6 })],
      '2026-11-20',
    );
    const course = expectedCourse(days, 14);
    assert.deepEqual(course[0], { day: 1, pain: 8 }, 'from the day of the first rating, at that rating');
    assert.equal(course.at(-1)?.day, 14);
    for (let i = 1; i < course.length; i++) {
      const ratio = (course[i]?.pain ?? 0) / 8;
      const published = expectedPain(course[i]?.day ?? 0) / expectedPain(1);
      assert.ok(Math.abs(ratio - published) < 0.01, 'the published shape, scaled');
    }
    const p = progress(
      [entry('2026-11-21', { pain: 8 }), entry('2026-11-30', { pain: 6 })],
      '2026-11-20',
      '2026-11-30',
    );
    assert.equal(p.expectedToday, course.find((c) => c.day === 10)?.pain);
  });

  it('before any rating the course is the published one', () => {
    assert.deepEqual(expectedCourse([], 2), [
      { day: 0, pain: 5.2 },
      { day: 1, pain: 5.1 },
      { day: 2, pain: 5.1 },
    ]);
  });

  it('never says "on track" beside a prompt to see a doctor, for any diary (property)', () => {
    const onset = '2026-11-01';
    const diary = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 30 }),
        pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        checkIn: fc.option(fc.constantFrom('better' as const, 'same' as const, 'worse' as const), {
          nil: undefined,
        }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(diary, fc.integer({ min: 0, max: 35 }), (rows, asOfDay) => {
        const entries = rows.map((row) =>
          entry(addDays(onset, row.day), {
            ...(row.pain !== undefined ? { pain: row.pain } : {}),
            ...(row.checkIn ? { checkIn: row.checkIn } : {}),
          }),
        );
        const p = progress(entries, onset, addDays(onset, asOfDay));
        const seeDoctor = p.prompts.some((x) => x.disposition === 'gp_soon');
        assert.equal(p.standing === 'see_doctor', seeDoctor);
        assert.equal(p.onTrack === true, p.standing === 'on_track');
        if (seeDoctor) for (const line of shown(p)) assert.doesNotMatch(line, /on track/i);
        if (p.standing === 'on_track') {
          assert.ok(!p.prompts.some((x) => x.disposition), 'on track means no prompt to see a doctor');
          assert.notEqual(p.trend, 'worse');
        }
        if (p.latest && p.expectedToday !== undefined) {
          const course = expectedCourse(p.days, p.latest.day);
          assert.equal(p.expectedToday, course.at(-1)?.pain, 'the line and the chart read one course');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the case on a check-in day', () => {
  it('keeps the answers and takes the new date and trend', () => {
    const c = { age: 40, onset: '2026-11-20', asOf: '2026-11-20', findings: ['lifting_trigger' as const] };
    assert.deepEqual(caseOnDay(c, '2026-11-22', 'same'), { ...c, asOf: '2026-11-22', trend: 'same' });
  });
});
