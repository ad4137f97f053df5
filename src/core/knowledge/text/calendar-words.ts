import { DAY_MS, dayNumber } from '../../dates.ts';

/**
 * Plain calendar dates ("YYYY-MM-DD") in a language's words through Intl.DateTimeFormat, read as dates without a
 * time zone (formatted in UTC), so no zone shifts a day: the summary's, the plan's and the calendar's dates in
 * every catalogue. `locale` is the catalogue's own tag for dates ("en-GB": day before month, as Unknot has always
 * written them; "es"); `to` joins two strings that are not calendar dates ("a to b").
 */
export function calendarWords(locale: string, to: string) {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const long = format({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const short = format({ weekday: 'short', day: 'numeric', month: 'short' });
  const run = format({ day: 'numeric', month: 'short' });
  const full = format({ day: 'numeric', month: 'long', year: 'numeric' });
  const instant = (date: string): Date | undefined => {
    const n = dayNumber(date);
    return n === undefined ? undefined : new Date(n * DAY_MS);
  };
  return {
    /** "Sun, 6 Dec 2026" / "dom, 6 dic 2026". */
    longDate(date: string): string {
      const d = instant(date);
      return d ? long.format(d) : date;
    },
    /** "17 May 1974" / "17 de mayo de 1974": a date without its weekday, such as a date of birth. */
    fullDate(date: string): string {
      const d = instant(date);
      return d ? full.format(d) : date;
    },
    /** "Wed 25 Nov" / "mié, 25 nov": a date as the app's screens say it, where a person reads it. */
    dayWords(date: string): string {
      const d = instant(date);
      return d ? short.format(d) : date;
    },
    /** "27 – 30 Nov", "30 Dec – 2 Jan", "4 Dec": the days from one date to another. */
    dateRun(from: string, until: string): string {
      const a = instant(from);
      const b = instant(until);
      if (!a || !b) return from === until ? from : `${from} ${to} ${until}`;
      return from === until ? run.format(a) : run.formatRange(a, b);
    },
  };
}
