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
    madeOn: (date: string) => string;
    episode: (onset: string, day: number, asOf: string) => string;
    closed: (date: string) => string;
    age: (years: number) => string;
    started: string;
    startedUnknown: string;
    questions: string;
    questionsNote: string;
    course: string;
    courseAt: (date: string, day: number) => string;
    courseCheckIn: (date: string, day: number, trend: string) => string;
    chart: string;
    chartDay: string;
    chartYou: string;
    chartExpected: string;
    chartNone: string;
    chartLatest: (pain: number, day: number, expected: string) => string;
    treatments: string;
    treatmentLine: (name: string, times: number, days: number, minutes: number) => string;
    noTreatments: string;
    medicines: string;
    medicineLine: (dates: string[]) => string;
    noMedicines: string;
    function: string;
    functionHint: string;
    noFunction: string;
    notes: string;
    noNotes: string;
    earlierNotes: (count: number) => string;
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
    medicines: (count: number) => string;
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
  'minutes',
  'checkIn',
  'function',
  'note',
  'id',
] as const;
export type CsvColumn = (typeof csvColumns)[number];
