import type { Trend } from '../case.ts';
import { asOf, dayOf } from '../clock.ts';
import { type CalendarDate, daysBetween } from '../dates.ts';
import { liveDiary } from '../diary.ts';
import type { Entry, Treatment } from '../entry.ts';
import { treatments } from '../entry.ts';
import type { AnswerValue, Episode } from '../episode.ts';
import { type ActivitySeries, functionSeries } from '../function-scale.ts';
import type { Disposition } from '../knowledge/dispositions.ts';
import { type Stage, screenedFindings, screenedText } from '../knowledge/questions.ts';
import type { Catalogue } from '../knowledge/text/catalogue.ts';
import type { ExportWords } from '../knowledge/text/export-words.ts';
import {
  caseOnDay,
  type DayPain,
  expectedCourse,
  expectedOnDay,
  type Progress,
  progress,
} from '../progress.ts';
import { triage } from '../triage.ts';

/** The sections of a catalogue the summary's words come from. */
export type SummaryWords = Pick<Catalogue, 'findings' | 'questions' | 'rules' | 'dispositions'>;

export type SummaryAnswer = AnswerValue | 'not_asked';

export interface SummaryQuestion {
  id: string;
  /** The finding's short clinical label, and the question as the person saw it. */
  label: string;
  question: string;
  answer: SummaryAnswer;
}

export interface SummaryStage {
  stage: Stage;
  title: string;
  questions: SummaryQuestion[];
}

export interface DispositionStep {
  date: CalendarDate;
  day: number;
  /** Absent for the first check; the person's answer at a check-in otherwise. */
  trend?: Trend;
  disposition: Disposition;
  title: string;
  reasons: string[];
}

export interface TreatmentDone {
  treatment: Treatment;
  times: number;
  days: number;
  minutes: number;
}

export interface SummaryNote {
  date: CalendarDate;
  text: string;
}

/** The one-page summary as data: every value the page shows, and nothing about how it looks. */
export interface Summary {
  madeOn: CalendarDate;
  asOf: CalendarDate;
  episodeId: string;
  onset: CalendarDate;
  day: number;
  age: number;
  closedOn?: CalendarDate;
  startedBy: string[];
  stages: SummaryStage[];
  course: DispositionStep[];
  pain: DayPain[];
  /** The expected course the app shows and judges by (`expectedCourse`): a bounded number of points, 0-10. */
  expected: { day: number; pain: number }[];
  chartDays: number;
  progress: Progress;
  treatments: TreatmentDone[];
  medicineDates: CalendarDate[];
  activities: ActivitySeries[];
  notes: SummaryNote[];
  /** The emergency number of the person's region, named beside every emergency sign; absent where unknown. */
  emergencyNumber?: string;
}

export interface SummaryInput {
  episode: Episode;
  /** Every entry the device holds; only the live ones of this episode are used. */
  entries: readonly Entry[];
  /** Today on the person's calendar: the summary covers onset to here. */
  today: CalendarDate;
  words: SummaryWords;
  /** The emergency number of the person's region, from their settings. */
  emergencyNumber?: string;
  /** The person's IANA zone, when the summary is made away from their device (for their clinician). */
  timeZone?: string | null;
}

function answerOf(episode: Episode, id: string): SummaryAnswer {
  const raw = episode.answers?.[id];
  if (raw) return raw;
  // Episodes made before raw answers were kept still know which findings were reported.
  return episode.case.findings?.includes(id as never) ? 'yes' : 'not_asked';
}

function stagesOf(episode: Episode, words: SummaryWords): SummaryStage[] {
  const out: SummaryStage[] = [];
  for (const q of screenedFindings) {
    let stage = out.find((s) => s.stage === q.stage);
    if (!stage) {
      stage = { stage: q.stage, title: words.questions.stages[q.stage], questions: [] };
      out.push(stage);
    }
    stage.questions.push({
      id: q.finding,
      label: words.findings[q.finding].label,
      question: screenedText(q, words),
      answer: answerOf(episode, q.finding),
    });
  }
  return out;
}

function step(episode: Episode, words: SummaryWords, date: CalendarDate, trend?: Trend): DispositionStep {
  const c = trend ? caseOnDay(episode.case, date, trend) : episode.case;
  const t = triage(c, words);
  const s: DispositionStep = {
    date,
    day: daysBetween(episode.onset, date),
    disposition: t.disposition,
    title: words.dispositions[t.disposition].title,
    reasons: t.reasons.map((r) => r.message),
  };
  if (trend) s.trend = trend;
  return s;
}

/** The advice level at the first check and again at every check-in the person answered. */
export function dispositionCourse(
  episode: Episode,
  live: readonly Entry[],
  words: SummaryWords,
): DispositionStep[] {
  const steps = [step(episode, words, episode.case.asOf)];
  for (const e of live) {
    if (e.checkIn && e.date >= episode.case.asOf) steps.push(step(episode, words, e.date, e.checkIn));
  }
  return steps;
}

function treatmentsDone(live: readonly Entry[]): TreatmentDone[] {
  return treatments.flatMap((t) => {
    const withIt = live.filter((e) => e.treatments?.includes(t));
    if (withIt.length === 0) return [];
    const minutes = withIt.reduce((sum, e) => sum + (e.minutes ?? 0), 0);
    return [{ treatment: t, times: withIt.length, days: new Set(withIt.map((e) => e.date)).size, minutes }];
  });
}

/** The live entries of one episode (core/diary.ts) from onset to today, in diary order. */
export function episodeEntries(entries: readonly Entry[], episode: Episode, today: CalendarDate): Entry[] {
  const mine = entries.filter((e) => e.episodeId === episode.id);
  return liveDiary([episode], mine).entries.filter((e) => e.date >= episode.onset && e.date <= today);
}

/** The tailor step's answers about how it started, as opposed to what it feels like. */
const startCodes: ReadonlySet<string> = new Set([
  'lifting_trigger',
  'twisting_trigger',
  'sudden_movement_trigger',
  'overuse_trigger',
  'prolonged_posture_trigger',
  'dehydration_suspected',
  'recurrent_episode',
]);

export function buildSummary({
  episode,
  entries,
  today,
  words,
  emergencyNumber,
  timeZone,
}: SummaryInput): Summary {
  const day = asOf(episode, today);
  const live = episodeEntries(entries, episode, day);
  const p = progress(live, episode.onset, day, episode.case);
  const lastDay = Math.max(14, p.day, ...p.days.map((d) => d.day));
  const summary: Summary = {
    madeOn: today,
    asOf: day,
    episodeId: episode.id,
    onset: episode.onset,
    day: p.day,
    age: episode.case.age,
    startedBy: screenedFindings.flatMap((q) =>
      startCodes.has(q.finding) && answerOf(episode, q.finding) === 'yes'
        ? [words.findings[q.finding].label]
        : [],
    ),
    stages: stagesOf(episode, words),
    course: dispositionCourse(episode, live, words),
    pain: p.days,
    expected: expectedCourse(p.days, lastDay),
    chartDays: lastDay,
    progress: p,
    treatments: treatmentsDone(live),
    medicineDates: [...new Set(live.filter((e) => e.treatments?.includes('medicine')).map((e) => e.date))],
    activities: functionSeries(live),
    notes: live.flatMap((e) => (e.note?.trim() ? [{ date: e.date, text: e.note.trim() }] : [])),
  };
  // The day the person closed it on their own calendar, not UTC's.
  if (episode.closedAt) summary.closedOn = dayOf(episode.closedAt, timeZone);
  if (emergencyNumber) summary.emergencyNumber = emergencyNumber;
  return summary;
}

const warningStages: readonly Stage[] = ['emergency', 'urgent', 'soon'];

/**
 * "What to tell them", from the person's own answers and diary rather than a generic list.
 * Unsure answers are named, never dropped.
 */
export function whatToTell(summary: Summary, words: ExportWords): string[] {
  const lines = [words.tell.started(summary.onset, summary.day, summary.startedBy)];
  const warning = summary.stages
    .filter((s) => warningStages.includes(s.stage))
    .flatMap((s) => s.questions.filter((q) => q.answer === 'yes' && q.id !== 'first_episode'));
  if (warning.length) lines.push(words.tell.warning(warning.map((q) => q.label)));
  const unsure = summary.stages.flatMap((s) => s.questions.filter((q) => q.answer === 'unsure'));
  if (unsure.length) lines.push(words.tell.unsure(unsure.map((q) => q.label)));
  const latest = summary.progress.latest;
  if (latest) lines.push(words.tell.painNow(latest.pain, latest.date));
  if (summary.progress.trend) lines.push(words.tell.trend(words.trend[summary.progress.trend]));
  const tried = summary.treatments.filter((t) => t.treatment !== 'medicine');
  if (tried.length) lines.push(words.tell.tried(tried.map((t) => words.treatment[t.treatment])));
  if (summary.medicineDates.length) lines.push(words.tell.medicines(summary.medicineDates.length));
  const answers = new Map(summary.stages.flatMap((s) => s.questions.map((q) => [q.id, q.answer] as const)));
  if (answers.get('recurrent_episode') === 'yes') lines.push(words.tell.history(true));
  else if (answers.get('first_episode') === 'yes') lines.push(words.tell.history(false));
  lines.push(words.tell.noMedicineDose);
  return lines;
}

/** The expected pain on `day`, to one decimal: the one expected course, scaled to the first rating. */
export function expectedOn(s: Pick<Summary, 'pain'>, day: number): number {
  return expectedOnDay(s.pain, day);
}
