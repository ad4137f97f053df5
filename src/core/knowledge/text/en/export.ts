import type { Disposition } from '../../dispositions.ts';
import { calendarWords } from '../calendar-words.ts';
import { csvHeader, type EmergencyNumberArg, type ExportWords } from '../export-words.ts';
import { daysAgoOf, decimalOf, formatLocale, listOf } from '../intl.ts';
import { plural } from '../plural.ts';
import { emergencySignWords } from './findings.ts';

const list = (items: string[]): string => listOf(items, 'en');

/** Pain ratings and the expected course, to one decimal at most: "4.5". */
const pain = (n: number): string => decimalOf(n, 'en');

/** The summary's dates in English words (calendar-words.ts): day before month, "Wed, 25 Nov". */
export const enDates = calendarWords(formatLocale.en, 'to');
const { longDate, dayWords, dateRun } = enDates;

const blank = '________________';

const times = (n: number): string => plural(n, { one: 'once', other: `${n} times` }, 'en');
const days = (n: number): string => `${n} ${plural(n, { one: 'day', other: 'days' }, 'en')}`;
const minutes = (n: number): string => `${n} ${plural(n, { one: 'minute', other: 'minutes' }, 'en')}`;

const answer: ExportWords['answer'] = { yes: 'Yes', no: 'No', unsure: 'Not sure', not_asked: 'Not asked' };

/** The answers as they read inside a sentence: fixed lower-case forms, never a case change at run time. */
const answerInSentence = new Map<string, string>([
  [answer.yes, 'yes'],
  [answer.no, 'no'],
  [answer.unsure, 'not sure'],
  [answer.not_asked, 'not asked'],
]);

const treatment: ExportWords['treatment'] = {
  ice: 'Cold pack',
  heat: 'Moist heat',
  medicine: 'Medicine',
  exercise: 'Exercises',
  rest: 'Rest',
  massage: 'Massage',
  stretching: 'Stretching',
};

/** The treatments as they read inside a sentence, looked up by their names above. */
const treatmentInSentence = new Map<string, string>([
  [treatment.ice, 'cold pack'],
  [treatment.heat, 'moist heat'],
  [treatment.medicine, 'medicine'],
  [treatment.exercise, 'exercises'],
  [treatment.rest, 'rest'],
  [treatment.massage, 'massage'],
  [treatment.stretching, 'stretching'],
]);

/**
 * How it started, as the start findings (findings.ts) read inside a sentence, looked up by their labels; a label
 * without one here is quoted, keeping its own capital letter.
 */
const startInSentence = new Map<string, string>([
  ['Began while lifting', 'began while lifting'],
  ['Began with a twist', 'began with a twist'],
  ['Began with a sudden movement', 'began with a sudden movement'],
  [
    'Began bending, or after repeated or unusual activity',
    'began bending, or after repeated or unusual activity',
  ],
  ['Followed long sitting or standing', 'followed long sitting or standing'],
  ['Possibly dehydrated', 'possibly dehydrated'],
  ['Has had back spasms before', 'has had back spasms before'],
]);

const call = (number: EmergencyNumberArg): string =>
  number ? `call ${number}` : 'call the emergency number';

/** All eight emergency signs and whom to call: the same safety net as the plan's, in every export. */
const safetyNet = (number: EmergencyNumberArg): string =>
  `Emergency signs: ${emergencySignWords.join('; ')}. If any of these appears, ${call(number)} now or go to an emergency department.`;

const enDispositionWords: Record<Disposition, string> = {
  emergency: 'Emergency care now',
  urgent: 'See a doctor today',
  gp_soon: 'See a doctor or physiotherapist within a week',
  self_care: 'Self-care',
};

/** What the plan holds at each level: urgent is pain relief only until a clinician has seen the person. */
const planInBrief: Record<Disposition, string> = {
  emergency: 'No home care plan: emergency care first.',
  urgent:
    'Pain relief only until a clinician has seen the person: cold for the first 72 hours, then moist heat, in 20-minute sessions; no exercises or stretches yet.',
  gp_soon:
    'Cold for the first 72 hours, then moist heat, in 20-minute sessions; rest only as the pain forces, then gentle movement.',
  self_care:
    'Cold for the first 72 hours, then moist heat, in 20-minute sessions; rest only as the pain forces, then gentle movement.',
};

export const enExport: ExportWords = {
  answer,
  trend: { better: 'better', same: 'the same', worse: 'worse' },
  treatment,
  trigger: {
    lifting: 'lifting',
    twisting: 'twisting',
    sudden_movement: 'a sudden movement',
    long_sitting: 'long sitting',
    long_standing: 'long standing',
    poor_sleep: 'poor sleep',
    stress: 'stress',
    dehydration: 'not drinking enough',
    exercise: 'exercise or sport',
  },
  disposition: enDispositionWords,
  summary: {
    title: 'Lower back pain: summary for a clinician',
    longDate,
    dateRun,
    patientName: (name) => `Name: ${name ?? `${blank}${blank}`}`,
    patientBirthDate: (date) => `Date of birth: ${date ? enDates.fullDate(date) : blank}`,
    advice: (date, day, advice) => `Advice on ${date} (day ${day}): ${advice}`,
    brief: (reason) => reason.split(/(?<=[.!?])\s+/)[0] ?? reason,
    adviceWhy: (reasons, more) =>
      more > 0
        ? plural(
            more,
            {
              one: `Why: ${reasons.join(' ')} And ${more} more reason.`,
              other: `Why: ${reasons.join(' ')} And ${more} more reasons.`,
            },
            'en',
          )
        : `Why: ${reasons.join(' ')}`,
    painInBrief: (first, latest, expected, checkIn) => {
      const a = pain(first.pain);
      const ratings = latest
        ? expected !== undefined
          ? `Pain ${a}/10 on day ${first.day}, ${pain(latest.pain)}/10 on day ${latest.day} (expected course by then: ${pain(expected)})`
          : `Pain ${a}/10 on day ${first.day}, ${pain(latest.pain)}/10 on day ${latest.day}`
        : expected !== undefined
          ? `Pain ${a}/10 on day ${first.day} (expected course by then: ${pain(expected)})`
          : `Pain ${a}/10 on day ${first.day}`;
      return checkIn
        ? `${ratings}; at the latest check-in, day ${checkIn.day}, felt ${checkIn.trend}.`
        : `${ratings}.`;
    },
    adviceNoReason: 'Why: no answer and nothing in the diary calls for a clinician.',
    signs: (items) => `Warning signs reported: ${items.join('; ')}.`,
    signsNone: 'Warning signs reported: none answered "yes" or "not sure".',
    sign: (label, given, when) => `${label}: ${answerInSentence.get(given) ?? given} (${when})`,
    atFirstCheck: 'first check',
    atCheckIn: (date, day) => `check-in on day ${day}, ${dayWords(date)}`,
    madeOn: (date) => `Made on ${longDate(date)} by the Unknot app from the person's own answers and diary.`,
    episode: (onset, day, asOf) =>
      `Began ${longDate(onset)} (day 0); day ${day} of this episode on ${longDate(asOf)}.`,
    closed: (date) => `Marked as over on ${longDate(date)}.`,
    age: (years) => `Age ${years}.`,
    started: 'How it started',
    startedUnknown: 'No trigger reported.',
    questions: 'Screening questions and answers',
    questionsNote:
      'From the first check; a sign reported at a later check-in shows its day. "Not sure" is never counted as "no".',
    questionCheckIn: (day) => `(day ${day})`,
    notAsked: (labels, all) =>
      all
        ? plural(
            labels.length,
            {
              one: `Not asked (${labels.length} item: the person skipped this step).`,
              other: `Not asked (${labels.length} items: the person skipped this step).`,
            },
            'en',
          )
        : `Not asked: ${list(labels)}.`,
    course: 'Advice given: changes only',
    changeAt: (date, day) => `From day ${day} (${dayWords(date)}), first check:`,
    changeCheckIn: (date, day, trend) => `From day ${day} (${dayWords(date)}), check-in, felt ${trend}:`,
    changeToday: (date, day) => `From day ${day} (${dayWords(date)}), today, on the latest diary:`,
    changesLeftOut: (count) =>
      plural(
        count,
        {
          one: `${count} more change of advice in between: every check-in is in the full diary (CSV or FHIR export).`,
          other: `${count} more changes of advice in between: every check-in is in the full diary (CSV or FHIR export).`,
        },
        'en',
      ),
    changeKept: (checkIns) => {
      const days = list(checkIns.map((c) => `day ${c.day} (felt ${c.trend})`));
      return plural(
        checkIns.length,
        { one: `Unchanged at the check-in on ${days}.`, other: `Unchanged at the check-ins on ${days}.` },
        'en',
      );
    },
    chart: 'Pain 0-10 by day since onset',
    chartDay: 'day',
    chartYou: "Daily mean of the person's ratings",
    chartExpected: 'Expected course: the average course (Costa et al., CMAJ 2012) scaled to the first rating',
    chartNone: 'No pain ratings recorded.',
    chartLatest: (latest, day, expected) =>
      `Latest: ${pain(latest)}/10 on day ${day}; the expected course is ${pain(expected)} by then.`,
    treatments: 'Treatments and exercises done',
    treatmentLine: (name, n, onDays, inAll) =>
      inAll > 0
        ? `${name}: ${times(n)} on ${days(onDays)}, ${minutes(inAll)} in all`
        : `${name}: ${times(n)} on ${days(onDays)}`,
    noTreatments: 'None recorded.',
    medicines: 'Medicines taken, by name (no doses recorded)',
    medicineLine: (name, taken, runs) =>
      `${name ?? 'A medicine, not named'}: ${days(taken)} (${runs.join(', ')})`,
    moreMedicines: (names, more) =>
      `Also named: ${list(more > 0 ? [...names, `${more} more`] : names)}; every day is in the full diary (CSV or FHIR export).`,
    noMedicines: 'No medicine recorded.',
    function: 'Activities the person finds hard (0 = cannot do, 10 = as before)',
    functionHint: "Rated at the start and weekly, in the person's own words.",
    noFunction: 'No activities rated.',
    notes: "Notes in the person's words",
    noNotes: 'No notes.',
    earlierNotes: (count) =>
      plural(
        count,
        {
          one: `${count} earlier note is in the full diary (CSV or FHIR export).`,
          other: `${count} earlier notes are in the full diary (CSV or FHIR export).`,
        },
        'en',
      ),
    noteDate: dayWords,
    emergency: safetyNet,
    about:
      "About Unknot: a self-care companion for acute lower-back muscle spasm. It asks screening questions, suggests how soon to seek care, and keeps a diary. It is not a diagnosis, it cannot examine anyone, and it does not replace a clinician's judgement. It never gives medicine doses.",
    pageOf: 'Page 1 of 1',
  },
  tell: {
    started: (onset, day, how) =>
      how.length
        ? `It started on ${dayWords(onset)} (${daysAgoOf(day, 'en')}): ${list(how.map((h) => startInSentence.get(h) ?? `"${h}"`))}.`
        : `It started on ${dayWords(onset)} (${daysAgoOf(day, 'en')}).`,
    warning: (labels) => `You answered yes to: ${list(labels)}.`,
    unsure: (labels) => `You were not sure about: ${list(labels)}. Say so; they can check.`,
    painNow: (rating, date) => `Your pain was ${pain(rating)} out of 10 on ${dayWords(date)}.`,
    trend: (trend) =>
      trend === 'the same'
        ? 'Since it started it has stayed the same.'
        : `Since it started it has got ${trend}.`,
    tried: (names) => `You have tried: ${list(names.map((n) => treatmentInSentence.get(n) ?? n))}.`,
    medicines: (names, taken) =>
      names.length
        ? `You noted taking ${list(names)} on ${days(taken)}: say how much you took, from the packet.`
        : `You noted taking a medicine on ${days(taken)}: name it and say how much you took, from the packet.`,
    history: (recurrent) =>
      recurrent ? 'You have had back spasms like this before.' : 'This is your first episode of back pain.',
    noMedicineDose: 'Bring your medicines or their packets with you.',
  },
  fhir: {
    condition: 'Low back pain',
    questionnaire: 'Unknot screening questions for acute lower-back muscle spasm',
    questionnaireDescription:
      'The questions the Unknot app asks, in its order: warning signs first, then about the person and the episode, then how it started and what it feels like. Each item carries the finding it asks about.',
    painObservation: 'Pain severity 0-10, self-reported',
    functionObservation:
      'Patient-specific functional scale: activities rated 0 (cannot do) to 10 (as before)',
    diaryObservation: 'Back pain diary entry',
    spasms: 'Number of spasms',
    minutes: 'Minutes of the session',
    medicine: 'Medicine taken, by name',
    carePlan: 'Self-care plan for acute lower-back muscle spasm',
    carePlanDescription: (disposition, number) =>
      `Advice level: ${enDispositionWords[disposition]}. ${planInBrief[disposition]} ${safetyNet(number)}`,
    session: (kind, n) => (kind === 'ice' ? `Cold pack, ${minutes(n)}` : `Moist heat, ${minutes(n)}`),
    checkIn: 'Check-in: is the back better, the same or worse?',
    wakeTime: 'When does your waking day start?',
    sleepTime: 'When does your waking day end?',
  },
  ics: {
    calendar: 'Unknot back care plan',
    session: (kind, n) => (kind === 'ice' ? `Cold pack for ${minutes(n)}` : `Moist heat for ${minutes(n)}`),
    sessionDescription: (kind, number) =>
      `${
        kind === 'ice'
          ? 'Wrap the cold pack in a thin cloth; never put ice on bare skin. Stop if the skin turns white or numb.'
          : 'Use a warm, damp towel or a wrapped heat pack, warm not hot; never put a damp towel on an electric heat pad, and never fall asleep on it.'
      } ${safetyNet(number)}`,
    checkInDescription: (ask, number) => `${ask} ${safetyNet(number)}`,
    checkIn: 'Back check-in in Unknot',
    alarm: 'Unknot reminder',
    notMade: 'no calendar made',
  },
  csv: { columns: csvHeader },
};
