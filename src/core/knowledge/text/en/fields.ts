import type { BoundOrigin, FieldsWords } from '../fields-words.ts';

const bound = (which: string, n: string, origin: BoundOrigin): string =>
  origin === 'string'
    ? `must be ${which} ${n} characters long`
    : origin === 'array'
      ? `must hold ${which} ${n} items`
      : `must be ${which} ${n}`;

export const enFields: FieldsWords = {
  hints: {
    age: 'a whole number of years from 0 to 120',
    onset: 'the calendar date the pain started, as YYYY-MM-DD',
    asOf: 'the calendar date of this assessment, as YYYY-MM-DD, not before onset',
    painNow: 'a whole number from 0 (no pain) to 10 (worst imaginable)',
    trend: 'one of "better", "same" or "worse"',
    findings: 'a list of finding codes (see `unknot triage --help`)',
    unsure: 'a list of the finding codes answered "not sure" (see `unknot triage --help`)',
    wakeTime: 'a local time as HH:MM, for example 07:00',
    sleepTime: 'a local time as HH:MM, later than wakeTime',
    email: 'an email address such as name@example.org',
    password: (min, max) => `a password of ${min} to ${max} characters`,
    newPassword: (min, max) => `a new password of ${min} to ${max} characters`,
    currentPassword: 'your current password',
    emergencyNumber: 'the number to dial in an emergency: 2 to 15 digits, + * or #',
    backupApp: '"unknot", as the app saves it',
    backupVersion: '1, the only backup version so far',
    syncCursor: 'the cursor from the previous sync response, or nothing on a first sync',
    deviceToday: "today's date on the device's own calendar, as YYYY-MM-DD",
    timeZone: "the device's time zone, as an IANA name such as Europe/Berlin",
    languageChosenAt: 'the instant the language was chosen, with its offset, such as 2026-11-21T09:30:00Z',
    syncEntries: (max) => `a list of at most ${max} diary entries`,
    syncEpisodes: (max) => `a list of at most ${max} episodes`,
    shareCode: 'the share code your patient gave you, ten letters and digits such as ABCDE-12345',
    setupToken: 'the token from your set-up link',
    displayName: (max) => `the name you want your clinician to see, at most ${max} characters`,
    birthDate: 'your date of birth, as YYYY-MM-DD',
    oneOf: (...values) => `one of ${values.join(', ')}`,
    sortDirection: 'asc or desc',
    patientSearch: (max) => `part of a patient's name or email address, at most ${max} characters`,
    page: 'a page number from 0 to 9999',
  },
  unknowns: {
    finding: 'is not a known finding code; use one listed by `unknot triage --help`',
  },
  checks: {
    notADate: 'is not a real calendar date',
    notATime: 'is not a time of day as HH:MM',
    beforeOnset: (onset) => `is before onset (${onset})`,
    shortDay: (minutes) => `must be at least ${minutes} minutes after wakeTime on the same day`,
    sameActivityTwice: 'names the same activity twice',
    instantRange:
      'must be an instant in the years 0001 to 9999, to the microsecond at most, with an offset within +-15:59',
    notATimeZone:
      'is not a time zone this server knows: an IANA name such as Europe/Berlin or America/Los_Angeles',
    outsideWindow: (from, to) => `must be a date from ${from} to ${to}`,
    afterToday: (latest) =>
      `is after ${latest}, the day after today on this device: the pain cannot have started later than that`,
    outsideEpisode: (onset, from, to) =>
      `must fall within its episode (onset ${onset}): a date from ${from} to ${to}`,
  },
  nothing: 'nothing',
  type: (expected) => (expected === 'array' ? 'a list' : `a ${expected}`),
  atMost: (n, origin) => bound('at most', n, origin),
  atLeast: (n, origin) => bound('at least', n, origin),
  mustBe: (what) => `must be ${what}`,
  uuid: 'must be a UUID made by the device',
  instant: 'must be an instant with its offset, such as 2026-11-21T09:30:00Z',
  format: (format) => `must be in ${format} format`,
  onlyValue: (value) => `must be ${value} or left out`,
  oneOf: (values) => `must be one of ${values.join(', ')}`,
  notValid: (detail) => `is not valid: ${detail}`,
  secret: (field, what) => `${field} must be ${what ?? 'given'}`,
  required: (field, what) => `${field} is required: give ${what}`,
  unknownValue: (field, got, unknown) => `${field} ${got} ${unknown}`,
  checkWithHint: (field, check, hint) => `${field} ${check}: give ${hint}`,
  checkGot: (field, check, got) => `${field} ${check} (got ${got})`,
  hintGot: (field, hint, got) => `${field} must be ${hint} (got ${got})`,
  wantedGot: (field, wanted, got) => `${field} ${wanted} (got ${got})`,
  notACase: (got) => `the case must be a JSON object with age, onset and asOf (got ${got})`,
  backup: {
    notJson: 'The file is not a Unknot backup: it is not valid JSON.',
    notABackup: 'The file is not a Unknot backup: it holds no backup object.',
  },
  fhir: {
    notARecord: (prefix) => `${prefix}: not a record`,
    notABundle: 'resourceType: the file is not a FHIR Bundle',
    noEpisode: 'Condition: the Bundle holds no Unknot episode',
  },
};
