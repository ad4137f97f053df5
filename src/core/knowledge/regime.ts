import type { SourceId } from './sources.ts';

/** The treatment regime of the sources, as numbers the plan engine reads. */
export const regime = {
  /** Cold on episode days 0, 1 and 2: the first 72 hours. */
  iceDays: 3,
  sessionMinutes: 20,
  /** Cold about every two hours while awake. */
  iceEveryMinutes: 120,
  /** Moist heat a few times a day; the sources set no interval, so four hours keeps it to three or four. */
  heatEveryMinutes: 240,
  maxBedRestDays: 2,
  /** The plan covers the assessment day and at least the six after it. */
  planDays: 7,
  /** Episode days on which the app asks "is it improving?". */
  checkInDays: [2, 7, 14, 28, 42],
  sources: ['article:002', 'article:000', 'article:001'] satisfies SourceId[],
} as const;
