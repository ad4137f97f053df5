import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentEntries, type Entry, entrySchema } from '../src/core/entry.ts';
import { buildSummary, expectedOn, whatToTell } from '../src/core/export/summary.ts';
import { currentActivities, functionSeries, nextRatingDue, ratingIsDue } from '../src/core/function-scale.ts';
import { screenedFindings } from '../src/core/knowledge/questions.ts';
import { enExport as wordsEn } from '../src/core/knowledge/text/en/export.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { type DayPain, expectedCourse, personalExpectation } from '../src/core/progress.ts';
import { activities, aDiary, anEpisode, notes, ONSET, TODAY, uuid } from './export-diary.ts';

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
    // The course is the one the app draws and judges by (the average course scaled to the first rating),
    // at its corners: the published points and the rated days, where the straight pieces meet.
    const daily = new Map(expectedCourse(summary.pain, summary.chartDays).map((p) => [p.day, p.pain]));
    for (const p of summary.expected) assert.equal(p.pain, daily.get(p.day), `day ${p.day}`);
    assert.equal(summary.expected[0]?.pain, summary.pain[0]?.pain, 'it starts at the first rating');
    assert.equal(summary.expected.at(-1)?.day, summary.chartDays, 'it runs to the end of the chart');
    for (const d of summary.pain)
      assert.ok(
        summary.expected.some((p) => p.day === d.day),
        `rated day ${d.day}`,
      );
    assert.ok(summary.expected.length <= summary.pain.length + 5, 'one point per rated day and corner');
    const latest = summary.progress.latest;
    assert.ok(latest);
    assert.equal(
      expectedOn(summary, latest.day),
      Math.round(personalExpectation(summary.pain[0] as DayPain, latest.day) * 10) / 10,
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
      /^It started on 2026-10-01 \(41 days ago\): began while lifting and has had back spasms before\.$/,
    );
    assert.ok(lines.includes('You were not sure about: Constant night pain. Say so; they can check.'));
    assert.ok(lines.some((l) => /^Your pain was \d+(\.\d)? out of 10 on 2026-11-11\.$/.test(l)));
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
