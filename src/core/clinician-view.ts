import { DEFAULT_SLEEP, DEFAULT_WAKE, type Trend } from './case.ts';
import { asOf } from './clock.ts';
import { type CalendarDate, daysBetween } from './dates.ts';
import { type DailyTrigger, dailyTriggers, type Entry, type Treatment, treatments } from './entry.ts';
import type { Episode } from './episode.ts';
import { caseNow, type ReportedSign, reportedSigns } from './episode-view.ts';
import type { ActivitySeries } from './function-scale.ts';
import type { Disposition } from './knowledge/dispositions.ts';
import { caseAtLatest } from './progress.ts';
import { assess, type FiredRule } from './triage.ts';

/**
 * What a clinician's patient page shows of one episode, as data: today's advice and why, the warning signs by
 * when they were reported, the diary by day and the function scores by date. Words are the catalogue's.
 */

/** The advice the patient's own Result screen gives today, and what it was judged on. */
export interface AdviceToday {
  /** The patient's today (or the check's own day, when that is later: clock.ts `asOf`). */
  asOf: CalendarDate;
  /** Days since onset on that day. */
  day: number;
  disposition: Disposition;
  /** Every rule that fired, most urgent first. */
  reasons: FiredRule[];
  /** The latest data the case stands on: the check itself, a check-in, or pain ratings; and its day. */
  basis: 'check' | 'check_in' | 'ratings';
  basisDate: CalendarDate;
  age: number;
  trend?: Trend;
  painNow?: number;
}

/**
 * Today's advice for the episode, with the app's engines: the triage (`assess`) of `caseNow`, the case as the
 * latest check-in or rating leaves it on the patient's today. `entries` are the episode's live entries.
 */
export function adviceToday(episode: Episode, entries: readonly Entry[], today: CalendarDate): AdviceToday {
  const day = asOf(episode, today);
  // The waking day does not change the triage; the check's own stands in for the patient's settings.
  const now = caseNow(episode, entries, day, {
    wakeTime: episode.case.wakeTime ?? DEFAULT_WAKE,
    sleepTime: episode.case.sleepTime ?? DEFAULT_SLEEP,
    reminders: false,
    emergencyNumber: '',
  });
  const a = assess(now);
  const latest = caseAtLatest(episode.case, entries, day);
  const advice: AdviceToday = {
    asOf: day,
    day: daysBetween(episode.onset, day),
    disposition: a.disposition,
    reasons: a.reasons,
    basis: latest.basis,
    basisDate: latest.case.asOf,
    age: now.age,
  };
  if (now.trend) advice.trend = now.trend;
  if (now.painNow !== undefined) advice.painNow = now.painNow;
  return advice;
}

/** A cold or heat session the patient logged: its length when given, and how it felt when asked. */
export interface SessionDone {
  treatment: 'ice' | 'heat';
  minutes?: number;
  felt?: Trend;
}

/** One day of the diary, as a clinician reads it: every kind of record that day, each in its place. */
export interface TimelineDay {
  date: CalendarDate;
  /** Days since onset; the onset day is day 0. */
  day: number;
  /** The pain ratings of the day (0-10), in the order recorded. */
  pains: number[];
  sessions: SessionDone[];
  /** The other treatments logged (not cold, heat or a medicine), each once, in the diary's order of kinds. */
  treatments: Exclude<Treatment, 'ice' | 'heat' | 'medicine'>[];
  /** How many entries that day record a medicine taken. */
  medicines: number;
  /** The medicines named that day, as the entries keep them (a listed id or the patient's words), each once. */
  medicineNames: string[];
  /** The spasm counts logged that day. */
  spasms: number[];
  triggers: DailyTrigger[];
  /** The activities rated that day (the latest rating of each). */
  function: { activity: string; score: number }[];
  /** The trend of each check-in answered that day. */
  checkIns: Trend[];
  /** True on the day of the first check (the question flow). */
  firstCheck: boolean;
  /** The warning signs reported that day: at the first check on its day, else at a check-in. */
  signs: ReportedSign[];
  notes: string[];
}

const otherTreatments = treatments.filter(
  (t): t is TimelineDay['treatments'][number] => t !== 'ice' && t !== 'heat' && t !== 'medicine',
);

function emptyDay(date: CalendarDate, onset: CalendarDate): TimelineDay {
  return {
    date,
    day: daysBetween(onset, date),
    pains: [],
    sessions: [],
    treatments: [],
    medicines: 0,
    medicineNames: [],
    spasms: [],
    triggers: [],
    function: [],
    checkIns: [],
    firstCheck: false,
    signs: [],
    notes: [],
  };
}

/**
 * The episode's diary grouped by the patient's calendar day, newest day first: one block a day holding its
 * pain ratings, cold and heat sessions with minutes, medicines, other treatments, spasms, triggers, function
 * ratings, check-ins with the signs reported that day, and notes. Also the first check's day with the signs it
 * reported, so the list is never empty. `entries` are the episode's live entries in diary order (summary.ts
 * `episodeEntries`); the work grows with the entries and the signs, never with the days between them.
 */
export function timelineByDay(episode: Episode, entries: readonly Entry[]): TimelineDay[] {
  const days = new Map<CalendarDate, TimelineDay>();
  const dayOf = (date: CalendarDate) => {
    let d = days.get(date);
    if (!d) {
      d = emptyDay(date, episode.onset);
      days.set(date, d);
    }
    return d;
  };
  const firstCheck = dayOf(episode.case.asOf);
  firstCheck.firstCheck = true;
  for (const s of reportedSigns(episode)) (s.checkIn ? dayOf(s.checkIn.date) : firstCheck).signs.push(s);
  const used = new Map<CalendarDate, { treatments: Set<Treatment>; triggers: Set<DailyTrigger> }>();
  for (const e of entries) {
    const d = dayOf(e.date);
    const seen = used.get(e.date) ?? { treatments: new Set(), triggers: new Set() };
    used.set(e.date, seen);
    if (e.pain !== undefined) d.pains.push(e.pain);
    if (e.spasms !== undefined) d.spasms.push(e.spasms);
    const cold = (e.treatments ?? []).filter((t): t is 'ice' | 'heat' => t === 'ice' || t === 'heat');
    for (const t of cold) {
      const s: SessionDone = { treatment: t };
      // Minutes belong to a session only when the entry is one session, not both kinds at once.
      if (e.minutes !== undefined && cold.length === 1) s.minutes = e.minutes;
      if (e.felt && cold.length === 1) s.felt = e.felt;
      d.sessions.push(s);
    }
    if (e.treatments?.includes('medicine')) d.medicines++;
    for (const m of e.medicines ?? []) if (!d.medicineNames.includes(m)) d.medicineNames.push(m);
    for (const t of e.treatments ?? []) seen.treatments.add(t);
    for (const t of e.triggers ?? []) seen.triggers.add(t);
    for (const r of e.functionScale ?? []) {
      const same = d.function.findIndex((f) => f.activity.toLowerCase() === r.activity.toLowerCase());
      const rating = { activity: r.activity, score: r.score };
      if (same >= 0) d.function[same] = rating;
      else d.function.push(rating);
    }
    if (e.checkIn) d.checkIns.push(e.checkIn);
    const note = e.note?.trim();
    if (note) d.notes.push(note);
  }
  for (const [date, seen] of used) {
    const d = dayOf(date);
    d.treatments = otherTreatments.filter((t) => seen.treatments.has(t));
    d.triggers = dailyTriggers.filter((t) => seen.triggers.has(t));
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The function scores as a table: one row per activity, one column per date any activity was rated. */
export interface FunctionTable {
  dates: CalendarDate[];
  rows: {
    activity: string;
    /** The score on each of `dates`, or undefined where this activity was not rated that day. */
    scores: (number | undefined)[];
    /** The latest score less the first (positive is better), when rated on two days or more. */
    change?: number;
  }[];
}

export function functionTable(series: readonly ActivitySeries[]): FunctionTable {
  const dates = [...new Set(series.flatMap((a) => a.points.map((p) => p.date)))].sort();
  return {
    dates,
    rows: series.map((a) => {
      const byDate = new Map(a.points.map((p) => [p.date, p.score]));
      const row: FunctionTable['rows'][number] = {
        activity: a.activity,
        scores: dates.map((d) => byDate.get(d)),
      };
      const first = a.points[0];
      const last = a.points.at(-1);
      if (first && last && first !== last) row.change = last.score - first.score;
      return row;
    }),
  };
}
