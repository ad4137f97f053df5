import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { endpoints } from '../../core/api.ts';
import type { Catalogue } from '../../core/knowledge/text/catalogue.ts';
import { SHARE_CODE_HOURS } from '../../core/share.ts';
import { audit, clientOf } from '../audit.ts';
import type { Db } from '../db/types.ts';
import { ApiError } from '../errors.ts';
import { route } from '../routes.ts';
import { accessList, createCode, readsOf, revokeShare } from './store.ts';

/** A path id, checked before it reaches SQL: a malformed one is a 400 naming the field, never a 500. */
export function idFrom(params: unknown, name: string): string {
  const value = (params as Record<string, unknown>)[name];
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new ApiError(400, (words) => words.clinician.server.badId(name), name);
  return parsed.data.toLowerCase();
}

/** The patient's side of sharing: make a code, see who has access, revoke it, read the trail. */
export function shareRoutes(db: Db, opts: { authPerMinute: number; shareCodeKey: Buffer }) {
  return async (app: FastifyInstance) => {
    const limited = { rateLimit: { max: opts.authPerMinute, timeWindow: 60_000 } };
    const empty = { give: (words: Catalogue) => words.clinician.server.emptyBody };

    route(
      app,
      endpoints.shareCode,
      async (request, reply) => {
        const { login } = request;
        // What the patient chose to show the clinician who redeems it: kept with the code, then on the share.
        const made = await createCode(db, login.accountId, opts.shareCodeKey, request.body);
        if (!made) throw new ApiError(429, (words) => words.clinician.server.tooManyCodes(SHARE_CODE_HOURS));
        await audit(db, login.accountId, 'share_code_created', clientOf(request));
        return reply.status(201).send(made);
      },
      { config: limited, reading: { give: (words) => words.clinician.server.giveIdentity } },
    );

    route(app, endpoints.shares, async (request) => accessList(db, request.login.accountId));

    route(
      app,
      endpoints.revokeShare,
      async (request, reply) => {
        const { shareId } = request.params;
        const { login } = request;
        const clinician = await revokeShare(db, login.accountId, shareId);
        if (!clinician) throw new ApiError(404, (words) => words.clinician.server.noSuchShare);
        await audit(db, login.accountId, 'share_revoked', clientOf(request), { share: shareId });
        return reply.status(204).send();
      },
      { reading: empty },
    );

    route(app, endpoints.reads, async (request) => readsOf(db, request.login.accountId, request.query.zone));
  };
}
