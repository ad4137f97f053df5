import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentEntries, type Entry, entrySchema } from '../src/core/entry.ts';
import { caseNow } from '../src/core/episode-view.ts';
import { COURSE_SAMPLES, expectedPain } from '../src/core/expected-course.ts';
import {
  buildSummary,
  expectedOn,
  stageInBrief,
  summaryInWords,
  whatToTell,
} from '../src/core/export/summary.ts';
import { currentActivities, functionSeries, nextRatingDue, ratingIsDue } from '../src/core/function-scale.ts';
import { screenedFindings } from '../src/core/knowledge/questions.ts';
import { enExport as wordsEn } from '../src/core/knowledge/text/en/export.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { es } from '../src/core/knowledge/text/es/index.ts';
import { type DayPain, expectedCourse } from '../src/core/progress.ts';
import { assess } from '../src/core/triage.ts';
import {
  activities,
  aDiary,
  aGpDay10,
  anEpisode,
  GP_ONSET,
  GP_TODAY,
  notes,
  ONSET,
  TODAY,
  uuid,
} from './export-diary.ts';

const episode = anEpisode();
const entries = aDiary(episode);
const summary = buildSummary({ episode, entries, today: TODAY, words: en });
const rating = (date: string, scores: [string, number][], n = 900): Entry => ({
  id: uuid(n),
  episodeId: episode.id,
  recordedAt: `${date}T09:00:00.000Z`,
  date,
  functionScale: scores.map(([activity, score]) => ({ activity, score })),
});

describe('the clinician summary model', () => {
  it("lists every screening question of the flow with the person's own answer", () => {
    const shown = summary.stages.flatMap((s) => s.questions);
    assert.deepEqual(
      shown.map((q) => q.id),
      screenedFindings.map((q) => q.finding),
    );
    for (const q of shown) assert.equal(q.answer, episode.answers?.[q.id] ?? 'not_asked', q.id);
    assert.equal(shown.find((q) => q.id === 'night_pain_unrelieved')?.answer, 'unsure');
    // Thin bones are asked only after a fall, a lift or a sudden movement: this person lifted.
    assert.equal(shown.find((q) => q.id === 'osteoporosis')?.answer, 'no');
    assert.equal(shown.find((q) => q.id === 'morning_stiffness_long')?.answer, 'no');
  });

  it('says how it started from the answers', () => {
    assert.deepEqual(summary.startedBy, ['Began while lifting', 'Has had back spasms before']);
  });

  it('shows the advice at the first check and again at each check-in', () => {
    assert.deepEqual(
      summary.course.map((s) => [s.date, s.trend ?? null]),
      [
        ['2026-10-02', null],
        ['2026-10-03', 'same'],
        ['2026-10-08', 'better'],
        ['2026-10-15', 'better'],
        ['2026-10-29', 'better'],
      ],
    );
    assert.equal(summary.course[0]?.disposition, 'self_care');
    // Two days on and no better: the engine's own rule asks for a doctor.
    assert.equal(summary.course[1]?.disposition, 'gp_soon');
  });

  it('charts the daily pain of the live diary beside the expected course', () => {
    assert.equal(summary.pain.length, 42);
    const first = currentEntries(entries).filter((e) => e.date === ONSET && e.pain !== undefined);
    assert.equal(
      summary.pain[0]?.pain,
      Math.round((first.reduce((s, e) => s + (e.pain ?? 0), 0) / first.length) * 10) / 10,
    );
    // The course is the one the app draws and judges by: the average course scaled to the first rating.
    assert.deepEqual(summary.expected, expectedCourse(summary.pain, summary.chartDays));
    assert.equal(summary.expected[0]?.pain, summary.pain[0]?.pain, 'it starts at the first rating');
    assert.equal(summary.expected.at(-1)?.day, summary.chartDays, 'and runs to the chart’s end');
    assert.ok(summary.expected.length <= COURSE_SAMPLES + 6, 'in a bounded number of points');
    const latest = summary.progress.latest;
    assert.ok(latest);
    assert.equal(
      expectedOn(summary, latest.day),
      Math.round(expectedPain(summary.pain[0] as DayPain, latest.day) * 10) / 10,
    );
  });

  it('counts treatments and exercises from the live entries, and the days a medicine was taken', () => {
    const live = currentEntries(entries);
    const ice = summary.treatments.find((t) => t.treatment === 'ice');
    assert.equal(ice?.times, live.filter((e) => e.treatments?.includes('ice')).length);
    assert.equal(ice?.minutes, 60);
    assert.ok(summary.treatments.some((t) => t.treatment === 'exercise'));
    // The diary's medicine on 2026-10-02 was deleted, so it is not counted.
    assert.deepEqual(summary.medicineDates, ['2026-10-04', '2026-10-06']);
  });

  it('carries every note and every rated activity', () => {
    assert.deepEqual(
      summary.notes.map((n) => n.text),
      Object.values(notes),
    );
    assert.deepEqual(
      summary.activities.map((a) => a.activity),
      activities,
    );
    assert.equal(summary.activities[0]?.points.length, 6);
  });

  it('leaves out entries of other episodes and entries after today', () => {
    const other = { ...(entries[10] as Entry), id: uuid(990), episodeId: uuid(2), note: 'Another episode' };
    const later = { ...(entries[10] as Entry), id: uuid(991), date: '2026-12-30', note: 'In the future' };
    const s = buildSummary({ episode, entries: [...entries, other, later], today: TODAY, words: en });
    assert.deepEqual(s.notes, summary.notes);
  });
});

describe('what to tell them', () => {
  const lines = whatToTell(summary, en.export);

  it("uses the person's own answers: how it started, what they were unsure of, their pain", () => {
    assert.match(
      lines[0] ?? '',
      /^It started on Thu 1 Oct \(41 days ago\): began while lifting and has had back spasms before\.$/,
    );
    assert.ok(lines.includes('You were not sure about: Constant night pain. Say so; they can check.'));
    assert.ok(lines.some((l) => /^Your pain was \d+(\.\d)? out of 10 on Wed 11 Nov\.$/.test(l)));
    assert.ok(lines.includes('You have had back spasms like this before.'));
  });

  it('names each warning sign answered yes', () => {
    const withSign = {
      ...episode,
      answers: { ...episode.answers, fever: 'yes' as const, leg_weakness: 'yes' as const },
    };
    const l = whatToTell(buildSummary({ episode: withSign, entries, today: TODAY, words: en }), en.export);
    assert.ok(l.includes('You answered yes to: Fever and New weakness in one leg.'));
    assert.ok(!lines.some((x) => x.startsWith('You answered yes')));
  });

  it('never states a medicine dose in any exporter sentence', () => {
    const text =
      JSON.stringify(wordsEn) +
      lines.join(' ') +
      Object.values(wordsEn.tell)
        .map((f) => (typeof f === 'function' ? f.toString() : f))
        .join(' ');
    assert.doesNotMatch(text, /\d+\s*(mg|milligram|ml|tablet|pill)s?\b/i);
  });
});

describe('the Patient-Specific Functional Scale', () => {
  it('is stored on an entry as up to five named activities rated 0-10', () => {
    assert.equal(entrySchema.safeParse(rating('2026-11-01', [['Socks', 3]])).success, true);
    const six = rating(
      '2026-11-01',
      ['a', 'b', 'c', 'd', 'e', 'f'].map((a) => [a, 5] as [string, number]),
    );
    assert.equal(entrySchema.safeParse(six).success, false);
    assert.equal(entrySchema.safeParse(rating('2026-11-01', [['Socks', 11]])).success, false);
    assert.equal(
      entrySchema.safeParse(
        rating('2026-11-01', [
          ['Socks', 3],
          ['socks', 4],
        ]),
      ).success,
      false,
    );
    assert.equal(entrySchema.safeParse(rating('2026-11-01', [['  ', 4]])).success, false);
  });

  it('is due at the start, then a week after the last rating', () => {
    assert.equal(nextRatingDue([], '2026-11-01'), '2026-11-01');
    const rated = [rating('2026-11-01', [['Socks', 3]]), rating('2026-11-05', [['Socks', 4]], 901)];
    assert.equal(nextRatingDue(rated, '2026-11-01'), '2026-11-12');
    assert.equal(ratingIsDue(rated, '2026-11-01', '2026-11-11'), false);
    assert.equal(ratingIsDue(rated, '2026-11-01', '2026-11-12'), true);
  });

  it('follows each activity over time, asking next about the latest set', () => {
    const rated = [
      rating(
        '2026-11-08',
        [
          ['Socks', 6],
          ['Driving', 4],
        ],
        902,
      ),
      rating('2026-11-01', [['Socks', 3]], 903),
    ];
    assert.deepEqual(functionSeries(rated), [
      {
        activity: 'Socks',
        points: [
          { date: '2026-11-01', score: 3 },
          { date: '2026-11-08', score: 6 },
        ],
      },
      { activity: 'Driving', points: [{ date: '2026-11-08', score: 4 }] },
    ]);
    assert.deepEqual(currentActivities(rated), ['Socks', 'Driving']);
  });
});

describe("a summary that leads with today's advice", () => {
  const gp = aGpDay10();
  const day10 = buildSummary({ ...gp, today: GP_TODAY, words: en });
  const said = summaryInWords(day10, en.export);

  it("heads the page with the advice the person's app gives today, dated and counted from onset", () => {
    const app = assess(
      caseNow(gp.episode, gp.entries, GP_TODAY, {
        wakeTime: '07:00',
        sleepTime: '22:00',
        reminders: false,
        emergencyNumber: '112',
      }),
    );
    assert.equal(day10.advice.disposition, app.disposition);
    assert.equal(day10.advice.disposition, 'gp_soon');
    assert.equal(day10.advice.date, GP_TODAY);
    assert.equal(day10.advice.day, 10);
    assert.equal(
      said.headline,
      'Advice on Sun, 6 Dec 2026 (day 10): See a doctor or physiotherapist within a week',
    );
    // The reasons in brief, most urgent first: the fever the person was not sure of leads.
    assert.match(said.why, /^Why: You were not sure about: fever\. The pain has lasted a week or more/);
    assert.equal(
      said.pain,
      'Pain 7/10 on day 0, 6/10 on day 10 (expected course by then: 5.8); at the latest check-in, day 9, felt worse.',
    );
    const none = summaryInWords(buildSummary({ ...gp, entries: [], today: GP_TODAY, words: en }), en.export);
    assert.equal(none.pain, undefined, 'no ratings, no pain line');
  });

  it('lists the advice history as changes only: one line from day 2, however many check-ins kept it', () => {
    assert.deepEqual(
      day10.course.map((st) => [st.day, st.at, st.disposition]),
      [
        [1, 'check', 'self_care'],
        [2, 'check_in', 'gp_soon'],
        [7, 'check_in', 'gp_soon'],
        [9, 'check_in', 'gp_soon'],
      ],
    );
    assert.deepEqual(
      day10.changes.map((c) => [c.from.day, c.from.disposition, c.kept.map((k) => k.day)]),
      [
        [1, 'self_care', []],
        [2, 'gp_soon', [7, 9]],
      ],
    );
    const lines = said.changes.map((c) => `${c.when} ${c.advice}`);
    assert.deepEqual(lines, [
      'From day 1 (Fri 27 Nov), first check: Self-care',
      'From day 2 (Sat 28 Nov), check-in, felt the same: See a doctor or physiotherapist within a week',
    ]);
    assert.equal(
      said.changes[1]?.kept,
      'Unchanged at the check-ins on day 7 (felt the same) and day 9 (felt worse).',
    );
  });

  it('after day 7 names "see a doctor" once in the history, and adds today only when the advice changed', () => {
    const long = summaryInWords(summary, en.export);
    const seeDoctor = long.changes.filter((c) => c.advice === en.export.disposition.gp_soon);
    assert.equal(seeDoctor.length, 1, 'four check-ins with the same advice are one change');
    assert.deepEqual(
      summary.changes.map((c) => [c.from.at, c.from.day, c.from.disposition]),
      [
        ['check', 1, 'self_care'],
        ['check_in', 2, 'gp_soon'],
        ['today', 41, 'self_care'],
      ],
    );
    assert.equal(summary.advice.disposition, 'self_care');
    assert.equal(long.changes.at(-1)?.when, 'From day 41 (Wed 11 Nov), today, on the latest diary:');
  });

  it('shows each warning sign with when it was reported: the first check, or the check-in of its day', () => {
    assert.deepEqual(day10.signs, [
      { finding: 'night_pain_unrelieved', label: 'Constant night pain', answer: 'unsure' },
      {
        finding: 'fever',
        label: 'Fever',
        answer: 'unsure',
        checkIn: { date: '2026-12-03', day: 7 },
      },
    ]);
    assert.equal(
      said.signs,
      'Warning signs reported: Constant night pain: not sure (first check); Fever: not sure (check-in on day 7, Thu 3 Dec).',
    );
    const questions = day10.stages.flatMap((st) => st.questions);
    assert.deepEqual(questions.find((q) => q.id === 'fever')?.checkIn, { date: '2026-12-03', day: 7 });
    assert.equal(questions.find((q) => q.id === 'night_pain_unrelieved')?.checkIn, undefined);
    assert.equal(summaryInWords(summary, en.export).signs.includes('check-in'), false);
  });

  it('does not let a sign reported at a later check-in raise the advice of the steps before it', () => {
    // Not sure of a fever is "see a doctor soon" on its own: had the first check known it, it would say so.
    const knownAtFirst = {
      ...gp.episode,
      reportedOn: {},
    };
    const early = buildSummary({ episode: knownAtFirst, entries: [], today: '2026-11-27', words: en });
    assert.equal(early.course[0]?.disposition, 'gp_soon');
    const later = buildSummary({ ...gp, entries: [], today: '2026-11-27', words: en });
    assert.equal(later.course[0]?.disposition, 'self_care');
  });

  it('names each medicine with the days it was taken, and the days one was ticked without a name', () => {
    assert.deepEqual(
      day10.medicines.map((m) => [m.id ?? null, m.name ?? null, m.dates.length]),
      [
        ['ibuprofen', 'Ibuprofen', 5],
        [null, 'Paracetamol', 2],
        [null, null, 1],
      ],
    );
    assert.deepEqual(said.medicines, [
      'Ibuprofen: 5 days (27\u2009–\u200930 Nov, 2 Dec)',
      'Paracetamol: 2 days (28\u2009–\u200929 Nov)',
      'A medicine, not named: 1 day (4 Dec)',
    ]);
    assert.equal(day10.medicineDates.length, 6);
    assert.ok(
      whatToTell(day10, en.export).includes(
        'You noted taking Ibuprofen and Paracetamol on 6 days: say how much you took, from the packet.',
      ),
    );
  });

  it('prints lines to fill in for a name and date of birth not given, and the ones given', () => {
    assert.deepEqual(said.patient, [
      'Name: ________________________________',
      'Date of birth: ________________',
    ]);
    const named = buildSummary({
      ...gp,
      today: GP_TODAY,
      words: en,
      patient: { displayName: 'Alex Morgan', birthDate: '1974-05-17' },
    });
    assert.deepEqual(summaryInWords(named, en.export).patient, [
      'Name: Alex Morgan',
      'Date of birth: 17 May 1974',
    ]);
  });

  it('folds the screening items never asked into one line per stage', () => {
    const soon = day10.stages.find((st) => st.stage === 'soon');
    assert.ok(soon);
    const brief = stageInBrief(soon);
    assert.ok(brief.notAsked.length > 0);
    assert.equal(brief.asked.length + brief.notAsked.length, soon.questions.length);
    assert.ok(brief.asked.every((q) => q.answer !== 'not_asked'));
    assert.equal(
      en.export.summary.notAsked(brief.notAsked, false),
      `Not asked: ${brief.notAsked.join(', ')}.`,
    );
    assert.equal(
      en.export.summary.notAsked(['a', 'b', 'c'], true),
      'Not asked (3 items: the person skipped this step).',
    );
  });

  it("dates the headline on the person's calendar, weekday included", () => {
    assert.equal(GP_ONSET, '2026-11-26');
    for (const [date, long] of [
      ['2026-12-06', 'Sun, 6 Dec 2026'],
      ['2024-02-29', 'Thu, 29 Feb 2024'],
      ['1970-01-01', 'Thu, 1 Jan 1970'],
      ['1969-12-31', 'Wed, 31 Dec 1969'],
    ])
      assert.equal(en.export.summary.longDate(date as string), long);
    assert.equal(en.export.summary.dateRun('2026-12-30', '2027-01-02'), '30 Dec 2026\u2009–\u20092 Jan 2027');
  });
});

describe('numbers and dates in the language of the summary (Intl)', () => {
  const gp = aGpDay10();
  const inEnglish = summaryInWords(buildSummary({ ...gp, today: GP_TODAY, words: en }), en.export);
  const inSpanish = summaryInWords(buildSummary({ ...gp, today: GP_TODAY, words: es }), es.export);

  it('writes the expected course with a decimal point in English and a decimal comma in Spanish', () => {
    assert.match(inEnglish.pain ?? '', /\(expected course by then: 5\.8\)/);
    assert.match(inSpanish.pain ?? '', /\(evolución esperada para entonces: 5,8\)/);
    assert.doesNotMatch(inSpanish.pain ?? '', /\d\.\d/);
    assert.match(en.export.summary.chartLatest(6, 10, 4.5), /the expected course is 4\.5 by then/);
    assert.match(es.export.summary.chartLatest(6, 10, 4.5), /la evolución esperada para entonces es 4,5/);
    assert.match(
      en.export.summary.painInBrief({ day: 0, pain: 6.5 }, undefined, undefined, undefined),
      /Pain 6\.5\/10/,
    );
    assert.match(
      es.export.summary.painInBrief({ day: 0, pain: 6.5 }, undefined, undefined, undefined),
      /6,5\/10/,
    );
  });

  it('writes the dates a person reads in words of the language, never as ISO dates', () => {
    assert.equal(inEnglish.headline.includes('Sun, 6 Dec 2026'), true);
    assert.equal(inSpanish.headline.includes('dom, 6 dic 2026'), true);
    const iso = /\d{4}-\d{2}-\d{2}/;
    for (const said of [inEnglish, inSpanish]) {
      for (const c of said.changes) assert.doesNotMatch(c.when, iso);
      assert.doesNotMatch(said.signs, iso);
    }
    assert.equal(en.export.summary.madeOn('2026-11-25').includes('Wed, 25 Nov 2026'), true);
    assert.equal(es.export.summary.madeOn('2026-11-25').includes('mié, 25 nov 2026'), true);
    assert.equal(en.export.summary.noteDate('2026-11-25'), 'Wed 25 Nov');
    assert.equal(es.export.summary.noteDate('2026-11-25'), 'mié, 25 nov');
    assert.equal(es.export.summary.patientBirthDate('1974-05-17'), 'Fecha de nacimiento: 17 de mayo de 1974');
  });

  it('counts with the plural rules and says how long ago in words (Intl.RelativeTimeFormat)', () => {
    assert.match(en.export.tell.started('2026-12-06', 0, []), /\(today\)/);
    assert.match(en.export.tell.started('2026-12-05', 1, []), /\(yesterday\)/);
    assert.match(en.export.tell.started('2026-12-03', 3, []), /\(3 days ago\)/);
    assert.match(es.export.tell.started('2026-12-05', 1, []), /\(ayer\)/);
    assert.match(es.export.tell.started('2026-12-03', 3, []), /\(hace 3 días\)/);
    assert.equal(en.export.summary.treatmentLine('Rest', 1, 1, 1), 'Rest: once on 1 day, 1 minute in all');
    assert.equal(en.export.summary.treatmentLine('Rest', 2, 2, 0), 'Rest: 2 times on 2 days');
    assert.equal(es.export.summary.treatmentLine('Reposo', 1, 1, 0), 'Reposo: una vez en 1 día');
    assert.match(en.export.summary.earlierNotes(1), /^1 earlier note is/);
    assert.match(en.export.summary.earlierNotes(2), /^2 earlier notes are/);
    assert.match(
      en.export.tell.medicines(['Ibuprofen', 'Paracetamol'], 1),
      /taking Ibuprofen and Paracetamol on 1 day:/,
    );
    assert.match(
      es.export.tell.medicines(['Ibuprofeno', 'Paracetamol'], 2),
      /tomó Ibuprofeno y Paracetamol en 2 días:/,
    );
  });
});
