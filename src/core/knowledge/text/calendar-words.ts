import { dayNumber } from '../../dates.ts';

/** A language's short names of the weekdays (Sunday first) and months, and the word between two dates. */
export interface CalendarNames {
  weekdays: readonly string[];
  months: readonly string[];
  /** Between two dates that are not calendar dates: "a to b". */
  to: string;
}

/**
 * Plain calendar dates ("YYYY-MM-DD") in a language's words, read as dates without a time zone, so no zone
 * shifts a day (1970-01-01 was a Thursday): the summary's and the calendar's dates in every catalogue.
 */
export function calendarWords({ weekdays, months, to }: CalendarNames) {
  function partsOf(date: string): { weekday: string; day: number; month: string; year: string } | undefined {
    const n = dayNumber(date);
    if (n === undefined) return undefined;
    return {
      weekday: weekdays[(((n + 4) % 7) + 7) % 7] as string,
      day: Number(date.slice(8, 10)),
      month: months[Number(date.slice(5, 7)) - 1] as string,
      year: date.slice(0, 4),
    };
  }
  return {
    /** "Sun 6 Dec 2026". */
    longDate(date: string): string {
      const p = partsOf(date);
      return p ? `${p.weekday} ${p.day} ${p.month} ${p.year}` : date;
    },
    /** "Wed 25 Nov": a date as the app's screens say it, where a person reads it. */
    dayWords(date: string): string {
      const p = partsOf(date);
      return p ? `${p.weekday} ${p.day} ${p.month}` : date;
    },
    /** "27-30 Nov", "30 Dec-2 Jan", "4 Dec": the days from one date to another. */
    dateRun(from: string, until: string): string {
      const a = partsOf(from);
      const b = partsOf(until);
      if (!a || !b) return from === until ? from : `${from} ${to} ${until}`;
      if (from === until) return `${a.day} ${a.month}`;
      return a.month === b.month && a.year === b.year
        ? `${a.day}-${b.day} ${b.month}`
        : `${a.day} ${a.month}-${b.day} ${b.month}`;
    },
  };
}
