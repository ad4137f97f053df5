import type { CalendarDate } from './dates.ts';
import type { Episode } from './episode.ts';
import { compareInstants } from './instant-order.ts';

/**
 * The one clock. "Today" is always a person's own calendar date: on a device, its local date; on the server,
 * the date the device sent, or the date now in the zone the device sent (never the server's or UTC's). Every
 * engine takes that date as an argument; this file alone reads the wall clock and turns instants into days.
 * Instants (`*At`) are ordered by `compareInstants`, never as text (test/one-clock.test.ts).
 */

/** The wall clock, read here and nowhere else (Playwright's page.clock replaces Date, so tests drive it). */
export function systemNow(): Date {
  return new Date();
}

/**
 * The calendar date a person sees on their own clock at `instant`: the local date, read with local getters. Here
 * rather than in dates.ts, so the first screen (which needs the current episode, below) loads no date arithmetic.
 */
export function localDate(instant: Date): CalendarDate {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The device's own calendar date at `instant`: its local date (a browser's or the CLI's time zone). */
export function localToday(instant: Date = systemNow()): CalendarDate {
  return localDate(instant);
}

/** The device's own calendar date of a recorded instant (when an episode was closed, say). */
export function localDayOf(instant: string): CalendarDate {
  return localDate(new Date(instant));
}

/**
 * The calendar day of a recorded instant for the person: in their zone when it is known (the server, making a
 * file for their clinician), else on this device's calendar (the person's own device).
 */
export function dayOf(instant: string, zone?: string | null): CalendarDate {
  return zone ? todayIn(zone, new Date(instant)) : localDayOf(instant);
}

/** The device's IANA time zone ("America/Los_Angeles"), as its calendar uses it. */
export function deviceZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A cache of formatters per zone: building one is the expensive part of asking Intl for a date. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True for an IANA zone name this runtime knows ("Europe/Berlin", "UTC"); false for anything else. */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date a person in `zone` sees at `instant`: how the server knows a patient's today. */
export function todayIn(zone: string, instant: Date = systemNow()): CalendarDate {
  const parts = formatterFor(zone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The date in UTC at `instant`: nobody's today. Only the bound a device's word about its today may not pass
 * (dates.ts `deviceToday`: the latest calendar date anywhere on Earth is this plus a day).
 */
export function utcDate(instant: Date = systemNow()): CalendarDate {
  return instant.toISOString().slice(0, 10);
}

/**
 * The day an episode is read as of: the person's today, or the day of its check when that is later (a check
 * saved past midnight on a device a little ahead). The one as-of clamp of every engine, screen, export and
 * flag. Entries dated after it wait for their day, on every side alike: since the server and the clinician
 * count in the patient's own zone, no side needs to reach ahead for them.
 */
export function asOf(episode: Pick<Episode, 'case'>, today: CalendarDate): CalendarDate {
  return episode.case.asOf > today ? episode.case.asOf : today;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first: by when each episode was begun (as instants), then the later onset, then id, so every reader agrees. */
function newestFirst(a: Episode, b: Episode): number {
  return compareInstants(b.createdAt, a.createdAt) || byText(b.onset, a.onset) || byText(a.id, b.id);
}

/** The episode the person is living through: the newest one begun that is neither closed nor deleted. */
export function currentEpisode(episodes: readonly Episode[]): Episode | undefined {
  return episodes.filter((e) => !e.deleted && !e.closedAt).sort(newestFirst)[0];
}

/**
 * The episode a person (or their clinician) means when none is named: the current one, else the newest
 * one begun. Exports, flags and the clinician's page all show this one.
 */
export function latestEpisode(episodes: readonly Episode[]): Episode | undefined {
  return currentEpisode(episodes) ?? episodes.filter((e) => !e.deleted).sort(newestFirst)[0];
}
