import { locale } from './words.ts';

/** True when the locale writes times on a 12-hour clock (h11, h12), as its own time fields do. */
export function usesTwelveHours(locale?: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

/**
 * Formats "HH:MM" (the plan's local wall-clock times) in the person's own habit: "7:00 AM" where the locale
 * uses 12 hours, "07:00" where it uses 24. Read as a plain time, so no time zone shifts it.
 */
export function timeFormatter(locale?: string): (hhmm: string) => string {
  const fmt = usesTwelveHours(locale)
    ? new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        hourCycle: 'h12',
        timeZone: 'UTC',
      })
    : new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      });
  return (hhmm) => {
    const [h, m] = hhmm.split(':').map(Number);
    return fmt.format(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0));
  };
}

/** The habit of the app's locale (its language, in the browser's region when it speaks it), decided once. */
export const timeLabel = timeFormatter(locale);
