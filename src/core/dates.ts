/**
 * Plain calendar dates ("YYYY-MM-DD") and waking-day times ("HH:MM").
 * All arithmetic runs on UTC day numbers, so time zones and daylight-saving changes never shift a day.
 */

export type CalendarDate = string;
export type ClockTime = string;

export const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Days since 1970-01-01 for a valid calendar date, or undefined for anything else (2026-02-30 included). */
export function dayNumber(date: string): number | undefined {
  const m = DATE_RE.exec(date);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 02-30 over into March; a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms / DAY_MS;
}

export function isCalendarDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

export function fromDayNumber(n: number): CalendarDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function mustDayNumber(date: CalendarDate): number {
  const n = dayNumber(date);
  if (n === undefined) throw new RangeError(`not a calendar date: ${date}`);
  return n;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return mustDayNumber(to) - mustDayNumber(from);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(mustDayNumber(date) + days);
}

/** Minutes after midnight for "HH:MM", or undefined when malformed. */
export function minutesOfDay(time: string): number | undefined {
  const m = TIME_RE.exec(time);
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatClock(minutes: number): ClockTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The "HH:MM" a person sees on their own clock at `instant`. */
export function localClock(instant: Date): ClockTime {
  return formatClock(instant.getHours() * 60 + instant.getMinutes());
}

/**
 * The window of dates a person's records may hold, so no engine is ever handed a span of centuries.
 * Every date a person or a device gives (onset, asOf, an entry's day) lies in EARLIEST_DATE..LATEST_DATE;
 * an episode's onset is not after the device's today plus DEVICE_AHEAD_DAYS; its entries and its
 * latest check lie from BEFORE_ONSET_DAYS before onset to EPISODE_SPAN_DAYS after it.
 */
export const EARLIEST_DATE: CalendarDate = '1900-01-01';
export const LATEST_DATE: CalendarDate = '2200-12-31';
/** An onset may be a day after the device's today: a device clock running a little slow, a check saved past midnight. */
export const DEVICE_AHEAD_DAYS = 1;
/** An entry may be about the evening before the pain began (logged as the day it started). */
export const BEFORE_ONSET_DAYS = 1;
/** Three years: an episode of acute back pain still open after that is a new one. */
export const EPISODE_SPAN_DAYS = 1096;

/** True for a real calendar date inside EARLIEST_DATE..LATEST_DATE (text order is date order here). */
export function inDateWindow(date: string | undefined): boolean {
  if (typeof date !== 'string') return false;
  return isCalendarDate(date) && date >= EARLIEST_DATE && date <= LATEST_DATE;
}

/** The latest onset a device whose calendar shows `today` may give. */
export function latestOnset(today: CalendarDate): CalendarDate {
  return addDays(today, DEVICE_AHEAD_DAYS);
}

/** The days an episode's entries and checks may be about, from its onset. */
export function episodeWindow(onset: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(onset, -BEFORE_ONSET_DAYS), to: addDays(onset, EPISODE_SPAN_DAYS) };
}

/** True when `date` lies in the episode window of `onset` (both must be real dates). */
export function inEpisodeWindow(date: string, onset: string): boolean {
  if (!isCalendarDate(date) || !isCalendarDate(onset)) return false;
  const { from, to } = episodeWindow(onset);
  return date >= from && date <= to;
}

/**
 * The device's today as the server may believe it: what the device said, but never later than the latest
 * calendar date anywhere on Earth (the server's UTC date plus a day), so a client cannot widen its window.
 */
export function deviceToday(said: CalendarDate | undefined, serverUtcDate: CalendarDate): CalendarDate {
  const latest = addDays(serverUtcDate, 1);
  return said !== undefined && isCalendarDate(said) && said < latest ? said : latest;
}
