import { z } from 'zod';
import { addDays, type CalendarDate } from './dates.ts';
import type { Entry } from './entry.ts';
import { compareInstants } from './instant-order.ts';
import { check } from './issues.ts';

/** The person names at most five activities that the back makes hard. */
export const MAX_ACTIVITIES = 5;
/** The longest activity name the schema keeps (the activities form checks it first). */
export const ACTIVITY_NAME_MAX = 80;
/** Ratings are asked at the start and then once a week. */
export const RATING_EVERY_DAYS = 7;

/** One activity in the person's own words, rated 0 (cannot do it now) to 10 (as well as before the pain). */
export const activityRatingSchema = z.looseObject({
  activity: z.string().trim().min(1).max(ACTIVITY_NAME_MAX),
  score: z.number().int().min(0).max(10),
});
export type ActivityRating = z.infer<typeof activityRatingSchema>;

/** A set of ratings given at one time: the Patient-Specific Functional Scale as an entry field. */
export const functionScaleSchema = z
  .array(activityRatingSchema)
  .min(1)
  .max(MAX_ACTIVITIES)
  .refine((list) => new Set(list.map((r) => r.activity.toLowerCase())).size === list.length, {
    params: check({ id: 'sameActivityTwice' }),
  });
export type FunctionScale = z.infer<typeof functionScaleSchema>;

export interface ActivitySeries {
  activity: string;
  points: { date: CalendarDate; score: number }[];
}

/** Each activity's ratings in date order, activities in the order the person first named them. */
export function functionSeries(entries: readonly Entry[]): ActivitySeries[] {
  const byName = new Map<string, ActivitySeries>();
  const rated = entries.filter((e) => e.functionScale !== undefined);
  for (const e of [...rated].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : compareInstants(a.recordedAt, b.recordedAt),
  )) {
    for (const r of e.functionScale ?? []) {
      const key = r.activity.toLowerCase();
      const series = byName.get(key) ?? { activity: r.activity, points: [] };
      const same = series.points.findIndex((p) => p.date === e.date);
      // A second rating on the same day replaces the first: the later one is what the person meant.
      if (same >= 0) series.points[same] = { date: e.date, score: r.score };
      else series.points.push({ date: e.date, score: r.score });
      byName.set(key, series);
    }
  }
  return [...byName.values()];
}

/** The activities of the most recent rating, so a check-in asks about the same ones again. */
export function currentActivities(entries: readonly Entry[]): string[] {
  let last: Entry | undefined;
  for (const e of entries) {
    if (!e.functionScale) continue;
    if (
      !last ||
      e.date > last.date ||
      (e.date === last.date && compareInstants(e.recordedAt, last.recordedAt) >= 0)
    )
      last = e;
  }
  return (last?.functionScale ?? []).map((r) => r.activity);
}

/** The day the next rating is due: at the start (onset or later) and a week after the last one. */
export function nextRatingDue(entries: readonly Entry[], start: CalendarDate): CalendarDate {
  let lastDate: CalendarDate | undefined;
  for (const e of entries) if (e.functionScale && (!lastDate || e.date > lastDate)) lastDate = e.date;
  return lastDate ? addDays(lastDate, RATING_EVERY_DAYS) : start;
}

export function ratingIsDue(entries: readonly Entry[], start: CalendarDate, today: CalendarDate): boolean {
  return nextRatingDue(entries, start) <= today;
}
