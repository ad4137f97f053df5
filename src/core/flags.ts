import type { CalendarDate } from './dates.ts';
import { liveDiary } from './diary.ts';
import type { Entry } from './entry.ts';
import type { Episode } from './episode.ts';
import { episodeEntries } from './export/summary.ts';
import type { Disposition } from './knowledge/dispositions.ts';
import { type Stage, screenedFindings } from './knowledge/questions.ts';
import { progress } from './progress.ts';

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
  const p = progress(mine, latest.onset, asOf, latest.case);
  return {
    episodeId: latest.id,
    onset: latest.onset,
    // The advice level the patient's own Progress and Today show: the triage of the latest data.
    disposition: p.seeDoctor?.disposition ?? 'self_care',
    redFlag,
    unsureWarning,
    // Against the one expected course alone: `onTrack` also turns false for any see-a-doctor prompt.
    notImproving: p.trend === 'worse' || p.course === 'slower',
    lastEntry,
    latestPain: p.latest?.pain ?? null,
  };
}
