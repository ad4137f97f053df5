import { addDays, type CalendarDate, isCalendarDate, minutesOfDay } from '../dates.ts';
import type { ExportWords } from '../knowledge/text/export-words.ts';
import type { Plan } from '../plan.ts';
import { derivedId } from './fhir.ts';

export interface IcsOptions {
  /** The moment of export (DTSTAMP), as an ISO instant. */
  now: string;
  /** Makes event UIDs stable, so importing a newer calendar file updates events instead of doubling them. */
  episodeId: string;
  /** When the waking day starts, "HH:MM": a check-in's reminder comes an hour after it. */
  wake: string;
  /** The emergency number of the person's region, from their settings: every event names it with every emergency sign. */
  emergencyNumber?: string;
  words: ExportWords;
}

/** Minutes before a session that the phone reminds the person, time enough to get the pack ready. */
export const SESSION_ALARM_MINUTES = 5;

export type IcsResult = { ok: true; value: string } | { ok: false; error: string };

/** "2026-11-21T07:00" -> the floating iCalendar DATE-TIME "20261121T070000": no zone, as the plan reads. */
export function floating(local: string): string {
  return `${local.slice(0, 10).replaceAll('-', '')}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** "2026-11-21" -> the iCalendar DATE "20261121". */
const dateValue = (d: CalendarDate): string => d.replaceAll('-', '');

/** An ISO instant -> the UTC DATE-TIME "20261121T093000Z"; undefined when it is not an instant. */
function utcValue(instant: string): string | undefined {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** A signed DURATION (RFC 5545 3.3.6) of whole minutes: 5 before -> "-PT5M", 450 after -> "PT7H30M". */
export function duration(minutes: number, before = false): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = `${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
  return `${before ? '-' : ''}PT${parts}`;
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and any line break as "\n". */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** The UTF-8 length of one character (a code point). */
function octetsOf(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * One content line folded at 75 octets (RFC 5545 3.1): each further line starts with a space, and a UTF-8
 * character is never split across two lines.
 */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Whether "YYYY-MM-DDTHH:MM" is a real calendar date and clock time. */
function isLocalDateTime(local: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) &&
    isCalendarDate(local.slice(0, 10)) &&
    minutesOfDay(local.slice(11)) !== undefined
  );
}

/**
 * The plan's sessions and check-ins as iCalendar events with reminders, so the phone's own calendar
 * reminds the person when the app is closed. Sessions keep the plan's floating local times;
 * check-ins are all-day events on their date. Written here (RFC 5545), read back in tests with ical.js.
 */
export function planCalendar(p: Plan, o: IcsOptions): IcsResult {
  const w = o.words;
  const stamp = utcValue(o.now);
  const wake = minutesOfDay(o.wake) ?? 7 * 60;
  const remindAt = wake + 60;
  if (
    !stamp ||
    p.sessions.some((s) => !isLocalDateTime(s.start)) ||
    p.checkIns.some((c) => !isCalendarDate(c.date))
  )
    return { ok: false, error: w.ics.notMade };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:-//Unknot//Back care plan//EN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(w.ics.calendar)}`,
    'X-PUBLISHED-TTL:PT1H',
  ];
  const event = (uid: string, when: string[], summary: string, description: string, alarm: string[]) =>
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@unknot`,
      `SUMMARY:${escapeText(summary)}`,
      `DTSTAMP:${stamp}`,
      ...when,
      `DESCRIPTION:${escapeText(description)}`,
      'CATEGORIES:Unknot',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      ...alarm,
      'END:VALARM',
      'END:VEVENT',
    );
  for (const s of p.sessions) {
    const title = w.ics.session(s.kind, s.minutes);
    event(
      derivedId(o.episodeId, `session/${s.start}`),
      [`DTSTART:${floating(s.start)}`, `DURATION:${duration(s.minutes)}`],
      title,
      w.ics.sessionDescription(s.kind, o.emergencyNumber),
      [`DESCRIPTION:${escapeText(title)}`, `TRIGGER:${duration(SESSION_ALARM_MINUTES, true)}`],
    );
  }
  for (const c of p.checkIns) {
    event(
      derivedId(o.episodeId, `check-in/${c.date}`),
      // All-day: DTEND is the next day, exclusive.
      [`DTSTART;VALUE=DATE:${dateValue(c.date)}`, `DTEND;VALUE=DATE:${dateValue(addDays(c.date, 1))}`],
      w.ics.checkIn,
      w.ics.checkInDescription(c.ask, o.emergencyNumber),
      [`DESCRIPTION:${escapeText(c.ask)}`, `TRIGGER:${duration(remindAt)}`],
    );
  }
  lines.push('END:VCALENDAR');
  return { ok: true, value: `${lines.map(fold).join('\r\n')}\r\n` };
}
