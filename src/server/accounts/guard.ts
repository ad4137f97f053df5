import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/types.ts';
import { ApiError } from '../errors.ts';
import { CSRF_HEADER, findLogin, LOGIN_COOKIE, type Login } from './logins.ts';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The signed-in account behind a request, or a 401. A request that changes state must also carry
 * the login's CSRF token in a header, which a page on another site cannot read or set.
 */
export async function requireLogin(db: Db, request: FastifyRequest): Promise<Login & { token: string }> {
  const token = request.cookies[LOGIN_COOKIE];
  const login = token ? await findLogin(db, token) : undefined;
  if (!token || !login)
    throw new ApiError(401, 'you are not signed in, or your login has expired: sign in again');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameText(sent, login.csrf)) {
      throw new ApiError(
        403,
        `send the header ${CSRF_HEADER} with the csrf value from GET /api/v1/me`,
        CSRF_HEADER,
      );
    }
  }
  return { ...login, token };
}
