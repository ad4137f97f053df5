import type { Case, Trend } from '../case.ts';
import { asOf, dayOf } from '../clock.ts';
import { type CalendarDate, daysBetween } from '../dates.ts';
import { liveDiary } from '../diary.ts';
import type { Entry, Treatment } from '../entry.ts';
import { treatments } from '../entry.ts';
import type { AnswerValue, Episode } from '../episode.ts';
import { reportedSigns } from '../episode-view.ts';
import { type ActivitySeries, functionSeries } from '../function-scale.ts';
import type { Disposition } from '../knowledge/dispositions.ts';
import type { FindingCode } from '../knowledge/findings.ts';
import { type Stage, screenedFindings, screenedText } from '../knowledge/questions.ts';
import type { Catalogue } from '../knowledge/text/catalogue.ts';
import type { ExportWords } from '../knowledge/text/export-words.ts';
import { type MedicineTaken, medicinesTaken, tookMedicine } from '../medicines-taken.ts';
import {
  caseAtLatest,
  caseOnDay,
  type DayPain,
  expectedCourse,
  expectedOnDay,
  type Progress,
  progress,
} from '../progress.ts';
import type { PatientIdentity } from '../share.ts';
import { triage } from '../triage.ts';

/** The sections of a catalogue the summary's words come from. */
export type SummaryWords = Pick<Catalogue, 'findings' | 'questions' | 'rules' | 'dispositions' | 'medicines'>;

export type SummaryAnswer = AnswerValue | 'not_asked';

export interface SummaryQuestion {
  id: string;
  /** The finding's short clinical label, and the question as the person saw it. */
  label: string;
  question: string;
  answer: SummaryAnswer;
  /** When a check-in reported it (yes or not sure); absent when the first check did. */
  checkIn?: { date: CalendarDate; day: number };
}

export interface SummaryStage {
  stage: Stage;
  title: string;
  questions: SummaryQuestion[];
}

export interface DispositionStep {
  date: CalendarDate;
  day: number;
  /** The first check, a check-in, or today's reading of the latest diary (what the app shows today). */
  at: 'check' | 'check_in' | 'today';
  /** The person's answer at a check-in. */
  trend?: Trend;
  disposition: Disposition;
  title: string;
  reasons: string[];
}

/**
 * One change of advice: the step where a disposition began, and the check-ins after it that kept it (with
 * how the person felt then), so the history reads as changes, never the same advice once per check-in.
 */
export interface AdviceChange {
  from: DispositionStep;
  kept: DispositionStep[];
}

/** A warning sign answered yes or not sure, by name, and when: the first check, or a check-in's day. */
export interface SummarySign {
  finding: FindingCode;
  label: string;
  answer: 'yes' | 'unsure';
  checkIn?: { date: CalendarDate; day: number };
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
  /** The name and date of birth the patient chose to give; absent ones are printed as lines to fill in. */
  patient: PatientIdentity;
  /** The advice the app gives today, on the latest diary: the page's headline. */
  advice: DispositionStep;
  startedBy: string[];
  /** The warning signs answered yes or not sure, with when each was reported. */
  signs: SummarySign[];
  stages: SummaryStage[];
  /** The advice at the first check and at every check-in. */
  course: DispositionStep[];
  /** The advice history as changes: `course` and today's advice, runs of the same disposition as one. */
  changes: AdviceChange[];
  pain: DayPain[];
  /** The expected course the app shows and judges by (`expectedCourse`): a bounded number of points, 0-10. */
  expected: { day: number; pain: number }[];
  chartDays: number;
  progress: Progress;
  treatments: TreatmentDone[];
  /** Every day a medicine was noted, named or not. */
  medicineDates: CalendarDate[];
  /** Each medicine by name with its days; the days with no name last. */
  medicines: MedicineTaken[];
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
  /** The name and date of birth the patient chose to give, if any. */
  patient?: PatientIdentity;
}

function answerOf(episode: Episode, id: string): SummaryAnswer {
  const raw = episode.answers?.[id];
  if (raw) return raw;
  // Episodes made before raw answers were kept still know which findings were reported.
  return episode.case.findings?.includes(id as never) ? 'yes' : 'not_asked';
}

function stagesOf(episode: Episode, words: SummaryWords): SummaryStage[] {
  const out: SummaryStage[] = [];
  const when = new Map(reportedSigns(episode).map((r) => [r.finding as string, r.checkIn]));
  for (const q of screenedFindings) {
    let stage = out.find((s) => s.stage === q.stage);
    if (!stage) {
      stage = { stage: q.stage, title: words.questions.stages[q.stage], questions: [] };
      out.push(stage);
    }
    const question: SummaryQuestion = {
      id: q.finding,
      label: words.findings[q.finding].label,
      question: screenedText(q, words),
      answer: answerOf(episode, q.finding),
    };
    const checkIn = when.get(q.finding);
    if (checkIn && (question.answer === 'yes' || question.answer === 'unsure')) question.checkIn = checkIn;
    stage.questions.push(question);
  }
  return out;
}

/**
 * The case as it stood on `date`: the signs a later check-in reported were not yet known, so the advice of an
 * earlier step is not raised by them.
 */
function caseKnownOn(episode: Episode, date: CalendarDate): Case {
  const later = (code: string) => (episode.reportedOn?.[code] ?? '') > date;
  const c: Case = { ...episode.case };
  if (c.findings) c.findings = c.findings.filter((f) => !later(f));
  if (c.unsure) {
    const unsure = c.unsure.filter((f) => !later(f));
    if (unsure.length) c.unsure = unsure;
    else delete c.unsure;
  }
  return c;
}

function stepOf(episode: Episode, words: SummaryWords, c: Case, at: DispositionStep['at']): DispositionStep {
  const t = triage(c, words);
  const s: DispositionStep = {
    date: c.asOf,
    day: daysBetween(episode.onset, c.asOf),
    at,
    disposition: t.disposition,
    title: words.dispositions[t.disposition].title,
    reasons: t.reasons.map((r) => r.message),
  };
  if (at === 'check_in' && c.trend) s.trend = c.trend;
  return s;
}

/** The advice level at the first check and again at every check-in the person answered. */
export function dispositionCourse(
  episode: Episode,
  live: readonly Entry[],
  words: SummaryWords,
): DispositionStep[] {
  const first = episode.case.asOf;
  const steps = [stepOf(episode, words, caseKnownOn(episode, first), 'check')];
  for (const e of live) {
    if (e.checkIn && e.date >= first)
      steps.push(
        stepOf(episode, words, caseOnDay(caseKnownOn(episode, e.date), e.date, e.checkIn), 'check_in'),
      );
  }
  return steps;
}

/**
 * The advice the app gives on `day`: the triage of the case as the latest diary leaves it, dated that day (as
 * `caseNow` has it for Today and the result screen, so the page and the app never disagree).
 */
export function adviceOn(
  episode: Episode,
  live: readonly Entry[],
  day: CalendarDate,
  words: SummaryWords,
): DispositionStep {
  return stepOf(episode, words, { ...caseAtLatest(episode.case, live, day).case, asOf: day }, 'today');
}

/**
 * The history as changes: consecutive steps with the same disposition are one change, from the first of them;
 * today's advice closes it, as a change of its own only when it differs from the last.
 */
export function adviceChanges(course: readonly DispositionStep[], today: DispositionStep): AdviceChange[] {
  const changes: AdviceChange[] = [];
  for (const st of [...course, today]) {
    const last = changes.at(-1);
    if (last && last.from.disposition === st.disposition) {
      if (st.at === 'check_in') last.kept.push(st);
    } else changes.push({ from: st, kept: [] });
  }
  return changes;
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
  patient,
}: SummaryInput): Summary {
  const day = asOf(episode, today);
  const live = episodeEntries(entries, episode, day);
  const p = progress(live, episode.onset, day, episode.case);
  const lastDay = Math.max(14, p.day, ...p.days.map((d) => d.day));
  const course = dispositionCourse(episode, live, words);
  const advice = adviceOn(episode, live, day, words);
  const summary: Summary = {
    madeOn: today,
    asOf: day,
    episodeId: episode.id,
    onset: episode.onset,
    day: p.day,
    age: episode.case.age,
    patient: { ...patient },
    advice,
    startedBy: screenedFindings.flatMap((q) =>
      startCodes.has(q.finding) && answerOf(episode, q.finding) === 'yes'
        ? [words.findings[q.finding].label]
        : [],
    ),
    signs: reportedSigns(episode).map((r) => {
      const sign: SummarySign = {
        finding: r.finding,
        label: words.findings[r.finding].label,
        answer: r.answer,
      };
      if (r.checkIn) sign.checkIn = r.checkIn;
      return sign;
    }),
    stages: stagesOf(episode, words),
    course,
    changes: adviceChanges(course, advice),
    pain: p.days,
    expected: expectedCourse(p.days, lastDay),
    chartDays: lastDay,
    progress: p,
    treatments: treatmentsDone(live),
    medicineDates: [...new Set(live.filter(tookMedicine).map((e) => e.date))],
    medicines: medicinesTaken(live, words.medicines),
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
  if (summary.medicineDates.length) {
    const names = summary.medicines.flatMap((m) => (m.name ? [m.name] : []));
    lines.push(words.tell.medicines(names, summary.medicineDates.length));
  }
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

/** One change of advice in words: when, the advice, the reasons not said before it, and the check-ins that kept it. */
export interface ChangeInWords {
  when: string;
  advice: string;
  /** Not self-care: printed strong. */
  strong: boolean;
  reasons: string[];
  kept?: string;
}

/** The sentences the PDF and the print page share, so the two never say different things. */
export interface SummaryInWords {
  /** After the first change, when changes in between were left out for room. */
  changesLeftOut?: string;
  /** The name and the date of birth, each its own piece so a blank stays a line to write on. */
  patient: [string, string];
  headline: string;
  why: string;
  /** The pain at first and now against the expected course, and the latest check-in; absent with no rating. */
  pain?: string;
  signs: string;
  changes: ChangeInWords[];
  medicines: string[];
}

/** At most this many reasons under the headline, and under one change: the rest are in the app. */
const REASONS_SHOWN = 3;
const REASONS_PER_CHANGE = 2;
/** A medicine past the room is named in one line, up to this many names. */
const NAMES_IN_BRIEF = 8;

/**
 * How much of the history and the medicines a page has room for: the changes of advice shown (the first and
 * the latest), whether each shows its reasons and the check-ins that kept it, and the medicine lines.
 */
export interface SummaryRoom {
  changes: number;
  detail: boolean;
  medicines: number;
}

const fullRoom: SummaryRoom = { changes: 5, detail: true, medicines: 6 };

export function summaryInWords(s: Summary, w: ExportWords, room: SummaryRoom = fullRoom): SummaryInWords {
  const { advice } = s;
  const brief = (reasons: readonly string[]) => reasons.map(w.summary.brief);
  const said = new Set<string>();
  // The first advice and the latest ones matter most: with too many changes, those in between are counted.
  const shownChanges =
    s.changes.length > room.changes
      ? [s.changes[0] as AdviceChange, ...s.changes.slice(-Math.max(1, room.changes - 1))]
      : s.changes;
  const changes = shownChanges.map(({ from, kept }): ChangeInWords => {
    const when =
      from.at === 'check'
        ? w.summary.changeAt(from.date, from.day)
        : from.at === 'today'
          ? w.summary.changeToday(from.date, from.day)
          : w.summary.changeCheckIn(from.date, from.day, w.trend[from.trend ?? 'same']);
    // A reason is printed the first time it applies; later changes that repeat it add nothing to read.
    const reasons = room.detail
      ? brief(from.reasons.filter((r) => !said.has(r)).slice(0, REASONS_PER_CHANGE))
      : [];
    for (const r of from.reasons) said.add(r);
    const c: ChangeInWords = {
      when,
      advice: w.disposition[from.disposition],
      strong: from.disposition !== 'self_care',
      reasons,
    };
    const answered = kept.flatMap((k) => (k.trend ? [{ day: k.day, trend: w.trend[k.trend] }] : []));
    if (answered.length && room.detail) c.kept = w.summary.changeKept(answered);
    return c;
  });
  const medicines =
    s.medicines.length > room.medicines ? s.medicines.slice(0, room.medicines - 1) : s.medicines;
  const more = s.medicines.slice(medicines.length).flatMap((m) => (m.name ? [m.name] : []));
  const inWords: SummaryInWords = {
    patient: [w.summary.patientName(s.patient.displayName), w.summary.patientBirthDate(s.patient.birthDate)],
    headline: w.summary.advice(
      w.summary.longDate(advice.date),
      advice.day,
      w.disposition[advice.disposition],
    ),
    why: advice.reasons.length
      ? w.summary.adviceWhy(
          brief(advice.reasons.slice(0, REASONS_SHOWN)),
          Math.max(0, advice.reasons.length - REASONS_SHOWN),
        )
      : w.summary.adviceNoReason,
    signs: s.signs.length
      ? w.summary.signs(
          s.signs.map((sign) =>
            w.summary.sign(
              sign.label,
              w.answer[sign.answer],
              sign.checkIn
                ? w.summary.atCheckIn(sign.checkIn.date, sign.checkIn.day)
                : w.summary.atFirstCheck,
            ),
          ),
        )
      : w.summary.signsNone,
    changes,
    medicines: medicines.map((m) =>
      w.summary.medicineLine(
        m.name,
        m.dates.length,
        m.runs.map((r) => w.summary.dateRun(r.from, r.to)),
      ),
    ),
  };
  const first = s.pain[0];
  if (first) {
    const latest = s.progress.latest;
    const later = latest && latest.day !== first.day ? latest : undefined;
    const checkIn = s.course.filter((st) => st.at === 'check_in').at(-1);
    inWords.pain = w.summary.painInBrief(
      first,
      later,
      later ? expectedOn(s, later.day) : undefined,
      checkIn?.trend ? { day: checkIn.day, trend: w.trend[checkIn.trend] } : undefined,
    );
  }
  if (shownChanges.length < s.changes.length)
    inWords.changesLeftOut = w.summary.changesLeftOut(s.changes.length - shownChanges.length);
  if (more.length)
    inWords.medicines.push(
      w.summary.moreMedicines(more.slice(0, NAMES_IN_BRIEF), Math.max(0, more.length - NAMES_IN_BRIEF)),
    );
  return inWords;
}

/** The questions of a stage worth a line each (answered), and the labels of those never asked, for one line. */
export function stageInBrief(stage: SummaryStage): {
  asked: SummaryQuestion[];
  notAsked: string[];
  allNotAsked: boolean;
} {
  const asked = stage.questions.filter((q) => q.answer !== 'not_asked');
  const notAsked = stage.questions.filter((q) => q.answer === 'not_asked').map((q) => q.label);
  return { asked, notAsked, allNotAsked: asked.length === 0 };
}
