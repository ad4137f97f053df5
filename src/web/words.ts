import { enApp } from '../core/knowledge/text/en/app.ts';
import { enFields } from '../core/knowledge/text/en/fields.ts';
import { enMedicines } from '../core/knowledge/text/en/medicines.ts';

/** The app's words; one place so a second language swaps one import. */
export const words = enApp;
/** The words of a bad field, for the core's checks (a backup file, a case). */
export const fieldWords = enFields;
export const treatmentWords = words.treatments;
export const triggerWords = words.triggers;
export const trendWords = words.trends;
/** The medicines' names (and what the sources say of them). */
export const medicineWords = enMedicines;

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
