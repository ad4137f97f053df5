import type { SourceId } from './knowledge/sources.ts';

/**
 * The one home of the expected course of acute low back pain, read by Progress, Today, the chart, the summary
 * (page and PDF), the clinician page and the flags.
 *
 * Costa et al. 2012 (CMAJ; 33 cohorts of people with acute low back pain, pooled): mean pain of about 52/100
 * at baseline, 23 at six weeks, 12 at 26 weeks and 6 at 52 weeks. Recovery is fast at first and slows down,
 * so between those points the course is log-linear (the logarithm of pain falls in a straight line with the
 * days), and after a year it stays at the last value. Each person's course is that curve scaled to their own
 * first rating.
 */
export const expectedCourseSource: SourceId = 'costa:2012';

export interface CoursePoint {
  /** Days since onset; the onset day is day 0. */
  day: number;
  pain: number;
}

/** The published means, 0-100, at the days of their follow-ups (day 0 = baseline). */
export const costaKnots: readonly CoursePoint[] = [
  { day: 0, pain: 52 },
  { day: 42, pain: 23 },
  { day: 182, pain: 12 },
  { day: 364, pain: 6 },
];

const firstKnot = costaKnots[0] as CoursePoint;
const lastKnot = costaKnots[costaKnots.length - 1] as CoursePoint;

/** The published mean pain (0-100) on a day since onset: log-linear between the points, flat outside them. */
export function costaCurve(day: number): number {
  if (!(day > firstKnot.day)) return firstKnot.pain;
  if (day >= lastKnot.day) return lastKnot.pain;
  for (let i = 1; i < costaKnots.length; i++) {
    const a = costaKnots[i - 1] as CoursePoint;
    const b = costaKnots[i] as CoursePoint;
    if (day === b.day) return b.pain;
    if (day < b.day) return a.pain * (b.pain / a.pain) ** ((day - a.day) / (b.day - a.day));
  }
  return lastKnot.pain;
}

/** The average course on the diary's 0-10 scale: 5.2 at onset, 2.3 at six weeks, 1.2 at 26 weeks, 0.6 at a year. */
export function averagePain(day: number): number {
  return costaCurve(day) / 10;
}

/** The first pain rating of an episode: the day it was given and its value (0-10). */
export type FirstRating = CoursePoint;

/**
 * The pain a person would have on `day` if they followed the average course from their own first rating:
 * expected(day) = first rating x curve(day) / curve(day of the first rating). With the first rating on the
 * onset day this is first rating x curve(day) / 52; a first rating given later is matched on its own day, so
 * the course always passes through it. Without a rating, the average course itself.
 */
export function expectedPain(first: FirstRating | undefined, day: number): number {
  if (!first) return averagePain(day);
  return (first.pain * costaCurve(day)) / costaCurve(first.day);
}

/** To one decimal, as the chart, the table and "expected today" show it. */
export const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** How many evenly spaced points draw the course between the published ones. */
export const COURSE_SAMPLES = 48;

/**
 * The person's course from their first rating (or onset) to `lastDay`, as points to draw: the two ends, the
 * published points in between and COURSE_SAMPLES evenly spaced days. At most COURSE_SAMPLES + 6 points however far
 * apart the dates are, never one per day.
 */
export function coursePoints(first: FirstRating | undefined, lastDay: number): CoursePoint[] {
  const from = first?.day ?? 0;
  const to = Math.max(from, lastDay);
  const days = new Set<number>([from, to]);
  for (const k of costaKnots) if (k.day > from && k.day < to) days.add(k.day);
  for (let i = 1; i < COURSE_SAMPLES; i++) days.add(Math.round(from + ((to - from) * i) / COURSE_SAMPLES));
  return [...days].sort((a, b) => a - b).map((day) => ({ day, pain: oneDecimal(expectedPain(first, day)) }));
}
