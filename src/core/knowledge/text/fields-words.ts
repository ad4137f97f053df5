/**
 * The words of the field checks: what to write in each field (a hint, keyed by the id a schema carries
 * in its meta), what a failed check says (keyed by the id a custom issue carries in its params), and
 * the templates that put a field, what it wanted and what was given together.
 */

/** What to write in a field. A function where the hint names a limit the schema sets. */
export interface FieldHints {
  age: string;
  onset: string;
  asOf: string;
  painNow: string;
  trend: string;
  findings: string;
  unsure: string;
  wakeTime: string;
  sleepTime: string;
  email: string;
  password: (min: number, max: number) => string;
  newPassword: (min: number, max: number) => string;
  currentPassword: string;
  emergencyNumber: string;
  backupApp: string;
  backupVersion: string;
  syncCursor: string;
  deviceToday: string;
  timeZone: string;
  languageChosenAt: string;
  syncEntries: (max: number) => string;
  syncEpisodes: (max: number) => string;
  shareCode: string;
  setupToken: string;
  displayName: (max: number) => string;
  birthDate: string;
  /** A value from a fixed list, the list given as the hint's args. */
  oneOf: (...values: string[]) => string;
  sortDirection: string;
  patientSearch: (max: number) => string;
  page: string;
}
export type HintId = keyof FieldHints;

/** What follows a value that is not on a fixed list, in place of "must be". */
export interface FieldUnknowns {
  finding: string;
}
export type UnknownId = keyof FieldUnknowns;

/** A check of the core's own (zod `custom` issue), by the id in its params. */
export type CustomCheck =
  | { id: 'notADate' }
  | { id: 'notATime' }
  | { id: 'beforeOnset'; onset: string }
  | { id: 'shortDay'; minutes: number }
  | { id: 'sameActivityTwice' }
  | { id: 'instantRange' }
  | { id: 'notATimeZone' }
  | { id: 'outsideWindow'; from: string; to: string }
  | { id: 'afterToday'; latest: string }
  | { id: 'outsideEpisode'; onset: string; from: string; to: string };

export interface FieldChecks {
  notADate: string;
  notATime: string;
  beforeOnset: (onset: string) => string;
  shortDay: (minutes: number) => string;
  sameActivityTwice: string;
  instantRange: string;
  notATimeZone: string;
  outsideWindow: (from: string, to: string) => string;
  afterToday: (latest: string) => string;
  outsideEpisode: (onset: string, from: string, to: string) => string;
}

/** Where a size limit applies: the length of text, the items of a list, or the number itself. */
export type BoundOrigin = 'string' | 'array' | 'number';

export interface FieldsWords {
  hints: FieldHints;
  unknowns: FieldUnknowns;
  checks: FieldChecks;
  /** How a value that is not there is quoted. */
  nothing: string;
  /** A JSON type by name (`string`, `array`...), as what a field must be. */
  type: (expected: string) => string;
  atMost: (n: string, origin: BoundOrigin) => string;
  atLeast: (n: string, origin: BoundOrigin) => string;
  mustBe: (what: string) => string;
  uuid: string;
  instant: string;
  format: (format: string) => string;
  /** Only one value is allowed, already JSON-quoted. */
  onlyValue: (value: string) => string;
  oneOf: (values: string[]) => string;
  /** Any other zod issue, with zod's own message. */
  notValid: (detail: string) => string;
  /** Said of a secret field, never quoting it: `what` is its hint, or undefined. */
  secret: (field: string, what: string | undefined) => string;
  required: (field: string, what: string) => string;
  unknownValue: (field: string, got: string, unknown: string) => string;
  checkWithHint: (field: string, check: string, hint: string) => string;
  checkGot: (field: string, check: string, got: string) => string;
  /** `wanted` is the hint ("must be" goes before it) or a whole "must..." phrase (`wantedGot`). */
  hintGot: (field: string, hint: string, got: string) => string;
  wantedGot: (field: string, wanted: string, got: string) => string;
  /** The whole input is not a case object. */
  notACase: (got: string) => string;
  backup: { notJson: string; notABackup: string };
  fhir: {
    /** A record of the file (`episode`, `entry <id>`) is not an object. */
    notARecord: (prefix: string) => string;
    notABundle: string;
    noEpisode: string;
  };
}
