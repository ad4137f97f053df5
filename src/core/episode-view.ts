import type { Case } from './case.ts';
import type { Entry } from './entry.ts';
import type { Episode } from './episode.ts';
import { type CheckInDay, carePlan } from './plan.ts';
import { caseAtLatest, newestCheckIn } from './progress.ts';
import type { Settings } from './settings.ts';

/**
 * The case as it stands today: the episode's answers, today's date, the waking day, and the trend and pain of
 * the latest data (`caseAtLatest`, the one Progress and Today's "see a doctor" prompt are judged on).
 */
export function caseNow(ep: Episode, entries: readonly Entry[], date: string, s: Settings): Case {
  const asOf = date < ep.case.asOf ? ep.case.asOf : date;
  const latest = caseAtLatest(ep.case, entries, asOf).case;
  return { ...latest, asOf, wakeTime: s.wakeTime, sleepTime: s.sleepTime };
}

/** The episode's check-in days, fixed when the check was done so a missed one is still asked. */
export function checkInsOf(ep: Episode): CheckInDay[] {
  return carePlan(ep.case).checkIns;
}

/**
 * The latest scheduled check-in on or before today that has no answer yet on or after its date.
 * A check that asked the trend counts as an answer on its own day, so day 2 never asks it twice.
 */
export function dueCheckIn(ep: Episode, entries: readonly Entry[], date: string): CheckInDay | undefined {
  const last = newestCheckIn(entries);
  const due = checkInsOf(ep).filter((c) => c.date <= date);
  const latest = due[due.length - 1];
  if (!latest) return undefined;
  if (last && last.date >= latest.date) return undefined;
  if (ep.case.trend !== undefined && ep.case.asOf >= latest.date) return undefined;
  return latest;
}
