/** The API's operations, each with one summary in the API document. */
export type ApiOperation =
  | 'health'
  | 'openapi'
  | 'signUp'
  | 'logIn'
  | 'logOut'
  | 'signOutEverywhere'
  | 'me'
  | 'session'
  | 'password'
  | 'deleteAccount'
  | 'sync'
  | 'triage'
  | 'plan'
  | 'shareCode'
  | 'shares'
  | 'revokeShare'
  | 'reads'
  | 'clinicianSetup'
  | 'clinicianSettings'
  | 'saveClinicianSettings'
  | 'redeem'
  | 'patients'
  | 'patient'
  | 'summaryPdf'
  | 'fhir';

/** What a too-many-tries refusal counts. */
export type Attempts = 'fromAddress' | 'failedLogins' | 'wrongPasswords';

/**
 * The server's words: `unknot serve` on the terminal, the page shown while the app is not built, the API
 * document and every problem message an API response carries (the field, what is wrong, what to do).
 */
export interface ServerWords {
  serve: {
    help: string;
    /** A refusal of `unknot serve` itself, one line on standard error. */
    refused: (reason: string) => string;
    port: (given: string) => string;
    building: string;
    noBuilder: string;
    notBuilt: string;
    couldNotStart: (reason: string) => string;
    running: (url: string) => string;
  };
  /** The page served in the app's place until it is built; `build` and `start` are the commands, as markup. */
  notBuiltPage: { title: string; heading: string; body: (build: string, start: string) => string };
  openapi: {
    title: string;
    summaries: Record<ApiOperation, string>;
    /** The CSRF header's description; the header's name goes before it. */
    csrf: string;
    done: string;
    failure: string;
    /** Start-up refuses routes that do not describe themselves; `routes` lists them. */
    undescribed: (routes: string) => string;
    /** Start-up refuses routes that do not declare whom they serve; `routes` lists them. */
    unroled: (routes: string) => string;
  };
  /** The server's secret (UNKNOT_SERVER_SECRET, or the file server-secret in the data directory). */
  secret: {
    envTooShort: (min: number) => string;
    badFile: (file: string) => string;
  };
  /** The data directory of the embedded database. */
  dataDir: {
    inUse: (dir: string, owner: number | undefined) => string;
    unclaimed: (dir: string) => string;
    noTemplate: (template: string) => string;
  };
  /** The operator's socket in the data directory (server/admin.ts), for `unknot clinician` while the server runs. */
  admin: {
    notARequest: string;
    noAnswer: (path: string) => string;
    /** Said by `unknot serve` when the socket could not be made; the server runs on without it. */
    noSocket: (path: string, reason: string) => string;
  };
  problems: {
    badAddress: string;
    notUtf8: string;
    databaseDown: string;
    serverFault: string;
    notFound: (method: string, path: string) => string;
    tooMany: (what: Attempts, seconds: number) => string;
    /** The request body: its shape and its characters. */
    body: {
      notObject: (what: string) => string;
      notJson: string;
      tooLarge: string;
      mediaType: string;
      length: string;
      unreadable: string;
      tooDeep: string;
      /** `path` is the field holding the character, when it is not the body itself. */
      brokenCharacter: (path: string | undefined) => string;
      brokenFieldName: string;
      notCase: string;
    };
    /** What each body must give, after `notObject`. */
    give: {
      credentials: string;
      passwordChange: string;
      deletion: string;
      sync: string;
      syncRecord: (list: string) => string;
    };
    signedOut: string;
    csrf: (header: string) => string;
    weakPassword: (field: string) => string;
    emailTaken: string;
    wrongCredentials: string;
    wrongPassword: string;
    cursor: string;
    accountGone: string;
    syncsInProgress: (open: number) => string;
    abandoned: string;
    recordTooLarge: (sizeKb: number, limitKb: number) => string;
    diskFull: (freeMb: number, floorMb: number) => string;
    signUpBytesPerDay: (limitMb: number, minutes: number) => string;
    recordsPerDay: (limit: number, minutes: number) => string;
    /** Megabytes held and allowed, as numbers: written in the language, to one decimal place at most. */
    storedBytes: (heldMb: number, limitMb: number) => string;
  };
}
