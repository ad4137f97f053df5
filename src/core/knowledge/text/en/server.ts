import { decimalOf } from '../intl.ts';
import { plural } from '../plural.ts';
import type { ServerWords } from '../server-words.ts';

const seconds = (n: number) => `${n} ${plural(n, { one: 'second', other: 'seconds' }, 'en')}`;

export const enServer: ServerWords = {
  serve: {
    help: `Usage: unknot serve [--port N] [--host ADDRESS] [--data-dir DIR] [--build]

Runs the Unknot server: the web app and its API.
  --port N        port to listen on (default: PORT, else 3000; 0 picks a free one)
  --host ADDRESS  address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --data-dir DIR  the embedded database's directory (default: UNKNOT_DATA_DIR, else ./data)
  --build         build the web app first when its sources are newer than dist/web
With DATABASE_URL set, the server uses that PostgreSQL server instead of the embedded database.
`,
    refused: (reason) => `unknot serve: ${reason}`,
    port: (given) => `--port must be a whole number from 0 to 65535 (got ${given})`,
    building: 'Building the web app (npm run build:web)…',
    noBuilder:
      'the web app is older than its sources, and Vite (a dev dependency) is not installed to build it again: run npm ci',
    notBuilt: 'the web app did not build; serving the API and a placeholder page',
    couldNotStart: (reason) => `could not start: ${reason}`,
    running: (url) => `Unknot is running at ${url}`,
  },
  notBuiltPage: {
    title: 'Unknot: the app is not built',
    heading: 'Unknot is running, but the app is not built',
    body: (build, start) =>
      `The server and its API work. To use the app in this browser, build it with ${build}
and restart, or start the server with ${start}, which builds it first.`,
  },
  openapi: {
    title: 'Unknot API',
    summaries: {
      health: 'Whether the server and its database answer',
      openapi: 'This document: every route, its body and its answers',
      signUp: 'Sign up; signs in',
      logIn: 'Sign in',
      logOut: 'Sign out this device',
      signOutEverywhere: 'Sign out every device of the account, this one too',
      me: 'The signed-in account and its CSRF token',
      session:
        'Whether this browser is signed in: the account and its CSRF token, or signedIn false (never a 401)',
      password: 'Change the password; other devices are signed out',
      deleteAccount: 'Delete the account and every row of its data',
      sync: 'Push entries and episodes; pull changes since the cursor',
      triage: 'Triage a case',
      plan: 'Triage a case and plan its care',
      shareCode: 'Make a share code for a clinician (a patient account; the code works once, for 24 hours)',
      shares: 'The clinicians who can read this diary, and the share codes still open',
      revokeShare: 'Revoke a clinician’s access; it ends with their next request',
      reads: 'The audit trail: every read of this diary by a clinician',
      clinicianSetup:
        'A clinician sets a password with the one-time link from `unknot clinician add`; signs in',
      clinicianSettings: 'A clinician’s own settings: the paper their summaries are printed on',
      saveClinicianSettings: 'A clinician saves their own settings',
      redeem: 'A clinician redeems a patient’s share code',
      patients: 'A clinician’s patients with their flags, sorted and filtered, one page',
      patient: 'One patient’s flags, episodes and entries',
      summaryPdf: 'One episode’s one-page summary as PDF',
      fhir: 'One episode as a FHIR R4 Bundle',
    },
    csrf: 'Requests that change state while signed in carry this header with the csrf value from GET /api/v1/me.',
    done: 'done',
    failure: 'what is wrong, and the field',
    undescribed: (routes) =>
      `routes not registered from the route table (core/api.ts, server/routes.ts): ${routes}`,
    unroled: (routes) =>
      `routes that do not declare whom they serve (config.roles: 'anyone', or a list of roles): ${routes}`,
  },
  secret: {
    envTooShort: (min) =>
      `UNKNOT_SERVER_SECRET is shorter than ${min} characters: give a long random value (openssl rand -base64 32), or unset it to use the file in the data directory`,
    badFile: (file) =>
      `${file} is not a server secret (32 random bytes as base64url text): restore it from a backup, or remove it to make a new one (open share codes then stop working)`,
  },
  dataDir: {
    inUse: (dir, owner) =>
      `the data directory ${dir} is in use by ${owner ? `process ${owner}` : 'another server'}; stop it, or set DATABASE_URL to share a PostgreSQL server`,
    unclaimed: (dir) => `the data directory ${dir} could not be claimed; try again`,
    noTemplate: (template) =>
      `UNKNOT_PGLITE_TEMPLATE names ${template}, which is not a PGlite cluster; unset it, or make one with PGlite.create`,
  },
  admin: {
    notARequest: 'not a request this channel answers: it takes add, list and remove from unknot clinician',
    noAnswer: (path) => `the server at ${path} did not answer: is it still starting or stopping? Try again`,
    noSocket: (path, reason) =>
      `the operator's socket ${path} could not be made (${reason}); unknot clinician works only while this server is stopped`,
  },
  problems: {
    badAddress: 'the address is not valid: check the path for a stray % sign',
    notUtf8: 'the body is not valid UTF-8: send the JSON text in UTF-8',
    databaseDown: 'the database does not answer; try again shortly',
    serverFault: 'something went wrong on the server; try again shortly',
    notFound: (method, path) => `there is no ${method} ${path} here: see /api/v1/openapi.json`,
    tooMany: (what, n) =>
      `too many ${
        {
          fromAddress: 'attempts from this address',
          failedLogins: 'failed logins for this email',
          wrongPasswords: 'wrong passwords',
        }[what]
      }: wait ${seconds(n)} and try again`,
    body: {
      notObject: (what) => `the body must be a JSON object: ${what}`,
      notJson: 'the body is not valid JSON: send one JSON object',
      tooLarge: 'the body is too large: send fewer entries per request',
      mediaType: 'send the body as JSON with the header content-type: application/json',
      length: 'the content-length header does not match the body',
      unreadable: 'the request could not be read: send one JSON object',
      tooDeep: 'the body is nested too deeply: send the documented shape',
      brokenCharacter: (path) =>
        `${path ?? 'the body'} contains a NUL or broken Unicode character: remove it`,
      brokenFieldName: 'a field name contains a NUL or broken Unicode character',
      notCase: 'the body must be a JSON case object with age, onset and asOf',
    },
    give: {
      credentials: 'give "email" and "password"',
      passwordChange: 'give "currentPassword" and "newPassword"',
      deletion: 'give "password" to confirm',
      sync: 'give "entries", "episodes" and "cursor"',
      syncRecord: (list) => `each of ${list} must be a JSON object`,
    },
    signedOut: 'you are not signed in, or your login has expired: sign in again',
    csrf: (header) => `send the header ${header} with the csrf value from GET /api/v1/me`,
    weakPassword: (field) =>
      `${field} is too common or too easy to guess: use a longer phrase of several unrelated words`,
    emailTaken: 'an account with this email already exists: sign in instead',
    wrongCredentials: 'the email or the password is wrong: check both and try again',
    wrongPassword: 'the password is wrong: give your current password to confirm',
    cursor: 'cursor is not one this server gave: leave it out to sync from the start',
    accountGone: 'this account no longer exists: sign in again',
    syncsInProgress: (open) =>
      `this account already has ${open} ${plural(open, { one: 'sync', other: 'syncs' }, 'en')} in progress: wait for ${plural(open, { one: 'it', other: 'them' }, 'en')} to finish`,
    abandoned: 'the request was abandoned before it was read',
    recordTooLarge: (size, limit) =>
      `is ${size} KB as JSON, and one record may be at most ${limit} KB: shorten its note`,
    diskFull: (free, floor) =>
      `the server's disk is nearly full (${free} MB free; it keeps at least ${floor} MB free), so nothing new is stored: your entries stay on the device and are sent once the server's operator has made room`,
    signUpBytesPerDay: (limit, minutes) =>
      `accounts signed up from this address today already hold ${limit} MB of room between them, the most one address may claim in a day: try again after midnight UTC, in ${minutes} ${plural(minutes, { one: 'minute', other: 'minutes' }, 'en')}, or ask the server's operator`,
    recordsPerDay: (limit, minutes) =>
      `this account has reached its limit of ${limit} ${plural(limit, { one: 'record', other: 'records' }, 'en')} a day: the rest stay on the device and can be sent after midnight UTC, in ${minutes} ${plural(minutes, { one: 'minute', other: 'minutes' }, 'en')}`,
    storedBytes: (held, limit) =>
      `this account holds ${decimalOf(held, 'en')} MB of its ${decimalOf(limit, 'en')} MB: nothing more can be stored on this server; your entries stay on the device (ask the server's operator for more room)`,
  },
};
