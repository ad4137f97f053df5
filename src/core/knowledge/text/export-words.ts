import type { Trend } from '../../case.ts';
import type { DailyTrigger, Treatment } from '../../entry.ts';
import type { AnswerValue } from '../../episode.ts';
import type { Disposition } from '../dispositions.ts';

/**
 * The emergency number of the person's region ("999"), from their settings; absent where it is not known
 * (a clinician's server export), and then the words say "the emergency number".
 */
export type EmergencyNumberArg = string | undefined;

/**
 * Every English sentence the exporters write, apart from the knowledge items they quote (question
 * labels, disposition titles). Structure lives in the builders; only words live here.
 */
export interface ExportWords {
  answer: Record<AnswerValue | 'not_asked', string>;
  trend: Record<Trend, string>;
  treatment: Record<Treatment, string>;
  trigger: Record<DailyTrigger, string>;
  disposition: Record<Disposition, string>;
  summary: {
    title: string;
    /** A calendar date in full for the headline: "Sun 6 Dec 2026". */
    longDate: (date: string) => string;
    /** A run of consecutive days: "4-8 Oct", or one day "12 Oct". */
    dateRun: (from: string, to: string) => string;
    /** The patient's name and date of birth, each a line to fill in when not given. */
    patientName: (name: string | undefined) => string;
    patientBirthDate: (date: string | undefined) => string;
    /** The headline: today's advice, its date (already `longDate`) and day since onset. */
    advice: (date: string, day: number, advice: string) => string;
    /** A triage reason in brief, for a reader in a hurry: its first sentence. */
    brief: (reason: string) => string;
    /** The reasons for today's advice (each already brief), and how many more there are. */
    adviceWhy: (reasons: string[], more: number) => string;
    adviceNoReason: string;
    /**
     * The pain at the first and latest ratings, the expected course by then (a number, written in the language:
     * "4.5", "4,5"), and the latest check-in.
     */
    painInBrief: (
      first: { day: number; pain: number },
      latest: { day: number; pain: number } | undefined,
      expected: number | undefined,
      checkIn: { day: number; trend: string } | undefined,
    ) => string;
    /** The warning signs answered yes or not sure, each already with its answer and when. */
    signs: (items: string[]) => string;
    signsNone: string;
    sign: (label: string, answer: string, when: string) => string;
    atFirstCheck: string;
    /** Every date below arrives as "YYYY-MM-DD" and is written in the language's words (calendar-words.ts). */
    atCheckIn: (date: string, day: number) => string;
    madeOn: (date: string) => string;
    episode: (onset: string, day: number, asOf: string) => string;
    closed: (date: string) => string;
    age: (years: number) => string;
    started: string;
    startedUnknown: string;
    questions: string;
    questionsNote: string;
    /** Beside a sign a check-in reported: its day. */
    questionCheckIn: (day: number) => string;
    /** The items of one stage never asked, on one line; `all` when none of the stage was asked. */
    notAsked: (labels: string[], all: boolean) => string;
    course: string;
    changeAt: (date: string, day: number) => string;
    changeCheckIn: (date: string, day: number, trend: string) => string;
    changeToday: (date: string, day: number) => string;
    /** How many changes of advice between the first and the latest ones the page had no room for. */
    changesLeftOut: (count: number) => string;
    /** The check-ins that kept the advice: each day and how the person felt. */
    changeKept: (checkIns: { day: number; trend: string }[]) => string;
    chart: string;
    chartDay: string;
    chartYou: string;
    chartExpected: string;
    chartNone: string;
    chartLatest: (pain: number, day: number, expected: number) => string;
    treatments: string;
    treatmentLine: (name: string, times: number, days: number, minutes: number) => string;
    noTreatments: string;
    medicines: string;
    /** One medicine by name (absent: ticked without a name), the days taken and those days as runs. */
    medicineLine: (name: string | undefined, days: number, runs: string[]) => string;
    /** The medicines past the page's room, named in one line, and how many more beyond those names. */
    moreMedicines: (names: string[], more: number) => string;
    noMedicines: string;
    function: string;
    functionHint: string;
    noFunction: string;
    notes: string;
    noNotes: string;
    earlierNotes: (count: number) => string;
    /** The date above a note, in words: "Wed, 25 Nov". */
    noteDate: (date: string) => string;
    /** The safety net: all eight emergency signs and the number to call (the PDF footer, the print page). */
    emergency: (number: EmergencyNumberArg) => string;
    about: string;
    pageOf: string;
  };
  tell: {
    started: (onset: string, day: number, how: string[]) => string;
    warning: (labels: string[]) => string;
    unsure: (labels: string[]) => string;
    painNow: (pain: number, date: string) => string;
    trend: (trend: string) => string;
    tried: (names: string[]) => string;
    /** The medicines the person named (none: only ticked) and on how many days they took any. */
    medicines: (names: string[], days: number) => string;
    history: (recurrent: boolean) => string;
    noMedicineDose: string;
  };
  fhir: {
    condition: string;
    questionnaire: string;
    questionnaireDescription: string;
    painObservation: string;
    functionObservation: string;
    diaryObservation: string;
    spasms: string;
    minutes: string;
    medicine: string;
    carePlan: string;
    carePlanDescription: (disposition: Disposition, number: EmergencyNumberArg) => string;
    session: (kind: 'ice' | 'heat', minutes: number) => string;
    checkIn: string;
    wakeTime: string;
    sleepTime: string;
  };
  ics: {
    calendar: string;
    session: (kind: 'ice' | 'heat', minutes: number) => string;
    sessionDescription: (kind: 'ice' | 'heat', number: EmergencyNumberArg) => string;
    checkInDescription: (ask: string, number: EmergencyNumberArg) => string;
    checkIn: string;
    alarm: string;
    /** Why no calendar came out, when the calendar library gives no reason. */
    notMade: string;
  };
  csv: {
    columns: Record<CsvColumn, string>;
  };
}

export const csvColumns = [
  'date',
  'recordedAt',
  'pain',
  'spasms',
  'triggers',
  'treatments',
  'medicines',
  'minutes',
  'checkIn',
  'function',
  'note',
  'id',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/**
 * The header row's names: column ids every reader of the file relies on (the README's table), the same in every
 * language, so each catalogue's `csv.columns` is this one record.
 */
export const csvHeader: Record<CsvColumn, string> = {
  date: 'date',
  recordedAt: 'recorded_at',
  pain: 'pain_0_10',
  spasms: 'spasms',
  triggers: 'triggers',
  treatments: 'treatments',
  medicines: 'medicines',
  minutes: 'session_minutes',
  checkIn: 'check_in',
  function: 'activities_0_10',
  note: 'note',
  id: 'entry_id',
};
