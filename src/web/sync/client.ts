/**
 * The app's side of `POST /api/v1/sync`: framework-free, storage-free, so the store and the UI wire it in.
 *
 * How to use it, and why it is safe to retry:
 * 1. Sign in (POST /api/v1/login or /api/v1/accounts); the reply, and GET /api/v1/me at any time, gives
 *    `csrf`. The login itself is an HttpOnly cookie the browser sends by itself (same origin).
 * 2. Call `syncOnce` with the entries and episodes the server has not acknowledged yet and the cursor
 *    saved from the last successful sync (none the first time). At most MAX_BATCH of each per call.
 * 3. On success: mark exactly `acknowledged` ids as synced (they are committed on the server), stop
 *    pushing `refused` ids (another account holds them), keep `rejected` records (each failed its
 *    schema on the server, which names the field; the rest of the batch was stored), merge the pulled `entries` (append-only: add
 *    the ids you lack) and `episodes` (keep the copy `replacesEpisode` in core/sync.ts picks, as the server does; a pushed episode
 *    the server did not take comes back as the copy it kept), and only then save
 *    `cursor`. If `more` is true, call again at once with the new cursor.
 * 4. On failure nothing is lost: keep everything pending and the old cursor, and try again later
 *    (`retryDelayMs`). A push whose reply was lost is simply pushed again: the server keeps the first
 *    copy of each id, so a retry never duplicates.
 * `syncAll` does 2 to 4 in a loop for any number of pending records; `whoAmI` fetches the csrf again.
 * Errors: `SyncError.kind` is `offline` (no answer: retry), `server` (5xx or 429: retry later),
 * `signed_out` (401: sign in again), `forbidden` (403: refresh csrf from /api/v1/me), `invalid`
 * (400/413: a record the server will never take; `field` names it), `quota` (429 or 413 naming the
 * account's limit: the message says which and when it resets; the entries stay pending on the device).
 */
import { CSRF_HEADER, type Me, meOf } from '../../core/account.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { type LanguageChoice, MAX_BATCH, type SyncResponse } from '../../core/sync.ts';
import { ApiProblem, call } from '../api.ts';
import { words } from '../words.ts';

const w = words.sync;

export { CSRF_HEADER };

export type SyncErrorKind = 'offline' | 'server' | 'signed_out' | 'forbidden' | 'invalid' | 'quota';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly field?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  /** Whether trying the same call again later can succeed without anything changing on the device. */
  get retryable(): boolean {
    // A daily quota resets (retryAfterMs says when); a full account does not.
    return (
      this.kind === 'offline' || this.kind === 'server' || (this.kind === 'quota' && !!this.retryAfterMs)
    );
  }
}

export interface SyncOnceOptions {
  fetch: typeof fetch;
  /** The server's origin, '' for the page's own origin. */
  baseUrl: string;
  csrf: string;
  cursor?: string;
  /** Today on the device's calendar: the server refuses an onset later than the day after it. */
  today?: string;
  /** The device's IANA time zone: the server counts the patient's days in it for their clinician. */
  timeZone?: string;
  /** The language chosen in Settings and when: the account keeps the later of its own and this. */
  language?: LanguageChoice;
  pending: { entries: readonly Entry[]; episodes: readonly Episode[] };
  signal?: AbortSignal;
}

export type SyncResult = Required<
  Pick<SyncResponse, 'acknowledged' | 'entries' | 'episodes' | 'cursor' | 'more'>
> & {
  refused: string[];
  /** Records the server refused on their own (the field and reason each): kept on the device. */
  rejected: NonNullable<SyncResponse['rejected']>;
  /** The account's language, when one was chosen on any of its devices. */
  language?: LanguageChoice;
};

function kindOf(status: number): SyncErrorKind {
  if (status === 401) return 'signed_out';
  if (status === 403) return 'forbidden';
  if (status === 429 || status >= 500) return 'server';
  return 'invalid';
}

/** The one client's refusal (web/api.ts) as the sync loop names it: what kind, and whether to wait. */
function syncErrorOf(e: unknown, offline: string, refused: (status: number) => string): SyncError {
  if (!(e instanceof ApiProblem)) return new SyncError('offline', offline);
  // An answer that is not what the route table declares: the server is not one this app can talk to.
  if (e.status < 400) return new SyncError('server', w.notUnderstood);
  const wait = Number(e.more.retryAfterSeconds);
  return new SyncError(
    e.more.quota ? 'quota' : kindOf(e.status),
    e.message || refused(e.status),
    e.field,
    Number.isFinite(wait) && wait > 0 ? wait * 1000 : undefined,
  );
}

/** One round trip: push what is pending, pull one page of changes since `cursor`. */
export async function syncOnce(opts: SyncOnceOptions): Promise<SyncResult> {
  let reply: SyncResponse;
  try {
    reply = await call(
      'sync',
      {
        body: {
          ...(opts.cursor ? { cursor: opts.cursor } : {}),
          ...(opts.today ? { today: opts.today } : {}),
          ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
          ...(opts.language ? { language: opts.language } : {}),
          entries: opts.pending.entries.slice(0, MAX_BATCH),
          episodes: opts.pending.episodes.slice(0, MAX_BATCH),
        },
      },
      { fetch: opts.fetch, baseUrl: opts.baseUrl, csrf: opts.csrf, signal: opts.signal, fallback: w.failed },
    );
  } catch (e) {
    throw syncErrorOf(e, w.offline, w.failed);
  }
  const { acknowledged, entries, episodes, cursor, more, refused, rejected, language } = reply;
  return {
    acknowledged,
    entries,
    episodes,
    cursor,
    more,
    refused: refused ?? [],
    rejected: rejected ?? [],
    ...(language ? { language } : {}),
  };
}

export interface SyncAllOptions extends Omit<SyncOnceOptions, 'pending' | 'cursor'> {
  cursor?: string;
  pending: { entries: readonly Entry[]; episodes: readonly Episode[] };
  /** Called after each successful round; persist its effects before it resolves (see step 3 above). */
  onRound(result: SyncResult): Promise<void> | void;
  /** A guard against a server that keeps saying `more`. */
  maxRounds?: number;
}

/** Pushes everything pending in batches and pulls until the server has nothing more; returns the cursor. */
export async function syncAll(opts: SyncAllOptions): Promise<string | undefined> {
  let cursor = opts.cursor;
  let entries = [...opts.pending.entries];
  let episodes = [...opts.pending.episodes];
  const maxRounds = opts.maxRounds ?? 1000;
  for (let round = 0; round < maxRounds; round++) {
    const pushing = entries.length + episodes.length;
    const result = await syncOnce({ ...opts, cursor, pending: { entries, episodes } });
    await opts.onRound(result);
    // Rejected records are not pushed again in this run: the server will refuse them until they change.
    const done = new Set([
      ...result.acknowledged,
      ...result.refused,
      ...result.rejected.flatMap((r) => (r.id ? [r.id] : [])),
    ]);
    entries = entries.filter((e) => !done.has(e.id));
    episodes = episodes.filter((e) => !done.has(e.id));
    cursor = result.cursor;
    if (!result.more && entries.length === 0 && episodes.length === 0) return cursor;
    if (pushing > 0 && done.size === 0 && !result.more) {
      throw new SyncError('server', w.nothingAcknowledged);
    }
  }
  return cursor;
}

export type { Me };

/** The signed-in account and its CSRF token (after a reload, or a 403), or undefined when signed out. */
export async function whoAmI(opts: {
  fetch: typeof fetch;
  baseUrl: string;
  signal?: AbortSignal;
}): Promise<Me | undefined> {
  try {
    // The session, not /me: signed out is an answer (200, signedIn false), not a failed request.
    return meOf(await call('session', {}, { fetch: opts.fetch, baseUrl: opts.baseUrl, signal: opts.signal }));
  } catch (e) {
    if (!(e instanceof ApiProblem)) throw new SyncError('offline', w.unreachable);
    if (e.status === 401) return undefined;
    if (e.status < 400) throw new SyncError('server', w.notUnderstood);
    throw new SyncError(kindOf(e.status), w.whoFailed(e.status));
  }
}

/** Exponential backoff with jitter for retryable errors: 1 s, 2 s, 4 s ... up to 5 minutes. */
export function retryDelayMs(attempt: number, error?: SyncError, random = Math.random): number {
  if (error?.retryAfterMs) return error.retryAfterMs;
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base / 2 + random() * (base / 2));
}
