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

export function checkInQuestion(day: number): string {
  if (day === 2)
    return 'It has been 48 hours. Compared with when it started, is your back better, the same or worse?';
  if (day === 7) return 'It has been a week. Is your back better, the same or worse than when it started?';
  const weeks = Math.round(day / 7);
  return `It has been ${weeks} weeks. Is your back better, the same or worse than when it started?`;
}

/** How to do one cold or heat session; in pregnancy lying on the side, never flat on the back. */
export function sessionHowTo(kind: 'ice' | 'heat', pregnant: boolean): string {
  const lie = pregnant
    ? 'lie on your side with a pillow between your knees'
    : 'lie on your back with your knees bent over pillows';
  const numb = 'Never on skin that feels numb.';
  return kind === 'ice'
    ? `Wrap a cold pack in a thin towel (never straight on the skin), ${lie}, and hold it against the sore area. ${numb}`
    : `Use moist heat: a warm, damp towel over a heat pad, or a warm bath. ${numb}`;
}
