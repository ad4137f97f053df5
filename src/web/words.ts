import { appWords, fieldsWords, language, medicinesWords } from '#words';
import { localeFor } from '../core/knowledge/text/languages.ts';
import { browserTags } from './language.ts';

/** The app's words; one place so a second language swaps one import. */
export const words = appWords;
/** The words of a bad field, for the core's checks (a backup file, a case). */
export const fieldWords = fieldsWords;
export const treatmentWords = words.treatments;
export const triggerWords = words.triggers;
export const trendWords = words.trends;
/** The medicines' names (and what the sources say of them). */
export const medicineWords = medicinesWords;

/**
 * The locale of every date, time and number the app writes: the app's language (the build's), in the browser's
 * own regional habit when the browser speaks it ("es-MX"), else plainly ("es"); never the browser's default
 * locale, which may be another language than the page's.
 */
export const locale = localeFor(language, browserTags());

const fmt = new Intl.DateTimeFormat(locale, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "Sat 21 Nov" for a calendar date, read as a plain date so no time zone shifts it. */
export function dayLabel(date: string): string {
  return fmt.format(new Date(`${date}T00:00:00Z`));
}
