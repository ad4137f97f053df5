import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { endpoints } from '../../core/api.ts';
import { systemNow, todayIn, utcDate } from '../../core/clock.ts';
import { deviceToday } from '../../core/dates.ts';
import { type Entry, entrySchema } from '../../core/entry.ts';
import { type Episode, episodeSchema } from '../../core/episode.ts';
import type { Catalogue } from '../../core/knowledge/text/catalogue.ts';
import type { LanguageChoice, rejectedSchema } from '../../core/sync.ts';
import type { Db } from '../db/types.ts';
import { ApiError, parseBody } from '../errors.ts';
import { Gate } from '../gate.ts';
import { route } from '../routes.ts';
import { afterDiaryChange } from '../shares/flags.ts';
import { keepLanguage } from './language.ts';
import { checkQuota, type QuotaLimits, recordUsage } from './quota.ts';
import { type Pulled, pullChanges, pushAndPull } from './store.ts';
import { entryInEpisode, onsetNotAhead, onsetsFor } from './window.ts';
import { keepZone } from './zone.ts';

/** Pushes of MAX_BATCH full entries fit with room to spare; anything larger is refused unread. */
export const SYNC_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * One entry or episode as JSON, at most: far above a real one (a full note is 2,000 characters), and
 * small enough that a page of pulled records stays near PAGE_BYTES (src/server/sync/store.ts).
 */
export const MAX_RECORD_BYTES = 64 * 1024;

type Rejected = z.infer<typeof rejectedSchema>;

function parseCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^(0|[1-9]\d{0,14})$/.test(cursor)) {
    throw new ApiError(400, (words) => words.server.problems.cursor, 'cursor');
  }
  return Number(cursor);
}

/** Syncs at work on the database at once per process; a few per database connection keeps the database busy. */
const SYNCS_AT_ONCE = 16;
/**
 * Syncs one account may have open at once (sent or still sending, at work, or its reply still being
 * written): a phone and a laptop, not a botnet. It is also the account's share of the SYNCS_AT_ONCE
 * slots: one account never holds more than 2 of the 16, however many requests it sends.
 */
const SYNCS_PER_ACCOUNT = 2;

/**
 * Calls `fn` once, when the reply has been written whole ('finish') or was given up ('close' before
 * that: the client left, or the reply deadline destroyed its socket), whichever comes first.
 */
function whenReplyEnds(reply: FastifyReply, fn: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    reply.raw.off('finish', once);
    reply.raw.off('close', once);
    fn();
  };
  reply.raw.once('finish', once);
  reply.raw.once('close', once);
  return once;
}

/**
 * Checks each pushed record on its own: the valid ones go on, each invalid one is reported with its
 * field and reason, so one bad record never blocks the rest of a device's diary.
 */
function sortRecords<T>(
  list: readonly unknown[],
  schema: z.ZodType<T>,
  name: string,
  rejected: Rejected[],
  /** A check that needs more than the record (the device's today, its episode): throws an ApiError. */
  inWindow: (record: T) => void,
  /** The request's words, which each rejection is said in. */
  words: Catalogue,
): T[] {
  const valid: T[] = [];
  list.forEach((record, i) => {
    try {
      const parsed = parseBody(schema, record, (w) => w.server.problems.give.syncRecord(name));
      const bytes = Buffer.byteLength(JSON.stringify(parsed));
      if (bytes > MAX_RECORD_BYTES) {
        throw new ApiError(400, (w) =>
          w.server.problems.recordTooLarge(Math.ceil(bytes / 1024), MAX_RECORD_BYTES / 1024),
        );
      }
      inWindow(parsed);
      valid.push(parsed);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const id = (record as { id?: unknown } | null)?.id;
      const message = error.in(words);
      rejected.push({
        ...(typeof id === 'string' && id.length <= 64 ? { id } : {}),
        field: error.field ? `${name}[${i}].${error.field}` : `${name}[${i}]`,
        message: error.field ? `${name}[${i}].${message}` : `${name}[${i}]: ${message}`,
      });
    }
  });
  return valid;
}

/** UUIDs in small letters: one id in two spellings is one record. */
function normalised(entry: Entry): Entry {
  return {
    ...entry,
    id: entry.id.toLowerCase(),
    episodeId: entry.episodeId.toLowerCase(),
    ...(entry.supersedes ? { supersedes: entry.supersedes.toLowerCase() } : {}),
  };
}

/** The ids as the device sent them (it matches its own spelling), for those stored under any spelling. */
function asSent(sent: readonly string[], ids: readonly string[]): string[] {
  const lower = new Set(ids.map((id) => id.toLowerCase()));
  return [...new Set(sent.filter((id) => lower.has(id.toLowerCase())))];
}

/**
 * The SyncResponse as JSON text, fields in the schema's order. Pulled bodies are spliced in as the
 * database gave them (each was validated before it was stored); only the ids and the cursor are
 * serialized here.
 */
function responseText(
  acknowledged: readonly string[],
  refused: readonly string[],
  rejected: readonly Rejected[],
  pulled: Pulled,
  language: LanguageChoice | undefined,
): string {
  return `{"acknowledged":${JSON.stringify(acknowledged)}${
    refused.length > 0 ? `,"refused":${JSON.stringify(refused)}` : ''
  }${rejected.length > 0 ? `,"rejected":${JSON.stringify(rejected)}` : ''},"entries":[${pulled.entries.join(
    ',',
  )}],"episodes":[${pulled.episodes.join(',')}],"cursor":${JSON.stringify(String(pulled.cursor))},"more":${
    pulled.more
  }${language ? `,"language":${JSON.stringify(language)}` : ''}}`;
}

const gone = () => new ApiError(401, (words) => words.server.problems.accountGone);

export function syncRoutes(db: Db, limits: QuotaLimits, roomOnDisk: () => Promise<void> = async () => {}) {
  return async (app: FastifyInstance) => {
    const gate = new Gate(SYNCS_AT_ONCE);
    const open = new Map<string, number>();
    // Before the body is read: a stranger's 2 MiB is refused unread, and so is an account's third sync.
    const oneOfFew = async (request: FastifyRequest, reply: FastifyReply) => {
      const { login } = request;
      const mine = open.get(login.accountId) ?? 0;
      if (mine >= SYNCS_PER_ACCOUNT) {
        // Closed after the answer: the unread body is not waited for on this socket.
        reply.header('retry-after', '1').header('connection', 'close');
        throw new ApiError(429, (words) => words.server.problems.syncsInProgress(mine));
      }
      open.set(login.accountId, mine + 1);
      const release = () => {
        const left = (open.get(login.accountId) ?? 1) - 1;
        if (left > 0) open.set(login.accountId, left);
        else open.delete(login.accountId);
      };
      if (request.raw.socket?.destroyed) {
        // The client left while its login was checked: its close has passed already.
        release();
        throw new ApiError(400, (words) => words.server.problems.abandoned);
      }
      // Until the reply is written whole or given up: an account whose replies go unread cannot start more.
      whenReplyEnds(reply, release);
    };
    // The gate is taken only once the whole body has arrived, so a slow sender holds no one else's turn,
    // and let go as soon as the answer is ready, so a slow reader does not either: writing a reply needs
    // no database. The answer is small (see PAGE_BYTES), and the reply deadline bounds how long it is held.
    const turns = new WeakMap<FastifyRequest, () => void>();
    const inTurn = async (request: FastifyRequest, reply: FastifyReply) => {
      await gate.enter();
      if (request.raw.socket?.destroyed) {
        // The client left while waiting in line: nothing will close its response, so leave now.
        gate.leave();
        throw new ApiError(400, (words) => words.server.problems.abandoned);
      }
      turns.set(
        request,
        whenReplyEnds(reply, () => gate.leave()),
      );
    };
    const answered = async (request: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
      turns.get(request)?.();
      return payload;
    };
    route(
      app,
      endpoints.sync,
      async (request, reply) => {
        const { login, body } = request;
        const cursor = parseCursor(body.cursor);
        const rejected: Rejected[] = [];
        if (body.timeZone) await keepZone(db, login.accountId, body.timeZone);
        const language = await keepLanguage(db, login.accountId, body.language, systemNow().toISOString());
        // Dates inside the documented window (core/dates.ts): no record can hand an engine centuries. The
        // device's today is its word (or the date now in its zone), bounded by the latest date on Earth.
        const said = body.today ?? (body.timeZone ? todayIn(body.timeZone) : undefined);
        const today = deviceToday(said, utcDate());
        const episodes = sortRecords<Episode>(
          body.episodes,
          episodeSchema,
          'episodes',
          rejected,
          onsetNotAhead(today),
          request.words,
        );
        const onsets = await onsetsFor(db, login.accountId, body.entries, episodes);
        const entries = sortRecords<Entry>(
          body.entries,
          entrySchema,
          'entries',
          rejected,
          entryInEpisode(onsets),
          request.words,
        );
        if (entries.length + episodes.length === 0) {
          const pulled = await pullChanges(db, login.accountId, cursor);
          if (!pulled) throw gone();
          return reply
            .type('application/json; charset=utf-8')
            .send(responseText([], [], rejected, pulled, language));
        }
        // A nearly full disk takes nothing new; pulls go on, and the device keeps what it could not send.
        await roomOnDisk();
        const stored = entries.map(normalised);
        const storedEpisodes = episodes.map((e) => ({ ...e, id: e.id.toLowerCase() }));
        const sizes = new Map<string, number>();
        for (const r of [...stored, ...storedEpisodes]) sizes.set(r.id, Buffer.byteLength(JSON.stringify(r)));
        await checkQuota(
          db,
          login.accountId,
          sizes.size,
          [...sizes.values()].reduce((a, b) => a + b, 0),
          limits,
        );
        // The reply is sent only after this statement commits: an acknowledged id is durably stored.
        const synced = await pushAndPull(db, login.accountId, cursor, stored, storedEpisodes);
        if (!synced) throw gone();
        await recordUsage(
          db,
          login.accountId,
          synced.written.length,
          synced.written.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0),
        );
        if (synced.written.length > 0) {
          // A clinician's list reads stored flags: they follow the diary. Never at the cost of the sync itself.
          await afterDiaryChange(db, login.accountId).catch((error: { code?: string }) =>
            request.log.error({ code: error?.code }, 'flags not refreshed'),
          );
        }
        const sent = [...entries.map((e) => e.id), ...episodes.map((e) => e.id)];
        return reply
          .type('application/json; charset=utf-8')
          .send(
            responseText(
              asSent(sent, synced.acknowledged),
              asSent(sent, synced.refused),
              rejected,
              synced.pulled,
              language,
            ),
          );
      },
      {
        bodyLimit: SYNC_BODY_LIMIT,
        // After the roles hook (guard.ts) has signed the request in: a patient's diary only.
        onRequest: oneOfFew,
        preHandler: inTurn,
        onSend: answered,
        reading: { give: (words) => words.server.problems.give.sync },
      },
    );
  };
}
