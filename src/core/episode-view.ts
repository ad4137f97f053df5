import type { Case, Trend } from './case.ts';
import { asOf } from './clock.ts';
import { type CalendarDate, daysBetween } from './dates.ts';
import type { Entry } from './entry.ts';
import type { AnswerValue, Episode } from './episode.ts';
import { type FindingCode, findings } from './knowledge/findings.ts';
import { checkInSigns, type GroupItem, itemsFor } from './knowledge/questions.ts';
import { type CheckInDay, carePlan } from './plan.ts';
import { caseAtLatest } from './progress.ts';
import type { Settings } from './settings.ts';

/**
 * The case as it stands today: the episode's answers, today's date, the waking day, and the trend and pain of
 * the latest data (`caseAtLatest`, the one Progress and Today's "see a doctor" prompt are judged on).
 */
export function caseNow(ep: Episode, entries: readonly Entry[], date: string, s: Settings): Case {
  const day = asOf(ep, date);
  const latest = caseAtLatest(ep.case, entries, day).case;
  return { ...latest, asOf: day, wakeTime: s.wakeTime, sleepTime: s.sleepTime };
}

/** The episode's check-in days, fixed when the check was done so a missed one is still asked. */
export function checkInsOf(ep: Episode): CheckInDay[] {
  return carePlan(ep.case).checkIns;
}

/**
 * Where one check-in stands: answered (by a check-in on or after its date, or by the check itself when it asked
 * the trend that day), due (the latest one on or before today, unanswered), missed (an earlier unanswered one:
 * only the latest is asked), or to come.
 */
export type CheckInState = 'answered' | 'due' | 'missed' | 'to_come';
export interface CheckInStatus {
  checkIn: CheckInDay;
  state: CheckInState;
  /** The trend given, when answered. */
  trend?: Trend;
}

/**
 * Every check-in of the episode and where it stands today: the one answer to "is a check-in due, and was it
 * answered?" that Today and Progress both show, so they can never disagree.
 */
export function checkInStatuses(ep: Episode, entries: readonly Entry[], date: string): CheckInStatus[] {
  const answers = entries
    .filter((e) => e.checkIn)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const all = checkInsOf(ep);
  const latestDue = all.filter((c) => c.date <= date).at(-1);
  return all.map((checkIn): CheckInStatus => {
    const by = answers.find((e) => e.date >= checkIn.date);
    if (by?.checkIn) return { checkIn, state: 'answered', trend: by.checkIn };
    // A check that asked the trend counts as an answer on its own day, so day 2 never asks it twice.
    if (ep.case.trend !== undefined && ep.case.asOf >= checkIn.date)
      return { checkIn, state: 'answered', trend: ep.case.trend };
    if (checkIn.date > date) return { checkIn, state: 'to_come' };
    return { checkIn, state: checkIn === latestDue ? 'due' : 'missed' };
  });
}

/** The check-in to ask today, if any: the latest scheduled one on or before today that has no answer yet. */
export function dueCheckIn(ep: Episode, entries: readonly Entry[], date: string): CheckInDay | undefined {
  return checkInStatuses(ep, entries, date).find((s) => s.state === 'due')?.checkIn;
}

/**
 * The urgent and soon signs a check-in asks about as new since the last check, one list: those that can begin
 * during an episode and that the person has not already reported (a sign they were not sure of is asked again).
 */
export function newSignItems(ep: Episode): GroupItem[] {
  const reported = new Set<string>(ep.case.findings ?? []);
  const ctx = { age: ep.case.age, findings: ep.answers ?? {} };
  return itemsFor(checkInSigns, ctx).filter((i) => !reported.has(i.finding));
}

/**
 * The episode's case and answers with the signs a check-in reported on `date`: "yes" joins the findings, "not
 * sure" the unsure list (never treated as "no"); a sign once reported stays reported, and keeps the day it
 * was first reported.
 */
export function withNewSigns(
  ep: Episode,
  chosen: Readonly<Partial<Record<FindingCode, 'yes' | 'unsure'>>>,
  date: CalendarDate,
): Pick<Episode, 'case' | 'answers' | 'reportedOn'> & { case: Case; answers: Record<string, AnswerValue> } {
  const answers: Record<string, AnswerValue> = { ...ep.answers };
  const reportedOn: Record<string, CalendarDate> = { ...ep.reportedOn };
  const findings = new Set<FindingCode>(ep.case.findings ?? []);
  const unsure = new Set<FindingCode>(ep.case.unsure ?? []);
  for (const [code, value] of Object.entries(chosen) as [FindingCode, 'yes' | 'unsure'][]) {
    if (findings.has(code)) continue;
    answers[code] = value;
    // A "yes" after a "not sure" keeps the day the sign was first raised.
    reportedOn[code] ??= date;
    if (value === 'yes') {
      findings.add(code);
      unsure.delete(code);
    } else unsure.add(code);
  }
  const c: Case = { ...ep.case, findings: [...findings] };
  if (unsure.size > 0) c.unsure = [...unsure];
  else delete c.unsure;
  return { case: c, answers, reportedOn };
}

const tiers = new Map<string, string>(findings.map((f) => [f.code, f.tier]));
const tierOf = (code: string) => tiers.get(code);

/** A warning sign the person answered "yes" or "not sure", and when: on the first check, or at a check-in. */
export interface ReportedSign {
  finding: FindingCode;
  answer: 'yes' | 'unsure';
  /** The check-in's day on the person's calendar and its day number since onset; absent for the first check. */
  checkIn?: { date: CalendarDate; day: number };
}

/**
 * Every warning sign of the episode (a finding that can raise the level: not `info`) answered "yes" or "not sure", in the order of the case's findings then its unsure
 * list, each with when it was reported. One answer for the clinician's page, the summary and the PDF.
 */
export function reportedSigns(ep: Episode): ReportedSign[] {
  const out: ReportedSign[] = [];
  const seen = new Set<string>();
  const add = (finding: FindingCode, answer: 'yes' | 'unsure') => {
    // Triggers and the like shape the plan; only a finding that can raise the level is a warning sign.
    if (seen.has(finding) || tierOf(finding) === 'info') return;
    seen.add(finding);
    const date = ep.reportedOn?.[finding];
    out.push(
      date ? { finding, answer, checkIn: { date, day: daysBetween(ep.onset, date) } } : { finding, answer },
    );
  };
  for (const f of ep.case.findings ?? []) add(f, 'yes');
  for (const f of ep.case.unsure ?? []) add(f, 'unsure');
  return out;
}
