import { localDate } from '../core/dates.ts';

/** The device clock, read in one place so tests can drive it (Playwright's page.clock replaces Date). */
export function now(): Date {
  return new Date();
}

export function today(): string {
  return localDate(now());
}

/** "YYYY-MM-DDTHH:MM" of the local clock: the shape of the plan's session starts. */
export function localDateTime(d: Date = now()): string {
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${localDate(d)}T${hh}:${mm}`;
}

export function newId(): string {
  return crypto.randomUUID();
}
