import type { Case, Trend } from './case.ts';
import { type CalendarDate, daysBetween } from './dates.ts';
import { currentEntries, type Entry } from './entry.ts';
import { compareInstants } from './instant.ts';
import type { SourceId } from './knowledge/sources.ts';

/**
 * The expected course of acute low back pain: mean pain of 52/100 at onset, 23 at six weeks, 12 at 26 weeks
 * and 6 at 52 weeks (Costa et al., CMAJ 2012, 33 cohorts), rescaled to the 0-10 rating the diary uses.
 */
export const publishedCourse: readonly { day: number; pain: number }[] = [
  { day: 0, pain: 5.2 },
  { day: 42, pain: 2.3 },
  { day: 182, pain: 1.2 },
  { day: 364, pain: 0.6 },
];

/** Mean expected pain (0-10) on a day since onset, read off the published points by straight lines. */
export function expectedPain(day: number): number {
  const first = publishedCourse[0] as { day: number; pain: number };
  if (day <= first.day) return first.pain;
  for (let i = 1; i < publishedCourse.length; i++) {
    const a = publishedCourse[i - 1] as { day: number; pain: number };
    const b = publishedCourse[i] as { day: number; pain: number };
    if (day <= b.day) return a.pain + ((b.pain - a.pain) * (day - a.day)) / (b.day - a.day);
  }
  return (publishedCourse[publishedCourse.length - 1] as { pain: number }).pain;
}

export interface DayPain {
  /** Days since onset; the onset day is day 0. */
  day: number;
  date: CalendarDate;
  /** The mean of the day's ratings, to one decimal. */
  pain: number;
  ratings: number;
}

/** Pain by calendar day since onset, from the live diary (edits applied, deletions gone). */
export function painByDay(entries: readonly Entry[], onset: CalendarDate, asOf?: CalendarDate): DayPain[] {
  const byDate = new Map<CalendarDate, number[]>();
  for (const e of currentEntries(entries)) {
    if (e.pain === undefined || e.date < onset || (asOf !== undefined && e.date > asOf)) continue;
    const list = byDate.get(e.date) ?? [];
    list.push(e.pain);
    byDate.set(e.date, list);
  }
  return [...byDate.entries()]
    .map(([date, list]) => ({
      day: daysBetween(onset, date),
      date,
      pain: Math.round((list.reduce((s, p) => s + p, 0) / list.length) * 10) / 10,
      ratings: list.length,
    }))
    .sort((a, b) => a.day - b.day);
}

/** A change of one point or more on the 0-10 scale counts; less is within the noise of a rating. */
export const MEANINGFUL_CHANGE = 1;

/** Better, same or worse: the latest day's pain against the first day's. Undefined with fewer than two days. */
export function ratingTrend(days: readonly DayPain[]): Trend | undefined {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last || first === last) return undefined;
  const change = last.pain - first.pain;
  if (change <= -MEANINGFUL_CHANGE) return 'better';
  if (change >= MEANINGFUL_CHANGE) return 'worse';
  return 'same';
}

/**
 * The pain this person would have today if they followed the average course from their own first rating.
 * Scaling keeps the shape of the published curve while respecting where each person started.
 */
export function personalExpectation(first: DayPain, day: number): number {
  return (first.pain * expectedPain(day)) / expectedPain(first.day);
}

/**
 * The one expected course that the chart, the "on track" judgement and the prompts all read: the published
 * curve scaled to the person's first rating, from the day of that rating on; before any rating, the published
 * curve itself. One point a day, to one decimal.
 */
export function expectedCourse(days: readonly DayPain[], lastDay: number): { day: number; pain: number }[] {
  const first = days[0];
  const from = first?.day ?? 0;
  const points: { day: number; pain: number }[] = [];
  for (let day = from; day <= lastDay; day++) {
    const pain = first ? personalExpectation(first, day) : expectedPain(day);
    points.push({ day, pain: Math.round(pain * 10) / 10 });
  }
  return points;
}

/**
 * Where the person stands, in one word, so no message contradicts a prompt: `see_doctor` whenever any prompt
 * says to see a doctor; otherwise `on_track` or `slower` against their expected course.
 */
export type Standing = 'on_track' | 'slower' | 'see_doctor';

export type PromptId =
  | 'no_improvement_48h'
  | 'persisting_one_week'
  | 'getting_worse'
  | 'off_course'
  | 'keep_moving';

/** A prompt as the engine gives it: an id (its words are the catalogue's `prompts[id]`), level and sources. */
export interface Prompt {
  id: PromptId;
  /** Set when the prompt means "see a doctor": the same level the triage rules use. */
  disposition?: 'gp_soon';
  sources: readonly SourceId[];
}

export interface Progress {
  onset: CalendarDate;
  asOf: CalendarDate;
  day: number;
  days: DayPain[];
  latest?: DayPain;
  /** From the latest check-in when there is one, else from the ratings. */
  trend?: Trend;
  /**
   * True only when the standing is `on_track`: never beside a prompt to see a doctor. Undefined until there
   * are two days of ratings or a prompt to see a doctor.
   */
  onTrack?: boolean;
  standing?: Standing;
  /** The person's expected pain on the day of the latest rating, read off `expectedCourse`. */
  expectedToday?: number;
  prompts: Prompt[];
}

/** Pain at or below this is mild: on track whatever the curve says. */
export const MILD = 2;

/** The newest check-in answer among the entries: the latest day, then the latest recorded that day. */
export function newestCheckIn(entries: readonly Entry[]): Entry | undefined {
  let last: Entry | undefined;
  for (const e of entries) {
    if (
      e.checkIn &&
      (!last ||
        e.date > last.date ||
        (e.date === last.date && compareInstants(e.recordedAt, last.recordedAt) >= 0))
    )
      last = e;
  }
  return last;
}

export function progress(entries: readonly Entry[], onset: CalendarDate, asOf: CalendarDate): Progress {
  const live = currentEntries(entries).filter((e) => e.date >= onset && e.date <= asOf);
  const days = painByDay(live, onset, asOf);
  const day = daysBetween(onset, asOf);
  const first = days[0];
  const latest = days[days.length - 1];
  const trend = newestCheckIn(live)?.checkIn ?? ratingTrend(days);

  let followsCourse: boolean | undefined;
  let expectedToday: number | undefined;
  if (first && latest && latest !== first) {
    expectedToday = expectedCourse(days, latest.day).at(-1)?.pain;
    followsCourse =
      latest.pain <= MILD ||
      (expectedToday !== undefined && latest.pain <= expectedToday + MEANINGFUL_CHANGE);
  }

  const prompts: Prompt[] = [];
  const stillHurts = latest === undefined || latest.pain > 0;
  if (trend === 'worse') {
    prompts.push({
      id: 'getting_worse',
      disposition: 'gp_soon',
      sources: ['nice:ng59', 'article:004'],
    });
  }
  if (day >= 2 && (trend === 'same' || trend === 'worse')) {
    prompts.push({
      id: 'no_improvement_48h',
      disposition: 'gp_soon',
      sources: ['article:001'],
    });
  }
  if (day >= 7 && stillHurts) {
    prompts.push({
      id: 'persisting_one_week',
      disposition: 'gp_soon',
      sources: ['article:001'],
    });
  }
  if (day >= 14 && followsCourse === false) {
    prompts.push({
      id: 'off_course',
      disposition: 'gp_soon',
      sources: ['costa:2012', 'henschke:2008'],
    });
  }
  if (day >= 14 && stillHurts) {
    prompts.push({
      id: 'keep_moving',
      sources: ['article:000'],
    });
  }
  const standing: Standing | undefined = prompts.some((x) => x.disposition)
    ? 'see_doctor'
    : followsCourse === undefined
      ? undefined
      : followsCourse
        ? 'on_track'
        : 'slower';
  const result: Progress = { onset, asOf, day, days, prompts };
  if (latest) result.latest = latest;
  if (trend) result.trend = trend;
  if (standing) {
    result.standing = standing;
    result.onTrack = standing === 'on_track';
  }
  if (expectedToday !== undefined) result.expectedToday = expectedToday;
  return result;
}

/** The case as it stands on a check-in day: same answers, today's date, the trend the person just gave. */
export function caseOnDay(c: Case, asOf: CalendarDate, trend?: Trend): Case {
  const next: Case = { ...c, asOf };
  if (trend) next.trend = trend;
  return next;
}
