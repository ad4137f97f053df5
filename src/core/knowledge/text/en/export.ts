import type { Disposition } from '../../dispositions.ts';
import { calendarWords } from '../calendar-words.ts';
import { csvHeader, type EmergencyNumberArg, type ExportWords } from '../export-words.ts';
import { emergencySignWords } from './findings.ts';

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The summary's dates in English words (calendar-words.ts). */
const { longDate, dayWords, dateRun } = calendarWords({
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  to: 'to',
});

const blank = '________________';

const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);

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
  answer: { yes: 'Yes', no: 'No', unsure: 'Not sure', not_asked: 'Not asked' },
  trend: { better: 'better', same: 'the same', worse: 'worse' },
  treatment: {
    ice: 'Cold pack',
    heat: 'Moist heat',
    medicine: 'Medicine',
    exercise: 'Exercises',
    rest: 'Rest',
    massage: 'Massage',
    stretching: 'Stretching',
  },
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
    patientBirthDate: (date) => `Date of birth: ${date ?? blank}`,
    advice: (date, day, advice) => `Advice on ${date} (day ${day}): ${advice}`,
    brief: (reason) => reason.split(/(?<=[.!?])\s+/)[0] ?? reason,
    adviceWhy: (reasons, more) =>
      `Why: ${reasons.join(' ')}${more > 0 ? ` And ${more} more ${more === 1 ? 'reason' : 'reasons'}.` : ''}`,
    painInBrief: (first, latest, expected, checkIn) =>
      [
        `Pain ${first.pain}/10 on day ${first.day}`,
        latest ? `, ${latest.pain}/10 on day ${latest.day}` : '',
        expected ? ` (expected course by then: ${expected})` : '',
        checkIn ? `; at the latest check-in, day ${checkIn.day}, felt ${checkIn.trend}` : '',
        '.',
      ].join(''),
    adviceNoReason: 'Why: no answer and nothing in the diary calls for a clinician.',
    signs: (items) => `Warning signs reported: ${items.join('; ')}.`,
    signsNone: 'Warning signs reported: none answered "yes" or "not sure".',
    sign: (label, answer, when) => `${label}: ${answer.toLowerCase()} (${when})`,
    atFirstCheck: 'first check',
    atCheckIn: (date, day) => `check-in on day ${day}, ${date}`,
    madeOn: (date) => `Made on ${date} by the Unknot app from the person's own answers and diary.`,
    episode: (onset, day, asOf) => `Began ${onset} (day 0); day ${day} of this episode on ${asOf}.`,
    closed: (date) => `Marked as over on ${date}.`,
    age: (years) => `Age ${years}.`,
    started: 'How it started',
    startedUnknown: 'No trigger reported.',
    questions: 'Screening questions and answers',
    questionsNote:
      'From the first check; a sign reported at a later check-in shows its day. "Not sure" is never counted as "no".',
    questionCheckIn: (day) => `(day ${day})`,
    notAsked: (labels, all) =>
      all
        ? `Not asked (${labels.length} items: the person skipped this step).`
        : `Not asked: ${list(labels)}.`,
    course: 'Advice given: changes only',
    changeAt: (date, day) => `From day ${day} (${date}), first check:`,
    changeCheckIn: (date, day, trend) => `From day ${day} (${date}), check-in, felt ${trend}:`,
    changeToday: (date, day) => `From day ${day} (${date}), today, on the latest diary:`,
    changesLeftOut: (count) =>
      `${count} more ${count === 1 ? 'change' : 'changes'} of advice in between: every check-in is in the full diary (CSV or FHIR export).`,
    changeKept: (checkIns) =>
      `Unchanged at the ${checkIns.length === 1 ? 'check-in' : 'check-ins'} on ${list(checkIns.map((c) => `day ${c.day} (felt ${c.trend})`))}.`,
    chart: 'Pain 0-10 by day since onset',
    chartDay: 'day',
    chartYou: "Daily mean of the person's ratings",
    chartExpected: 'Expected course: the average course (Costa et al., CMAJ 2012) scaled to the first rating',
    chartNone: 'No pain ratings recorded.',
    chartLatest: (pain, day, expected) =>
      `Latest: ${pain}/10 on day ${day}; the expected course is ${expected} by then.`,
    treatments: 'Treatments and exercises done',
    treatmentLine: (name, n, days, minutes) =>
      `${name}: ${times(n)} on ${days} ${days === 1 ? 'day' : 'days'}${minutes > 0 ? `, ${minutes} minutes in all` : ''}`,
    noTreatments: 'None recorded.',
    medicines: 'Medicines taken, by name (no doses recorded)',
    medicineLine: (name, days, runs) =>
      `${name ?? 'A medicine, not named'}: ${days} ${days === 1 ? 'day' : 'days'} (${runs.join(', ')})`,
    moreMedicines: (names, more) =>
      `Also named: ${list(more > 0 ? [...names, `${more} more`] : names)}; every day is in the full diary (CSV or FHIR export).`,
    noMedicines: 'No medicine recorded.',
    function: 'Activities the person finds hard (0 = cannot do, 10 = as before)',
    functionHint: "Rated at the start and weekly, in the person's own words.",
    noFunction: 'No activities rated.',
    notes: "Notes in the person's words",
    noNotes: 'No notes.',
    earlierNotes: (count) =>
      `${count} earlier ${count === 1 ? 'note is' : 'notes are'} in the full diary (CSV or FHIR export).`,
    emergency: safetyNet,
    about:
      "About Unknot: a self-care companion for acute lower-back muscle spasm. It asks screening questions, suggests how soon to seek care, and keeps a diary. It is not a diagnosis, it cannot examine anyone, and it does not replace a clinician's judgement. It never gives medicine doses.",
    pageOf: 'Page 1 of 1',
  },
  tell: {
    started: (onset, day, how) =>
      `It started on ${dayWords(onset)} (${day === 0 ? 'today' : day === 1 ? 'yesterday' : `${day} days ago`})${how.length ? `: ${list(how.map((h) => h.toLowerCase()))}` : ''}.`,
    warning: (labels) => `You answered yes to: ${list(labels)}.`,
    unsure: (labels) => `You were not sure about: ${list(labels)}. Say so; they can check.`,
    painNow: (pain, date) => `Your pain was ${pain} out of 10 on ${dayWords(date)}.`,
    trend: (trend) =>
      trend === 'the same'
        ? 'Since it started it has stayed the same.'
        : `Since it started it has got ${trend}.`,
    tried: (names) => `You have tried: ${list(names.map((n) => n.toLowerCase()))}.`,
    medicines: (names, days) =>
      names.length
        ? `You noted taking ${list(names)} on ${days} ${days === 1 ? 'day' : 'days'}: say how much you took, from the packet.`
        : `You noted taking a medicine on ${days} ${days === 1 ? 'day' : 'days'}: name it and say how much you took, from the packet.`,
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
    session: (kind, minutes) => `${kind === 'ice' ? 'Cold pack' : 'Moist heat'}, ${minutes} minutes`,
    checkIn: 'Check-in: is the back better, the same or worse?',
    wakeTime: 'When does your waking day start?',
    sleepTime: 'When does your waking day end?',
  },
  ics: {
    calendar: 'Unknot back care plan',
    session: (kind, minutes) => `${kind === 'ice' ? 'Cold pack' : 'Moist heat'} for ${minutes} minutes`,
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
