import { findings } from '../../findings.ts';
import type { CliWords } from '../cli-words.ts';
import { daysAgoOf } from '../intl.ts';
import { plural } from '../plural.ts';
import { enDates } from './export.ts';
import { enFindings } from './findings.ts';

const usage = `unknot: a self-care companion for acute lower-back muscle spasm.
Not a substitute for a clinician: if in doubt, or if a warning sign appears, get medical help.

Usage:
  unknot check [--today YYYY-MM-DD]   answer questions, get a result and today's plan
  unknot triage [FILE] [--json]       triage a case (JSON from FILE or standard input)
  unknot triage [FILE] --jsonl        triage many cases: one JSON case a line in, one result a line out
  unknot plan [FILE] [--json]         triage a case and make its dated care plan
  unknot plan [FILE] --jsonl          plan many cases, one a line
  unknot serve [--port N]             run the server: the web app, the API and sync
  unknot export --format pdf|fhir|ics|csv [BACKUP.json]   export the current episode from a backup
  unknot clinician add EMAIL          make a clinician account; prints a one-time set-up link
  unknot clinician list|remove EMAIL  the clinicians; remove one (ends their sign-ins and shares)
  unknot <command> --help             help for one command
  --lang en|es                        the language to answer in, before or after the command
                                      (default: LC_ALL, LC_MESSAGES or LANG; else English)

Exit status: 0 for every valid case, 2 for invalid input (with --jsonl: 2 when any line was refused).`;

const jsonlNote =
  'a refused line gives {"line":N,"error":{"field","message"}} and the rest go on; exit 2 if any was refused';

const caseHelp = `The case is JSON, read from FILE or from standard input when FILE is - or absent:
  { "age": 34, "onset": "2026-11-20", "asOf": "2026-11-21", "painNow": 7,
    "trend": "better", "findings": ["lifting_trigger", "localized_pain"] }

  age        required, whole years 0-120
  onset      required, YYYY-MM-DD the pain started
  asOf       required, YYYY-MM-DD of this assessment, not before onset
  painNow    optional, whole number 0-10
  trend      optional, "better", "same" or "worse" since it started
  unsure     optional, the codes below answered "not sure" (never read as "no")
  wakeTime, sleepTime  optional (plan only), "HH:MM"; default 07:00 and 22:00
  findings   optional, finding codes:
${findings.map((f) => `    ${f.code.padEnd(34)} ${enFindings[f.code].label}`).join('\n')}`;

const verbs: CliWords['help']['verbs'] = {
  triage: `unknot triage [FILE] [--json]
Prints how urgently to get help (emergency, urgent, gp_soon or self_care) and every reason.
  --json   one JSON document: { disposition, days, reasons[] }
  --jsonl  batch: one case a line in, one result a line out (${jsonlNote})

${caseHelp}`,
  plan: `unknot plan [FILE] [--json]
Triages the case, then prints a care plan from asOf: cold or heat sessions inside the waking day,
check-ins, rest guidance and advice.
  --json   one JSON document: { triage, sessions[], checkIns[], maxBedRestDays, advice[], days[] }
  --jsonl  batch: one case a line in, one plan a line out (${jsonlNote})

${caseHelp}
  wakeTime   optional, HH:MM the waking day starts (default 07:00)
  sleepTime  optional, HH:MM the waking day ends (default 22:00)`,
  check: `unknot check [--today YYYY-MM-DD]
Asks the questions one at a time: warning signs first, then about you and how it started, then the
result, then an optional step to tailor your plan. Answer y, n or ? (not sure); in a numbered list type
the numbers, ?N for one you are not sure about, or none. Type "back" to change the last answer.
Answers can be piped in, one per line. --today sets the assessment date (default: today).`,
};

export const enCli: CliWords = {
  help: { usage, verbs },
  usage: {
    unknownCommand: (verb) =>
      `command: unknown command "${verb}"; use check, triage, plan, export, serve or clinician (see unknot --help)`,
    badOption: (reason, verb) => `options: ${reason}; see unknot ${verb} --help`,
    lang: (given) => `--lang: "${given}" is not a language Unknot speaks; use en (English) or es (Spanish)`,
    today: '--today: must be a calendar date as YYYY-MM-DD',
    oneFile: (given) => `FILE: give one case file, not ${given}`,
    jsonOrJsonl: 'options: give --json or --jsonl, not both',
  },
  render: {
    treatment: { ice: 'cold pack', heat: 'moist heat' },
    headline: {
      emergency: 'GET EMERGENCY CARE NOW',
      urgent: 'SEE A DOCTOR TODAY',
      gp_soon: 'BOOK A DOCTOR OR PHYSIOTHERAPIST SOON',
      self_care: 'YOU CAN LOOK AFTER THIS YOURSELF',
    },
    started: (days) => `it started ${daysAgoOf(days, 'en')}`,
    when: (text) => `When: ${text}`,
    who: (text) => `Who: ${text}`,
    why: 'Why:',
    whatToTell: 'What to tell them:',
    noHomePlan: 'No home care plan: get emergency care first.',
    today: (date, day) => `TODAY, ${enDates.dayWords(date)} (day ${day})`,
    sessionsAt: (name, minutes, times) =>
      `${name}, ${minutes} ${plural(minutes, { one: 'minute', other: 'minutes' }, 'en')} at: ${times}`,
    activity: {
      rest_allowed: (maxRest) =>
        `Rest only as much as the pain forces you to, for no more than ${maxRest} ${plural(maxRest, { one: 'day', other: 'days' }, 'en')} in all: longer in bed slows recovery. Get up and move a little each hour.`,
      gentle_movement: () => 'Keep moving gently: short walks, changing position often. Avoid heavy lifting.',
      comfort_until_seen: () =>
        'Until a doctor has seen you: keep comfortable, rest as you need, and leave exercises and stretches for now.',
    },
    activityShort: {
      rest_allowed: 'rest only as the pain forces',
      gentle_movement: 'gentle movement',
      comfort_until_seen: 'keep comfortable until seen',
    },
    nextDays: 'NEXT DAYS',
    noSessions: 'no sessions',
    day: (date, day) => `${enDates.dayWords(date)} (day ${day})`,
    checkIns: 'CHECK-INS',
    advice: 'ADVICE',
    sources: (titles) =>
      `(${plural(titles.length, { one: 'source', other: 'sources' }, 'en')}: ${titles.join('; ')})`,
  },
  input: {
    empty: 'input: empty; give a JSON case such as {"age":34,"onset":"2026-11-20","asOf":"2026-11-21"}',
    emptyLine: 'input: empty line; give one JSON case on each line',
    notJson: (reason) => `input: not valid JSON (${reason}); check quotes, commas and brackets`,
    invalidCase: 'input: invalid case',
    unreadable: (name, file, why, what) =>
      `${name}: cannot read "${file}": ${why === 'missing' ? 'no such file' : why === 'folder' ? 'it is a folder' : 'cannot read it'}; give the path of ${what}, or - for stdin`,
    caseFile: 'a JSON case file',
    backupFile: 'a backup file',
    at: (line, column) => ` at line ${line}, column ${column}`,
    refused: (verb, refused, total) =>
      `unknot: ${verb} --jsonl: ${refused} of ${total} ${plural(total, { one: 'line', other: 'lines' }, 'en')} refused; each has an error object on standard output`,
  },
  check: {
    intro: 'Unknot: a quick check of your back. This is not a substitute for a clinician.',
    howToAnswer: 'Answer y (yes), n (no) or ? (not sure). Type "back" to change your last answer.',
    accepts: {
      yes: ['y', 'yes'],
      no: ['n', 'no'],
      unsure: ['?', 'u', 'unsure', 'not sure'],
      better: ['b', 'better'],
      same: ['s', 'same'],
      worse: ['w', 'worse'],
      today: ['today'],
      yesterday: ['yesterday'],
      none: ['none'],
      back: ['back'],
      daysAgo: (text) => {
        const m = /^(\d+)( days? ago)?$/.exec(text);
        return m ? Number(m[1]) : undefined;
      },
    },
    regions: { europe: 'Europe', uk: 'UK', us_ca: 'US, Canada, Mexico and much of Latin America' },
    emergencyNumbers: (numbers) => `Emergency numbers: ${numbers}.`,
    numberIn: (number, region) => `${number} (${region})`,
    prompts: {
      yesNo: '[y/n/?]',
      signs: (count) =>
        `[type the numbers that apply, such as 1 3; ?N for one you are not sure about, such as ?${Math.min(2, count)}; or none]`,
      list: () => '[type the numbers that apply, such as 1 3; or none]',
      tailor: () => '[type the numbers that apply, such as 1 3; or none; an empty line skips this]',
      age: '[years]',
      date: '[YYYY-MM-DD, today, yesterday or N days ago]',
      trend: '[better/same/worse/?]',
      pain: '[0 to 10, or ? if you cannot say]',
    },
    count: (position, total) => `(${position}/${total})`,
    countMore: (position) => `(${position}, a few more to go)`,
    countLast: (position) => `(${position}, the last one)`,
    pain: 'Pain: type a whole number from 0 (no pain) to 10 (the worst), or ? if you cannot say.',
    sessionsPassed: (count) =>
      `Today's plan below leaves out ${count} ${plural(count, { one: 'session', other: 'sessions' }, 'en')} whose time has already passed.`,
    answerYesNo: 'Please answer y (yes), n (no) or ? (not sure).',
    age: 'Age: please type your age as a whole number from 0 to 120.',
    onset: 'Start date: type a date as YYYY-MM-DD, "today", "yesterday" or a number of days ago.',
    onsetAfterToday: (date, today) => `Start date: ${date} is after today (${today}).`,
    trend: 'Please answer better, same, worse or ? (not sure).',
    howToChoose: (count, allowUnsure) =>
      allowUnsure
        ? `type the numbers that apply (1 to ${count}), ?N for one you are not sure about (such as ?${Math.min(2, count)}), or none`
        : `type the numbers that apply (1 to ${count}), or none`,
    chooseAgain: (how) => `Please ${how}.`,
    notAChoice: (word, how) => `"${word}" is not one of the choices: ${how}.`,
    recheck: 'You were not sure. How to check it now:',
    recheckThen: 'Then answer once more. If you still cannot tell, answer ? and we will say what to do.',
    tellThem: 'Tell them:',
    adviceChanged: 'Your last answers change the advice:',
    endedEarly: (question) => `check: the answers ended before question "${question}"; answer every question`,
  },
  export: {
    help: `unknot export --format pdf|fhir|ics|csv [--page a4|letter] [BACKUP.json]
Reads the app's backup file (More > Settings, "Backup") from BACKUP.json, or standard input when it is - or
absent, and writes one export of the current episode to standard output:
  pdf    the one-page summary for a clinician (--page a4, the default, or letter)
  fhir   a FHIR R4 Bundle (JSON): Patient, Condition, Observations, Questionnaire and answers, CarePlan
  ics    the plan's sessions and check-ins as calendar events with reminders
  csv    the diary, one row per current entry
Example: unknot export --format pdf backup.json > summary.pdf`,
    format: (given) => `--format: give one of pdf, fhir, ics or csv (got ${given ?? 'nothing'})`,
    page: (given) => `--page: give a4 or letter (got ${given})`,
    oneBackup: (given) => `BACKUP: give one backup file, not ${given}`,
    empty: 'BACKUP: empty input; give the backup file the app saved',
    notBackup: (reason) => `BACKUP: not a valid Unknot backup: ${reason}`,
    noEpisode: 'BACKUP: episodes: the backup holds no episode to export',
  },
};
