import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Case } from '../src/core/case.ts';
import { addDays } from '../src/core/dates.ts';
import type { Entry } from '../src/core/entry.ts';
import { caseNow } from '../src/core/episode-view.ts';
import { COURSE_SAMPLES } from '../src/core/expected-course.ts';
import { buildSummary } from '../src/core/export/summary.ts';
import { patientFlags } from '../src/core/flags.ts';
import { enApp } from '../src/core/knowledge/text/en/app.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import {
  caseAtLatest,
  caseOnDay,
  expectedCourse,
  expectedOnDay,
  expectedPain,
  type Progress,
  painByDay,
  progress,
  ratingTrend,
  seeDoctorPrompt,
} from '../src/core/progress.ts';
import { assess, ruleMessage } from '../src/core/triage.ts';

const EP = '11111111-1111-4111-8111-111111111111';
/** The first check, done on the onset day with nothing to report: self care. */
const checkOn = (onset: string, extra: Partial<Case> = {}): Case => ({
  age: 40,
  onset,
  asOf: onset,
  ...extra,
});
const run = (entries: Entry[], onset: string, asOf: string, c: Case = checkOn(onset)) =>
  progress(entries, onset, asOf, c);
const rulesOf = (p: Progress) => p.seeDoctor?.reasons.map((r) => r.rule) ?? [];
let n = 0;
function entry(date: string, fields: Partial<Entry> = {}): Entry {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { id, episodeId: EP, recordedAt: `${date}T09:00:00.000Z`, date, ...fields };
}

describe('the expected course as progress reads it (Costa 2012, scaled to 0-10)', () => {
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
  it('a person improving faster than expected is ahead and gets no doctor prompt', () => {
    const p = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-22', { pain: 5 })],
      '2026-11-20',
      '2026-11-22',
    );
    assert.equal(p.trend, 'better');
    assert.equal(p.standing, 'ahead');
    assert.equal(p.onTrack, true);
    assert.deepEqual(p.prompts, []);
  });
  it('a day-2 check-in of "same" prompts a doctor visit, with the triage’s own reason', () => {
    const p = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-22', { checkIn: 'same' })],
      '2026-11-20',
      '2026-11-22',
    );
    assert.equal(p.trend, 'same');
    assert.deepEqual(
      p.prompts.map((x) => [x.id, x.disposition]),
      [['see_doctor', 'gp_soon']],
    );
    assert.deepEqual(rulesOf(p), ['no_improvement_48h']);
    assert.equal(p.seeDoctor?.basis, 'check_in');
    assert.equal(p.seeDoctor?.asOf, '2026-11-22');
  });
  it('a later check-in outweighs the ratings', () => {
    const p = run(
      [
        entry('2026-11-20', { pain: 7 }),
        entry('2026-11-21', { pain: 4 }),
        entry('2026-11-21', { checkIn: 'worse' }),
      ],
      '2026-11-20',
      '2026-11-21',
    );
    assert.equal(p.trend, 'worse');
    assert.ok(p.prompts.some((x) => x.id === 'getting_worse' && x.disposition === undefined));
    assert.equal(p.seeDoctor, undefined, 'not before 48 hours: the contract waits two days');
  });
  it('pain lasting a week prompts a doctor visit unless it has gone or is low and easing (contract v3)', () => {
    const hurting = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-27', { pain: 5 })],
      '2026-11-20',
      '2026-11-27',
    );
    assert.deepEqual(rulesOf(hurting), ['persisting_one_week']);
    const settling = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-27', { pain: 2 })],
      '2026-11-20',
      '2026-11-27',
    );
    assert.equal(settling.seeDoctor, undefined);
    const gone = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-27', { pain: 0 })],
      '2026-11-20',
      '2026-11-27',
    );
    assert.equal(gone.seeDoctor, undefined);
  });
  it('after two weeks, pain well above the person’s expected course is off course, said as information', () => {
    const p = run(
      [entry('2026-11-01', { pain: 6 }), entry('2026-11-15', { pain: 6 })],
      '2026-11-01',
      '2026-11-15',
    );
    assert.equal(p.course, 'slower');
    assert.equal(p.onTrack, false);
    assert.ok(p.prompts.some((x) => x.id === 'off_course' && x.disposition === undefined));
    assert.ok(p.prompts.some((x) => x.id === 'keep_moving' && x.disposition === undefined));
    assert.deepEqual(
      rulesOf(p),
      ['persisting_one_week', 'no_improvement_48h'],
      'the doctor prompt is the triage’s',
    );
  });
  it('ignores entries from before onset or after the day asked about', () => {
    const p = run(
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
    const p = run(
      [entry('2026-11-01', { pain: 6 }), entry('2026-11-15', { checkIn: 'worse', pain: 8 })],
      '2026-11-01',
      '2026-11-15',
    );
    assert.deepEqual(
      p.prompts.map((x) => x.id),
      ['see_doctor', 'getting_worse', 'off_course', 'keep_moving'],
    );
    for (const x of p.prompts) assert.ok(x.sources.length > 0, x.id);
  });
  it('says nothing about movement while a doctor is to see the person today', () => {
    const p = run(
      [entry('2026-11-01', { pain: 6 }), entry('2026-11-15', { pain: 6 })],
      '2026-11-01',
      '2026-11-15',
      checkOn('2026-11-01', { findings: ['fever'] }),
    );
    assert.equal(p.seeDoctor?.disposition, 'urgent');
    assert.ok(!p.prompts.some((x) => x.id === 'keep_moving'));
  });
});

/** Every sentence the Progress screen shows for a result: the standing line, each prompt and each reason. */
function shown(p: Progress): string[] {
  return [
    p.standing === 'see_doctor' && p.course ? enApp.progress.courseBesideDoctor[p.course] : '',
    p.standing ? enApp.progress.standing[p.standing] : '',
    ...p.prompts.map((x) => (x.id === 'see_doctor' ? '' : en.prompts[x.id])),
    ...(p.seeDoctor?.reasons.map((r) => ruleMessage(r, en)) ?? []),
  ];
}

describe('one story of progress: the chart, the standing line and the prompts agree', () => {
  it('day 3, pain 7 then 7: a prompt to see a doctor with its reason, and "on track" nowhere', () => {
    const p = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-23', { pain: 7 })],
      '2026-11-20',
      '2026-11-23',
    );
    assert.equal(p.day, 3);
    assert.equal(p.trend, 'same');
    assert.equal(p.standing, 'see_doctor');
    assert.equal(p.onTrack, false);
    assert.deepEqual(rulesOf(p), ['no_improvement_48h']);
    assert.equal(p.seeDoctor?.basis, 'ratings');
    for (const line of shown(p)) assert.doesNotMatch(line, /on track/i);
    assert.match(shown(p).join(' '), /talk to a doctor/);
    assert.ok(shown(p).includes(en.rules.no_improvement_48h), 'the reason in the catalogue’s words');
  });

  it('day 3, pain 7 then 6: on track, no prompt, and the line says so', () => {
    const p = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-23', { pain: 6 })],
      '2026-11-20',
      '2026-11-23',
    );
    assert.equal(p.trend, 'better');
    assert.equal(p.standing, 'on_track');
    assert.equal(p.onTrack, true);
    assert.deepEqual(p.prompts, []);
    assert.match(shown(p).join(' '), /on track/);
  });

  it('day 3, pain 7 then 4: ahead of the course, and the line says so', () => {
    const p = run(
      [entry('2026-11-20', { pain: 7 }), entry('2026-11-23', { pain: 4 })],
      '2026-11-20',
      '2026-11-23',
    );
    assert.equal(p.standing, 'ahead');
    assert.equal(p.course, 'ahead');
    assert.match(shown(p).join(' '), /ahead of the usual course/);
  });

  it('no prompt outlives its reason: the day-2 "not eased" prompt is gone on day 8 after a "better" check-in', () => {
    const diary = [
      entry('2026-11-20', { pain: 7 }),
      entry('2026-11-22', { pain: 7 }),
      entry('2026-11-22', { checkIn: 'same' }),
    ];
    const day2 = run(diary, '2026-11-20', '2026-11-22');
    assert.deepEqual(rulesOf(day2), ['no_improvement_48h']);
    const later = [...diary, entry('2026-11-27', { pain: 3 }), entry('2026-11-27', { checkIn: 'better' })];
    const day8 = run(later, '2026-11-20', '2026-11-28');
    assert.equal(day8.seeDoctor, undefined);
    assert.ok(!day8.prompts.some((x) => x.disposition));
    assert.equal(day8.standing, 'ahead', 'ahead of the course, and said so after day 7');
    assert.match(shown(day8).join(' '), /ahead of the usual course/);
  });

  it('"on track" can show after day 7', () => {
    const p = run(
      [
        entry('2026-11-20', { pain: 3 }),
        entry('2026-11-29', { pain: 2 }),
        entry('2026-11-29', { checkIn: 'better' }),
      ],
      '2026-11-20',
      '2026-11-30',
    );
    assert.equal(p.day, 10);
    assert.equal(p.standing, 'on_track');
    assert.match(shown(p).join(' '), /on track/);
  });

  it('ahead of the course but still in pain after a week: the doctor prompt gives the week as its reason', () => {
    const p = run(
      [
        entry('2026-11-20', { pain: 8 }),
        entry('2026-11-28', { pain: 5 }),
        entry('2026-11-28', { checkIn: 'better' }),
      ],
      '2026-11-20',
      '2026-11-28',
    );
    assert.equal(p.course, 'ahead');
    assert.equal(p.standing, 'see_doctor');
    assert.deepEqual(rulesOf(p), ['persisting_one_week']);
    assert.equal(p.seeDoctor?.painNow, 5);
    const words = shown(p).join(' ');
    assert.match(words, /lower than most people’s/);
    assert.doesNotMatch(words, /on track/i);
  });

  it('a sign in the episode’s case brings the prompt before any diary entry, judged on the check', () => {
    const c = checkOn('2026-11-20', { findings: ['thoracic_pain'] });
    const p = run([], '2026-11-20', '2026-11-21', c);
    assert.deepEqual(rulesOf(p), ['thoracic_pain']);
    assert.equal(p.seeDoctor?.basis, 'check');
  });

  it('Today and Progress read one function: the prompt is seeDoctorPrompt of the same data', () => {
    const c = checkOn('2026-11-20');
    const diary = [entry('2026-11-20', { pain: 7 }), entry('2026-11-23', { pain: 7 })];
    assert.deepEqual(
      run(diary, '2026-11-20', '2026-11-23', c).seeDoctor,
      seeDoctorPrompt(c, diary, '2026-11-23'),
    );
  });

  it('the case at the latest data takes the check-in’s own rating first, and no stale pain', () => {
    const c = checkOn('2026-11-20', { painNow: 8 });
    const latest = caseAtLatest(
      c,
      [entry('2026-11-27', { pain: 6 }), entry('2026-11-27', { pain: 2, checkIn: 'better' })],
      '2026-11-28',
    );
    assert.deepEqual(latest.case, { ...c, asOf: '2026-11-27', trend: 'better', painNow: 2 });
    const noRating = caseAtLatest(c, [entry('2026-11-27', { checkIn: 'better' })]);
    assert.equal(noRating.case.painNow, undefined, 'day 0’s pain is not day 7’s');
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
    const p = run(
      [entry('2026-11-21', { pain: 8 }), entry('2026-11-30', { pain: 6 })],
      '2026-11-20',
      '2026-11-30',
    );
    assert.equal(p.expectedToday, expectedOnDay(days, 10));
    assert.equal(p.expectedToday, Math.round(((8 * expectedPain(10)) / expectedPain(1)) * 10) / 10);
  });

  it('before any rating the course is the average one (log-linear: 5.0 on day 2, not 5.1)', () => {
    assert.deepEqual(expectedCourse([], 2), [
      { day: 0, pain: 5.2 },
      { day: 1, pain: 5.1 },
      { day: 2, pain: 5 },
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
        const asOf = addDays(onset, asOfDay);
        const p = run(entries, onset, asOf);
        const seeDoctor = p.prompts.some((x) => x.disposition !== undefined);
        assert.equal(p.standing === 'see_doctor', seeDoctor);
        assert.equal(seeDoctor, p.seeDoctor !== undefined);
        assert.deepEqual(
          p.seeDoctor,
          seeDoctorPrompt(checkOn(onset), entries, asOf),
          'Today’s prompt is the same',
        );
        assert.equal(p.onTrack === true, p.standing === 'on_track' || p.standing === 'ahead');
        if (seeDoctor) for (const line of shown(p)) assert.doesNotMatch(line, /on track/i);
        if (p.onTrack) assert.notEqual(p.trend, 'worse');
        if (p.seeDoctor) assert.ok(p.seeDoctor.asOf <= asOf, 'judged on data it was given');
        if (p.latest && p.expectedToday !== undefined) {
          const course = expectedCourse(p.days, p.latest.day);
          assert.equal(p.expectedToday, course.at(-1)?.pain, 'the line and the chart read one course');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('Today’s plan tells the same story', () => {
  it('on the day of the latest data, the plan’s triage and the see-a-doctor prompt agree (property)', () => {
    const onset = '2026-11-01';
    const episode = {
      id: EP,
      onset,
      case: checkOn(onset),
      createdAt: `${onset}T08:00:00.000Z`,
      updatedAt: `${onset}T08:00:00.000Z`,
    };
    const settings = { wakeTime: '08:00', sleepTime: '21:00', reminders: false, emergencyNumber: '112' };
    const diary = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 20 }),
        pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        checkIn: fc.option(fc.constantFrom('better' as const, 'same' as const, 'worse' as const), {
          nil: undefined,
        }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(diary, (rows) => {
        const entries = rows.map((row) =>
          entry(addDays(onset, row.day), {
            ...(row.pain !== undefined ? { pain: row.pain } : {}),
            ...(row.checkIn ? { checkIn: row.checkIn } : {}),
          }),
        );
        const last = entries
          .filter((e) => e.pain !== undefined || e.checkIn)
          .reduce((a, e) => (e.date > a ? e.date : a), onset);
        const plan = assess(caseNow(episode, entries, last, settings));
        assert.equal(
          plan.disposition,
          seeDoctorPrompt(episode.case, entries, last)?.disposition ?? 'self_care',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('day 8 after a "better" check-in at pain 2: the plan no longer sends the person to a doctor', () => {
    const episode = {
      id: EP,
      onset: '2026-11-20',
      case: checkOn('2026-11-20', { painNow: 7 }),
      createdAt: '2026-11-20T08:00:00.000Z',
      updatedAt: '2026-11-20T08:00:00.000Z',
    };
    const entries = [entry('2026-11-27', { pain: 2 }), entry('2026-11-27', { checkIn: 'better' })];
    const settings = { wakeTime: '08:00', sleepTime: '21:00', reminders: false, emergencyNumber: '112' };
    assert.equal(assess(caseNow(episode, entries, '2026-11-28', settings)).disposition, 'self_care');
  });
});

describe('bounded by the entries, never by the days between dates', () => {
  const onset = '0100-01-01';
  const end = '9999-12-31';
  const farCase = checkOn(onset);
  const far = [
    entry(onset, { pain: 8 }),
    entry(end, { pain: 2 }),
    entry(end, { checkIn: 'better' }),
    entry(end, { note: 'still here' }),
  ];

  it('an episode from 0100-01-01 with entries on its first day and on 9999-12-31 gives two days, not millions', () => {
    const p = run(far, onset, end, farCase);
    assert.equal(p.day, 3_615_899);
    assert.deepEqual(
      p.days.map((d) => [d.day, d.pain]),
      [
        [0, 8],
        [3_615_899, 2],
      ],
    );
    assert.equal(p.seeDoctor, undefined, 'better and pain 2: nothing persists');
    assert.equal(p.expectedToday, 0.9, 'flat at 8 x 6/52 after a year');
    assert.ok(JSON.stringify(p).length < 2_000, 'the result stays small');
    const course = expectedCourse(p.days, p.day);
    assert.ok(course.length <= COURSE_SAMPLES + 6, `${course.length} points`);
  });

  it('the output grows with the entries: a thousand ratings across ten millennia give a thousand days', () => {
    const many = Array.from({ length: 1000 }, (_, i) => entry(addDays(onset, i * 3_600), { pain: i % 11 }));
    const p = run(many, onset, end, farCase);
    assert.equal(p.days.length, 1000);
    assert.ok(expectedCourse(p.days, p.day).length <= COURSE_SAMPLES + 6);
  });

  it('the summary and the flags that call progress stay as small: the live diary leaves out rows outside the date window', () => {
    const episode = {
      id: EP,
      onset,
      case: farCase,
      createdAt: `${onset}T09:00:00.000Z`,
    } as unknown as Parameters<typeof buildSummary>[0]['episode'];
    const s = buildSummary({ episode, entries: far, today: end, words: en });
    // Rows stored before the window existed (years 0100 and 9999) are skipped by every reader (core/diary.ts).
    assert.equal(s.pain.length, 0);
    assert.ok(s.expected.length <= COURSE_SAMPLES + 6, `${s.expected.length} points`);
    const f = patientFlags([episode], far, end);
    assert.equal(f.latestPain, null);
    assert.equal(f.notImproving, false);
    assert.equal(f.disposition, null, 'an episode whose onset is outside the window is skipped too');
  });
});

describe('the case on a check-in day', () => {
  it('keeps the answers and takes the new date and trend', () => {
    const c = { age: 40, onset: '2026-11-20', asOf: '2026-11-20', findings: ['lifting_trigger' as const] };
    assert.deepEqual(caseOnDay(c, '2026-11-22', 'same'), { ...c, asOf: '2026-11-22', trend: 'same' });
  });
});
