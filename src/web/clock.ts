import { localClock, localDate } from '../core/dates.ts';

/** The device clock, read in one place so tests can drive it (Playwright's page.clock replaces Date). */
export function now(): Date {
  return new Date();
}

export function today(): string {
  return localDate(now());
}

/** "YYYY-MM-DDTHH:MM" of the local clock: the shape of the plan's session starts. */
export function localDateTime(d: Date = now()): string {
  return `${localDate(d)}T${localClock(d)}`;
}

export function newId(): string {
  return crypto.randomUUID();
}
