import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { enClinician } from '../../core/knowledge/text/en/clinician.ts';
import { accessListSchema, readListSchema, SHARE_CODE_HOURS, shareCodeSchema } from '../../core/share.ts';
import { PATIENTS } from '../accounts/guard.ts';
import { audit, clientOf } from '../audit.ts';
import type { Db } from '../db/types.ts';
import { ApiError, parseBody } from '../errors.ts';
import { signedInChange, signedInRead } from '../openapi.ts';
import { accessList, createCode, readsOf, revokeShare } from './store.ts';

const w = enClinician.server;

/** A body that carries nothing: the routes that change state without data still take a JSON object. */
export const nothingSchema = z.strictObject({});

export const uuidParam = (name: string) => z.object({ [name]: z.uuid() });

/** A path id, checked before it reaches SQL: a malformed one is a 400 naming the field, never a 500. */
export function idFrom(params: unknown, name: string): string {
  const value = (params as Record<string, unknown>)[name];
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new ApiError(400, w.badId(name), name);
  return parsed.data.toLowerCase();
}

/** The patient's side of sharing: make a code, see who has access, revoke it, read the trail. */
export function shareRoutes(db: Db, opts: { authPerMinute: number; shareCodeKey: Buffer }) {
  return async (app: FastifyInstance) => {
    const patient = { roles: PATIENTS };
    const limited = { rateLimit: { max: opts.authPerMinute, timeWindow: 60_000 } };

    app.post(
      '/shares/codes',
      {
        config: {
          ...patient,
          ...limited,
          openapi: signedInChange('shareCode', nothingSchema, { status: 201, schema: shareCodeSchema }),
        },
      },
      async (request, reply) => {
        parseBody(nothingSchema, request.body, w.emptyBody);
        const { login } = request;
        const made = await createCode(db, login.accountId, opts.shareCodeKey);
        if (!made) throw new ApiError(429, w.tooManyCodes(SHARE_CODE_HOURS));
        await audit(db, login.accountId, 'share_code_created', clientOf(request));
        return reply.status(201).send(made);
      },
    );

    app.get(
      '/shares',
      {
        config: { ...patient, openapi: signedInRead('shares', { status: 200, schema: accessListSchema }) },
      },
      async (request) => accessList(db, request.login.accountId),
    );

    app.delete(
      '/shares/:shareId',
      {
        config: {
          ...patient,
          openapi: {
            summary: 'revokeShare',
            params: uuidParam('shareId'),
            body: nothingSchema,
            ok: { status: 204 },
            fails: [400, 401, 403, 404],
            signedIn: 'change',
          },
        },
      },
      async (request, reply) => {
        const shareId = idFrom(request.params, 'shareId');
        parseBody(nothingSchema, request.body, w.emptyBody);
        const { login } = request;
        const clinician = await revokeShare(db, login.accountId, shareId);
        if (!clinician) throw new ApiError(404, w.noSuchShare);
        await audit(db, login.accountId, 'share_revoked', clientOf(request), { share: shareId });
        return reply.status(204).send();
      },
    );

    app.get(
      '/shares/reads',
      {
        config: { ...patient, openapi: signedInRead('reads', { status: 200, schema: readListSchema }) },
      },
      async (request) => readsOf(db, request.login.accountId),
    );
  };
}
