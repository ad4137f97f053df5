import { createEvents, type EventAttributes } from 'ics';
import { addDays, type CalendarDate, minutesOfDay } from '../dates.ts';
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

const dateArray = (d: CalendarDate): [number, number, number] =>
  d.split('-').map(Number) as [number, number, number];

export type IcsResult = { ok: true; value: string } | { ok: false; error: string };

/** "2026-11-21T07:00" -> the floating iCalendar DATE-TIME "20261121T070000": no zone, as the plan reads. */
export function floating(local: string): string {
  return `${local.slice(0, 10).replaceAll('-', '')}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/**
 * The plan's sessions and check-ins as iCalendar events with reminders, so the phone's own calendar
 * reminds the person when the app is closed. Sessions keep the plan's floating local times;
 * check-ins are all-day events on their date.
 */
export function planCalendar(p: Plan, o: IcsOptions): IcsResult {
  const w = o.words;
  // DTSTAMP from the argument: the library would read the clock otherwise (its types omit the field).
  const stamp = { timestamp: Date.parse(o.now) };
  const wake = minutesOfDay(o.wake) ?? 7 * 60;
  const remindAt = wake + 60;
  const events: EventAttributes[] = [
    ...p.sessions.map(
      (s): EventAttributes => ({
        uid: `${derivedId(o.episodeId, `session/${s.start}`)}@unknot`,
        ...stamp,
        start: floating(s.start),
        startInputType: 'local',
        startOutputType: 'local',
        duration: { minutes: s.minutes },
        title: w.ics.session(s.kind, s.minutes),
        description: w.ics.sessionDescription(s.kind, o.emergencyNumber),
        categories: ['Unknot'],
        alarms: [
          {
            action: 'display',
            description: w.ics.session(s.kind, s.minutes),
            trigger: { minutes: SESSION_ALARM_MINUTES, before: true },
          },
        ],
      }),
    ),
    ...p.checkIns.map(
      (c): EventAttributes => ({
        uid: `${derivedId(o.episodeId, `check-in/${c.date}`)}@unknot`,
        ...stamp,
        start: dateArray(c.date),
        // All-day: DTEND is the next day, exclusive.
        end: dateArray(addDays(c.date, 1)),
        title: w.ics.checkIn,
        description: w.ics.checkInDescription(c.ask, o.emergencyNumber),
        categories: ['Unknot'],
        alarms: [
          {
            action: 'display',
            description: c.ask,
            trigger: { hours: Math.floor(remindAt / 60), minutes: remindAt % 60, before: false },
          },
        ],
      }),
    ),
  ];
  const made = createEvents(events, { productId: '-//Unknot//Back care plan//EN', calName: w.ics.calendar });
  if (made.error || !made.value) return { ok: false, error: made.error?.message ?? w.ics.notMade };
  return { ok: true, value: made.value };
}
