import { type CalendarDate, daysBetween } from './dates.ts';
import type { Entry } from './entry.ts';
import { type MedicineId, medicines } from './knowledge/medicines.ts';
import type { MedicinesWords } from './knowledge/text/knowledge-words.ts';

/** A medicine as an entry names it: one the plan names (by id) or the person's own words. */
export interface MedicineName {
  id?: MedicineId;
  name: string;
}

/**
 * What a stored medicine is: a known id, or typed words that are a known medicine's id or name in any case
 * ("ibuprofen", "Ibuprofen"), is that medicine under its catalogue name; anything else is the person's words.
 */
export function readMedicine(value: string, words: Pick<MedicinesWords, 'items'>): MedicineName {
  const text = value.trim();
  const key = text.toLowerCase();
  for (const { id } of medicines) {
    if (key === id || key === words.items[id].name.toLowerCase()) return { id, name: words.items[id].name };
  }
  return { name: text };
}

/** The days one medicine was taken, and those days in runs of consecutive dates. */
export interface MedicineTaken {
  id?: MedicineId;
  /** Absent for the days a medicine was ticked without a name. */
  name?: string;
  dates: CalendarDate[];
  runs: DateRun[];
}

export interface DateRun {
  from: CalendarDate;
  to: CalendarDate;
}

/** Sorted calendar dates as runs of consecutive days: 4, 5, 6 and 9 Oct are 4-6 Oct and 9 Oct. */
export function dateRuns(dates: readonly CalendarDate[]): DateRun[] {
  const runs: DateRun[] = [];
  for (const d of [...new Set(dates)].sort()) {
    const last = runs.at(-1);
    if (last && daysBetween(last.to, d) === 1) last.to = d;
    else runs.push({ from: d, to: d });
  }
  return runs;
}

/** Whether an entry records a medicine taken: ticked as a treatment, or named. */
export function tookMedicine(e: Entry): boolean {
  return !!e.treatments?.includes('medicine') || !!e.medicines?.length;
}

/**
 * Each medicine of the entries by name, with the days it was taken, in the order first taken; the days a medicine
 * was ticked with no name come last, under no name. One name counts once a day however often it was noted.
 */
export function medicinesTaken(
  entries: readonly Entry[],
  words: Pick<MedicinesWords, 'items'>,
): MedicineTaken[] {
  const byName = new Map<string, { name: MedicineName; dates: Set<CalendarDate> }>();
  const unnamed = new Set<CalendarDate>();
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of sorted) {
    if (!tookMedicine(e)) continue;
    const named = (e.medicines ?? []).filter((m) => m.trim());
    if (named.length === 0) unnamed.add(e.date);
    for (const m of named) {
      const read = readMedicine(m, words);
      const key = read.name.toLowerCase();
      const seen = byName.get(key) ?? { name: read, dates: new Set<CalendarDate>() };
      seen.dates.add(e.date);
      byName.set(key, seen);
    }
  }
  const out: MedicineTaken[] = [...byName.values()].map(({ name, dates }) => {
    const sortedDates = [...dates].sort();
    return { ...name, dates: sortedDates, runs: dateRuns(sortedDates) };
  });
  // A day with a named medicine already says a medicine was taken; only days with no name at all are unnamed.
  const namedDays = new Set(out.flatMap((m) => m.dates));
  const bare = [...unnamed].filter((d) => !namedDays.has(d)).sort();
  if (bare.length) out.push({ dates: bare, runs: dateRuns(bare) });
  return out;
}
