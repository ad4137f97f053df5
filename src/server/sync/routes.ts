import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_BATCH, syncRequestSchema } from '../../core/sync.ts';
import { requireLogin } from '../accounts/guard.ts';
import type { Login } from '../accounts/logins.ts';
import type { Db } from '../db/types.ts';
import { ApiError, parseBody } from '../errors.ts';
import { Gate } from '../gate.ts';
import { type Pulled, pullChanges, pushAndPull } from './store.ts';

/** Pushes of MAX_BATCH full entries fit with room to spare; anything larger is refused unread. */
export const SYNC_BODY_LIMIT = 2 * 1024 * 1024;

const hints: Record<string, string> = {
  cursor: 'the cursor from the previous sync response, or nothing on a first sync',
  entries: `a list of at most ${MAX_BATCH} diary entries`,
  episodes: `a list of at most ${MAX_BATCH} episodes`,
};

function parseCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^(0|[1-9]\d{0,14})$/.test(cursor)) {
    throw new ApiError(
      400,
      'cursor is not one this server gave: leave it out to sync from the start',
      'cursor',
    );
  }
  return Number(cursor);
}

/** Syncs in progress per process; a few per database connection keeps the database busy. */
const SYNCS_AT_ONCE = 16;

/**
 * The SyncResponse as JSON text, fields in the schema's order. Pulled bodies are spliced in as the
 * database gave them (each was validated before it was stored); only the ids and the cursor are
 * serialized here.
 */
function responseText(acknowledged: readonly string[], refused: readonly string[], pulled: Pulled): string {
  return `{"acknowledged":${JSON.stringify(acknowledged)}${
    refused.length > 0 ? `,"refused":${JSON.stringify(refused)}` : ''
  },"entries":[${pulled.entries.join(',')}],"episodes":[${pulled.episodes.join(',')}],"cursor":${JSON.stringify(
    String(pulled.cursor),
  )},"more":${pulled.more}}`;
}

const gone = () => new ApiError(401, 'this account no longer exists: sign in again');

export function syncRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const logins = new WeakMap<FastifyRequest, Login>();
    const gate = new Gate(SYNCS_AT_ONCE);
    // The login is checked before the body is read: a stranger's 2 MiB is refused without parsing it.
    const signedIn = async (request: FastifyRequest, reply: FastifyReply) => {
      await gate.enter();
      if (request.raw.socket?.destroyed) {
        // The client left while waiting in line: nothing will close its response, so leave now.
        gate.leave();
        throw new ApiError(400, 'the request was abandoned before it was read');
      }
      // A response closes once, whether it was sent or its client went away: the gate is left then.
      reply.raw.once('close', () => gate.leave());
      logins.set(request, await requireLogin(db, request));
    };
    app.post('/sync', { bodyLimit: SYNC_BODY_LIMIT, onRequest: signedIn }, async (request, reply) => {
      const login = logins.get(request) as Login;
      const body = parseBody(
        syncRequestSchema,
        request.body,
        'give "entries", "episodes" and "cursor"',
        hints,
      );
      const cursor = parseCursor(body.cursor);
      if (body.entries.length + body.episodes.length === 0) {
        const pulled = await pullChanges(db, login.accountId, cursor);
        if (!pulled) throw gone();
        return reply.type('application/json; charset=utf-8').send(responseText([], [], pulled));
      }
      // The reply is sent only after this statement commits: an acknowledged id is durably stored.
      const synced = await pushAndPull(db, login.accountId, cursor, body.entries, body.episodes);
      if (!synced) throw gone();
      return reply
        .type('application/json; charset=utf-8')
        .send(responseText(synced.acknowledged, synced.refused, synced.pulled));
    });
  };
}
