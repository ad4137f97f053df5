import type { CalendarDate } from './dates.ts';
import { liveDiary } from './diary.ts';
import type { Entry } from './entry.ts';
import type { Episode } from './episode.ts';
import { episodeEntries } from './export/summary.ts';
import type { Disposition } from './knowledge/dispositions.ts';
import { type Stage, screenedFindings } from './knowledge/questions.ts';
import { caseOnDay, MEANINGFUL_CHANGE, MILD, progress } from './progress.ts';
import { assess } from './triage.ts';

/**
 * What a clinician's list shows of one patient, computed once when the diary changes and stored as a
 * row, so a list of thousands sorts and filters in SQL without reading anyone's diary.
 */
export interface PatientFlags {
  /** The latest episode (by onset), or null when the patient has none. */
  episodeId: string | null;
  onset: CalendarDate | null;
  /** The advice level at its latest check-in, or at its first check. */
  disposition: Disposition | null;
  /** A warning sign answered yes in any episode, ever. */
  redFlag: boolean;
  /** A warning sign answered "not sure" in any episode, ever. */
  unsureWarning: boolean;
  /** Easing more slowly than the expected course, or getting worse (core/progress.ts). */
  notImproving: boolean;
  lastEntry: CalendarDate | null;
  latestPain: number | null;
}

/** The stages whose questions are warning signs; "first episode" sits among them but warns of nothing. */
const warningStages: ReadonlySet<Stage> = new Set(['emergency', 'urgent', 'soon']);
const warningCodes = screenedFindings
  .filter((q) => warningStages.has(q.stage) && q.finding !== 'first_episode')
  .map((q) => q.finding as string);

function answerOf(episode: Episode, code: string): 'yes' | 'no' | 'unsure' | undefined {
  const raw = episode.answers?.[code];
  if (raw) return raw;
  if ((episode.case.findings as readonly string[] | undefined)?.includes(code)) return 'yes';
  if ((episode.case.unsure as readonly string[] | undefined)?.includes(code)) return 'unsure';
  return undefined;
}

const later = (a: Episode, b: Episode) =>
  a.onset > b.onset || (a.onset === b.onset && a.createdAt > b.createdAt) ? a : b;

/** Pure: the same episodes, entries and day always give the same flags. */
export function patientFlags(
  episodes: readonly Episode[],
  entries: readonly Entry[],
  today: CalendarDate,
): PatientFlags {
  const { episodes: live, entries: diary } = liveDiary(episodes, entries);
  let redFlag = false;
  let unsureWarning = false;
  for (const episode of live) {
    for (const code of warningCodes) {
      const answer = answerOf(episode, code);
      if (answer === 'yes') redFlag = true;
      if (answer === 'unsure') unsureWarning = true;
    }
  }
  let lastEntry: CalendarDate | null = null;
  for (const e of diary) if (lastEntry === null || e.date > lastEntry) lastEntry = e.date;
  const latest = live.reduce<Episode | undefined>((a, b) => (a ? later(a, b) : b), undefined);
  if (!latest) {
    return {
      episodeId: null,
      onset: null,
      disposition: null,
      redFlag,
      unsureWarning,
      notImproving: false,
      lastEntry,
      latestPain: null,
    };
  }
  // A device ahead of the server's calendar (east of UTC) may have logged "tomorrow" already.
  const asOf = diary.reduce(
    (a, e) => (e.date > a ? e.date : a),
    latest.case.asOf > today ? latest.case.asOf : today,
  );
  const mine = episodeEntries(diary, latest, asOf);
  // The advice level at the latest check-in the person answered, else at the first check (as the summary's course).
  const lastCheckIn = mine
    .filter((e) => e.checkIn && e.date >= latest.case.asOf)
    .reduce<Entry | undefined>((a, b) => (!a || b.date >= a.date ? b : a), undefined);
  const now = lastCheckIn ? caseOnDay(latest.case, lastCheckIn.date, lastCheckIn.checkIn) : latest.case;
  const p = progress(mine, latest.onset, asOf);
  return {
    episodeId: latest.id,
    onset: latest.onset,
    disposition: assess(now).disposition,
    redFlag,
    unsureWarning,
    // Against the course alone: `onTrack` also turns false for any see-a-doctor prompt (a week of pain).
    notImproving:
      p.trend === 'worse' ||
      (p.latest !== undefined &&
        p.expectedToday !== undefined &&
        p.latest.pain > MILD &&
        p.latest.pain > p.expectedToday + MEANINGFUL_CHANGE),
    lastEntry,
    latestPain: p.latest?.pain ?? null,
  };
}
