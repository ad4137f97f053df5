/** The API document's words, kept together for the catalogue (one summary per route, by operation). */
export const summaries = {
  health: 'Whether the server and its database answer',
  openapi: 'This document: every route, its body and its answers',
  signUp: 'Sign up; signs in',
  logIn: 'Sign in',
  logOut: 'Sign out this device',
  me: 'The signed-in account and its CSRF token',
  password: 'Change the password; other devices are signed out',
  deleteAccount: 'Delete the account and every row of its data',
  sync: 'Push entries and episodes; pull changes since the cursor',
  triage: 'Triage a case',
  plan: 'Triage a case and plan its care',
  csrf: 'Requests that change state while signed in carry this header with the csrf value from GET /api/v1/me.',
  failure: 'what is wrong, and the field',
} as const;
