import { appWords, fieldsWords, medicinesWords } from '#words';

/** The app's words; one place so a second language swaps one import. */
export const words = appWords;
/** The words of a bad field, for the core's checks (a backup file, a case). */
export const fieldWords = fieldsWords;
export const treatmentWords = words.treatments;
export const triggerWords = words.triggers;
export const trendWords = words.trends;
/** The medicines' names (and what the sources say of them). */
export const medicineWords = medicinesWords;

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
