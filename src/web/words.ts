import type { DailyTrigger, Treatment } from '../core/entry.ts';

export const treatmentWords: Record<Treatment, string> = {
  ice: 'Cold pack',
  heat: 'Heat',
  medicine: 'Medicine',
  exercise: 'Exercises',
  rest: 'Rest',
  massage: 'Massage',
  stretching: 'Stretching',
};

export const triggerWords: Record<DailyTrigger, string> = {
  lifting: 'Lifting',
  twisting: 'Twisting',
  sudden_movement: 'A sudden movement',
  long_sitting: 'Sitting a long time',
  long_standing: 'Standing a long time',
  poor_sleep: 'Poor sleep',
  stress: 'Stress',
  dehydration: 'Not drinking enough',
  exercise: 'Exercise or sport',
};

export const trendWords = { better: 'Better', same: 'The same', worse: 'Worse' } as const;

const fmt = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "Sat 21 Nov" for a calendar date, read as a plain date so no time zone shifts it. */
export function dayLabel(date: string): string {
  return fmt.format(new Date(`${date}T00:00:00Z`));
}
