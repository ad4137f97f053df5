import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../core/account.ts';
import { enServer } from '../../core/knowledge/text/en/server.ts';
import type { Role } from '../../core/share.ts';
import type { Db } from '../db/types.ts';
import { ApiError } from '../errors.ts';
import { findLogin, LOGIN_COOKIE, type Login } from './logins.ts';

/** The login behind a signed-in request, with its token (to end it or keep it through a password change). */
export type SignedIn = Login & { token: string };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the hook from `authentication` on the routes that declare it; absent elsewhere. */
    login: SignedIn;
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The signed-in account behind a request, or a 401. A request that changes state must also carry
 * the login's CSRF token in a header, which a page on another site cannot read or set.
 */
async function requireLogin(db: Db, request: FastifyRequest): Promise<SignedIn> {
  const token = request.cookies[LOGIN_COOKIE];
  const login = token ? await findLogin(db, token) : undefined;
  if (!token || !login) throw new ApiError(401, enServer.problems.signedOut);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameText(sent, login.csrf)) {
      throw new ApiError(403, enServer.problems.csrf(CSRF_HEADER), CSRF_HEADER);
    }
  }
  return { ...login, token };
}

/**
 * Decorates requests with `login` and returns the hook that fills it, for a plugin's routes to declare
 * (`onRequest` to refuse before the body is read, `preHandler` to run after the rate limit and parsing).
 */
export function authentication(app: FastifyInstance, db: Db): (request: FastifyRequest) => Promise<void> {
  if (!app.hasRequestDecorator('login')) app.decorateRequest('login', null as unknown as SignedIn);
  return async (request) => {
    request.login = await requireLogin(db, request);
  };
}

/** After `authentication`: refuses, with a 403 and no data, an account of the other role. */
export function requireRole(role: Role, message: string): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    if (request.login.role !== role) throw new ApiError(403, message);
  };
}
