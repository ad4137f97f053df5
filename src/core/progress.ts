import type { Case, Trend } from './case.ts';
import { type CalendarDate, daysBetween } from './dates.ts';
import { currentEntries, type Entry } from './entry.ts';
import {
  averagePain,
  type CoursePoint,
  coursePoints,
  expectedCourseSource,
  expectedPain as expectedFor,
  oneDecimal,
} from './expected-course.ts';
import { compareInstants } from './instant.ts';
import type { Disposition } from './knowledge/dispositions.ts';
import type { SourceId } from './knowledge/sources.ts';
import { assess, type FiredRule } from './triage.ts';

/** The average course (0-10) on a day since onset: `averagePain` of the one expected course (expected-course.ts). */
export const expectedPain = averagePain;

export interface DayPain {
  /** Days since onset; the onset day is day 0. */
  day: number;
  date: CalendarDate;
  /** The mean of the day's ratings, to one decimal. */
  pain: number;
  ratings: number;
}

/**
 * Pain by calendar day since onset, from the live diary (edits applied, deletions gone). One row per day that
 * holds a rating: the work and the output grow with the entries, never with the days between them.
 */
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
      pain: oneDecimal(list.reduce((s, p) => s + p, 0) / list.length),
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
 * The person's expected course to `lastDay`, as points to draw: the published curve scaled to their first
 * rating, from the day of that rating on; before any rating, the average course. A bounded number of points
 * (see `coursePoints`), to one decimal.
 */
export function expectedCourse(days: readonly DayPain[], lastDay: number): CoursePoint[] {
  return coursePoints(days[0], lastDay);
}

/** The person's expected pain on `day` (to one decimal): the value the chart, the table and the judgement read. */
export function expectedOnDay(days: readonly DayPain[], day: number): number {
  return oneDecimal(expectedFor(days[0], day));
}

/** Where the ratings stand against the expected course alone, whatever any prompt says. */
export type CourseStanding = 'ahead' | 'on_track' | 'slower';

/**
 * Where the person stands, in one word, so no line contradicts a prompt: `see_doctor` whenever the triage of
 * the latest data says to see a doctor; otherwise their course standing.
 */
export type Standing = CourseStanding | 'see_doctor';

/** The cards Progress shows; `see_doctor` carries the triage's reasons, the others are the catalogue's `prompts[id]`. */
export type PromptId = 'see_doctor' | WordedPromptId;
/** The prompts whose words are the catalogue's `prompts[id]`. */
export type WordedPromptId = 'getting_worse' | 'off_course' | 'keep_moving';

/** A prompt as the engine gives it: an id, the level when it means "see a doctor", and its sources. */
export interface Prompt {
  id: PromptId;
  /** Set only on `see_doctor`: the disposition of the triage behind it. */
  disposition?: Exclude<Disposition, 'self_care'>;
  sources: readonly SourceId[];
}

/**
 * The "see a doctor" prompt: the triage (contract v3) of the episode's case as the latest data leaves it
 * (`caseAtLatest`), with every rule that fired. Its words are each rule's catalogue message.
 */
export interface SeeDoctor {
  disposition: Exclude<Disposition, 'self_care'>;
  /** The day of the data it was judged on, and where that data came from. */
  asOf: CalendarDate;
  day: number;
  basis: 'check' | 'check_in' | 'ratings';
  trend?: Trend;
  painNow?: number;
  reasons: FiredRule[];
}

export interface Progress {
  onset: CalendarDate;
  asOf: CalendarDate;
  day: number;
  days: DayPain[];
  latest?: DayPain;
  /** The trend the latest data gives: the latest check-in's answer, or the ratings when they are newer. */
  trend?: Trend;
  /**
   * True when the standing is `on_track` or `ahead`: never beside a prompt to see a doctor or a "worse".
   * Undefined until there are two days of ratings or a prompt to see a doctor.
   */
  onTrack?: boolean;
  standing?: Standing;
  /** The ratings against the expected course alone (two days of ratings needed). */
  course?: CourseStanding;
  /** The person's expected pain on the day of the latest rating, read off the one expected course. */
  expectedToday?: number;
  /** The triage of the latest data, when it says to see a doctor. */
  seeDoctor?: SeeDoctor;
  prompts: Prompt[];
}

/** Pain at or below this is mild: never "slower" whatever the curve says. */
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

/** The case as it stands on a check-in day: same answers, today's date, the trend the person just gave. */
export function caseOnDay(c: Case, asOf: CalendarDate, trend?: Trend): Case {
  const next: Case = { ...c, asOf };
  if (trend) next.trend = trend;
  return next;
}

/** The case as the latest data leaves it, and where that data came from. */
export interface LatestCase {
  case: Case;
  basis: SeeDoctor['basis'];
}

/**
 * The episode's case as the latest data leaves it, so that no prompt outlives its reason. The latest data is
 * the newest check-in or pain rating dated on or after the case's own day (never after `asOf`):
 * - asOf becomes that day;
 * - the trend is the check-in's when the newest check-in is on that day, else the ratings' (first day against
 *   that day), else the newest check-in's;
 * - painNow is that day's newest rating (a check-in's own rating first), or absent when the day has none
 *   (contract v3 then counts the pain as persisting).
 * With no newer data, the case itself. One pass over the entries.
 */
export function caseAtLatest(
  c: Case,
  entries: readonly Entry[],
  asOf: CalendarDate = '9999-12-31',
): LatestCase {
  const live = currentEntries(entries).filter((e) => e.date >= c.asOf && e.date <= asOf && e.date >= c.onset);
  const checkIn = newestCheckIn(live);
  let day: CalendarDate | undefined = checkIn?.date;
  for (const e of live) if (e.pain !== undefined && (day === undefined || e.date > day)) day = e.date;
  if (day === undefined) return { case: c, basis: 'check' };
  let rating: Entry | undefined;
  for (const e of live) {
    if (e.date !== day || e.pain === undefined) continue;
    if (!rating || (e.checkIn && !rating.checkIn)) rating = e;
    else if (!!e.checkIn === !!rating.checkIn && compareInstants(e.recordedAt, rating.recordedAt) >= 0)
      rating = e;
  }
  const onDay = checkIn?.date === day;
  const trend =
    (onDay ? checkIn?.checkIn : undefined) ??
    ratingTrend(painByDay(currentEntries(entries), c.onset, day)) ??
    checkIn?.checkIn ??
    c.trend;
  const next: Case = { ...c, asOf: day };
  delete next.trend;
  delete next.painNow;
  if (trend) next.trend = trend;
  if (rating?.pain !== undefined) next.painNow = rating.pain;
  else if (day === c.asOf && c.painNow !== undefined) next.painNow = c.painNow;
  return { case: next, basis: onDay ? 'check_in' : 'ratings' };
}

/**
 * The one "see a doctor" prompt that Progress and Today show: the triage of `caseAtLatest`, or undefined when
 * it says the person can look after this themselves.
 */
export function seeDoctorPrompt(
  c: Case,
  entries: readonly Entry[],
  asOf?: CalendarDate,
): SeeDoctor | undefined {
  const latest = caseAtLatest(c, entries, asOf);
  const a = assess(latest.case);
  if (a.disposition === 'self_care') return undefined;
  const s: SeeDoctor = {
    disposition: a.disposition,
    asOf: latest.case.asOf,
    day: a.days,
    basis: latest.basis,
    reasons: a.reasons,
  };
  if (latest.case.trend) s.trend = latest.case.trend;
  if (latest.case.painNow !== undefined) s.painNow = latest.case.painNow;
  return s;
}

/**
 * Pain by day, the trend, the standing against the expected course and the prompts, for one episode's entries
 * from onset to `asOf`. The "see a doctor" prompt is `seeDoctorPrompt` of the episode's case `c`.
 * The work grows with the number of entries only, whatever the dates (0100-01-01 to 9999-12-31 included).
 */
export function progress(
  entries: readonly Entry[],
  onset: CalendarDate,
  asOf: CalendarDate,
  c: Case,
): Progress {
  const live = currentEntries(entries).filter((e) => e.date >= onset && e.date <= asOf);
  const days = painByDay(live, onset, asOf);
  const day = daysBetween(onset, asOf);
  const first = days[0];
  const latest = days[days.length - 1];
  const latestCase = caseAtLatest(c, live, asOf).case;
  const trend = latestCase.trend ?? newestCheckIn(live)?.checkIn ?? ratingTrend(days);

  let course: CourseStanding | undefined;
  let expectedToday: number | undefined;
  if (first && latest && latest !== first) {
    expectedToday = expectedOnDay(days, latest.day);
    if (latest.pain > MILD && latest.pain > expectedToday + MEANINGFUL_CHANGE) course = 'slower';
    else if (latest.pain <= expectedToday - MEANINGFUL_CHANGE) course = 'ahead';
    else course = 'on_track';
  }

  const seeDoctor = seeDoctorPrompt(c, live, asOf);
  const prompts: Prompt[] = [];
  if (seeDoctor) {
    prompts.push({
      id: 'see_doctor',
      disposition: seeDoctor.disposition,
      sources: [...new Set(seeDoctor.reasons.flatMap((r) => r.sources))],
    });
  }
  // What to watch for while it worsens: the signs that would raise the level, in the triage's own terms.
  if (trend === 'worse') prompts.push({ id: 'getting_worse', sources: ['nice:ng59', 'article:004'] });
  if (day >= 14 && course === 'slower') {
    prompts.push({ id: 'off_course', sources: [expectedCourseSource, 'henschke:2008'] });
  }
  const stillHurts = latest === undefined || latest.pain > 0;
  // Movement advice waits while a clinician is to see the person today or now (contract v2, urgent).
  const movementAllowed = !seeDoctor || seeDoctor.disposition === 'gp_soon';
  if (day >= 14 && stillHurts && movementAllowed)
    prompts.push({ id: 'keep_moving', sources: ['article:000'] });

  // A person who says it is getting worse is never told they are on track or ahead: the getting-worse card speaks.
  const standing: Standing | undefined = seeDoctor ? 'see_doctor' : trend === 'worse' ? undefined : course;
  const result: Progress = { onset, asOf, day, days, prompts };
  if (latest) result.latest = latest;
  if (trend) result.trend = trend;
  if (standing) {
    result.standing = standing;
    result.onTrack = standing === 'on_track' || standing === 'ahead';
  }
  if (course) result.course = course;
  if (expectedToday !== undefined) result.expectedToday = expectedToday;
  if (seeDoctor) result.seeDoctor = seeDoctor;
  return result;
}
