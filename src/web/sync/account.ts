import { signal } from '@preact/signals';
import { type Me, meOf } from '../../core/account.ts';
import { deviceZone } from '../../core/clock.ts';
import { announce } from '../announce.ts';
import { ApiProblem, type CallOptions, call, useCsrf } from '../api.ts';
import { now, today } from '../clock.ts';
import { chosenWithTime } from '../language-choice.ts';
import { forgetAccount, keptAccount, rememberAccount } from '../store/account.ts';
import { allEntries, episodes } from '../store/state.ts';
import { applySyncRound, forgetSyncState, pendingOf, readSyncState } from '../store/sync.ts';
import { notice } from '../toast.ts';
import { words } from '../words.ts';
import { retryDelayMs, SyncError, syncAll } from './client.ts';
import { adoptAccountChoice } from './language.ts';

const w = words.sync;

export type SyncStatus =
  /** `ended`: the server ended this device's login (signed out everywhere, or a password change elsewhere). */
  | { kind: 'signed_out'; ended?: boolean }
  | { kind: 'idle'; email: string; lastSync?: string }
  | { kind: 'syncing'; email: string }
  | { kind: 'error'; email: string; message: string; retryAt?: number };

export const syncStatus = signal<SyncStatus>({ kind: 'signed_out' });

let csrf: string | undefined;
let email: string | undefined;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | undefined;

async function run(): Promise<void> {
  if (!csrf || !email) return;
  const who = email;
  syncStatus.value = { kind: 'syncing', email: who };
  try {
    const s = await readSyncState();
    await syncAll({
      fetch: (...a) => fetch(...a),
      baseUrl: '',
      csrf,
      cursor: s.cursor,
      today: today(),
      timeZone: deviceZone(),
      language: chosenWithTime(),
      pending: pendingOf(s),
      onRound: (r) => {
        // A choice made later on another device: the app opens in it at its next start, never under the person.
        adoptAccountChoice(r.language);
        return applySyncRound(s, r);
      },
    });
    attempt = 0;
    syncStatus.value = { kind: 'idle', email: who, lastSync: now().toISOString() };
  } catch (e) {
    const err = e instanceof SyncError ? e : new SyncError('offline', String(e));
    if (err.kind === 'signed_out') {
      await forget(true);
      notice(w.endedElsewhere);
      return;
    }
    const delay = err.retryable ? retryDelayMs(attempt++, err) : undefined;
    syncStatus.value = {
      kind: 'error',
      email: who,
      message: err.kind === 'quota' ? w.notSynced(err.message) : err.retryable ? w.notSyncedYet : err.message,
      ...(delay ? { retryAt: now().getTime() + delay } : {}),
    };
    if (delay) {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void syncNow(), delay);
    }
  }
}

/** One sync at a time; a call during a sync waits for it and then runs once more. */
export function syncNow(): Promise<void> {
  const next = (running ?? Promise.resolve()).then(run);
  running = next.finally(() => {
    if (running === next) running = undefined;
  });
  return next;
}

/** A refusal's message, or the one for a server that cannot be reached (fetch's TypeError). */
const said = (e: unknown, unreachable: string) => (e instanceof ApiProblem ? e.said : unreachable);
const failed: CallOptions = { fallback: (status) => w.signInFailed(status) };

function adopt(me: Pick<Me, 'email' | 'csrf'>): void {
  watch();
  csrf = me.csrf;
  useCsrf(me.csrf);
  email = me.email;
  syncStatus.value = { kind: 'idle', email: me.email };
  void rememberAccount(me.email);
}

/**
 * Resumes a login kept in the browser's cookie, only on a device that signed in before: without an account
 * the app never talks to a server. Quietly does nothing offline or on a static host.
 */
export async function resume(): Promise<void> {
  if (!(await keptAccount())) return;
  try {
    // The session answers 200 signed out too, so an ended login costs no failed request in the console.
    const me = meOf(await call('session', {}));
    if (!me) {
      // The login expired or was ended elsewhere: forget it, so the next start does not ask the server again.
      await forget(true);
      return;
    }
    adopt(me);
    await syncNow();
  } catch (e) {
    if (e instanceof ApiProblem && e.status >= 400) return;
    // Offline (or no server): still signed in as far as the person can tell; it syncs when back online.
    const kept = await keptAccount();
    if (kept?.email) {
      syncStatus.value = { kind: 'error', email: kept.email, message: w.offlineWillSync.trim() };
      waitForConnection();
    }
  }
}

let waiting = false;

/** After an offline start: when the connection comes back, resume without a reload. */
function waitForConnection(): void {
  if (waiting) return;
  waiting = true;
  addEventListener(
    'online',
    () => {
      waiting = false;
      void resume();
    },
    { once: true },
  );
}

/** Changes the password (the server signs out the other devices); returns a message when it fails. */
export async function changePassword(
  currentPassword: string,
  newPassword: string,
): Promise<string | undefined> {
  try {
    adopt(await call('password', { body: { currentPassword, newPassword } }, failed));
    return undefined;
  } catch (e) {
    return said(e, w.unreachableNow);
  }
}

/** Erases the account on the server; this device keeps its diary and is signed out. */
export async function deleteAccount(password: string): Promise<string | undefined> {
  const problem = await endOnServer(() => call('deleteAccount', { body: { password } }, failed));
  // What the server acknowledged is gone with it: a new account would start from nothing.
  if (problem === undefined) await forgetSyncState();
  return problem;
}

/**
 * A request that ends this device's login on the server (204): on success the login is forgotten here too;
 * otherwise the server's message, or one for a server that cannot be reached, and nothing is forgotten.
 */
async function endOnServer(request: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await request();
  } catch (e) {
    return said(e, w.unreachableNow);
  }
  await forget();
  return undefined;
}

/** Signs in or creates an account; returns a message for the person when it fails. */
export async function signIn(
  mode: 'login' | 'create',
  who: string,
  password: string,
): Promise<string | undefined> {
  let me: Me;
  try {
    me = await call(mode === 'login' ? 'logIn' : 'signUp', { body: { email: who, password } }, failed);
  } catch (e) {
    return said(e, w.unreachableSignIn);
  }
  adopt(me);
  announce(w.signedIn(me.email));
  await syncNow();
  return undefined;
}

export async function signOut(): Promise<void> {
  try {
    await call('logOut', { body: {} });
  } catch {
    // Offline: the cookie expires on the server anyway.
  }
  await forget();
}

/** Ends every login of the account on the server, this device's too; returns a message when it fails. */
export function signOutEverywhere(): Promise<string | undefined> {
  return endOnServer(() => call('signOutEverywhere', { body: {} }, failed));
}

/** This device is signed out: the login is forgotten, the diary stays. */
async function forget(ended = false): Promise<void> {
  csrf = undefined;
  useCsrf(undefined);
  email = undefined;
  clearTimeout(retryTimer);
  syncStatus.value = ended ? { kind: 'signed_out', ended } : { kind: 'signed_out' };
  await forgetAccount();
}

let watching = false;

/** Syncs soon after local changes and when the connection comes back, only while signed in. */
function watch(): void {
  if (watching) return;
  watching = true;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (!csrf) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void syncNow(), 1500);
  };
  allEntries.subscribe(soon);
  episodes.subscribe(soon);
  addEventListener('online', soon);
}
