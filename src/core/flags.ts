import { asOf, latestEpisode } from './clock.ts';
import type { CalendarDate } from './dates.ts';
import { liveDiary } from './diary.ts';
import type { Entry } from './entry.ts';
import type { Episode } from './episode.ts';
import { episodeEntries } from './export/summary.ts';
import { type Stage, screenedFindings } from './knowledge/questions.ts';
import type { PatientFlags } from './patient-flags.ts';
import { progress } from './progress.ts';

export type { PatientFlags };

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

/** Pure: the same episodes, entries and day (the patient's own today, core/clock.ts) always give the same flags. */
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
  const latest = latestEpisode(live);
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
  const day = asOf(latest, today);
  const mine = episodeEntries(diary, latest, day);
  const p = progress(mine, latest.onset, day, latest.case);
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
