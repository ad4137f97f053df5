import { localDate, localToday, systemNow } from '../core/clock.ts';
import { localClock } from '../core/dates.ts';

/** The device clock (core/clock.ts reads it; Playwright's page.clock replaces Date, so tests drive it). */
export const now = systemNow;

/** The person's today: the device's own calendar date, never UTC's. */
export function today(): string {
  return localToday(now());
}

/** "YYYY-MM-DDTHH:MM" of the local clock: the shape of the plan's session starts. */
export function localDateTime(d: Date = now()): string {
  return `${localDate(d)}T${localClock(d)}`;
}

export function newId(): string {
  return crypto.randomUUID();
}
