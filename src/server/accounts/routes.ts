import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../audit.ts';
import type { Db } from '../db/types.ts';
import { ApiError, parseBody } from '../errors.ts';
import { clearFailures, loginWait, recordFailure } from './backoff.ts';
import { requireLogin } from './guard.ts';
import { createLogin, endLogin, LOGIN_COOKIE, LOGIN_DAYS, tokenHash } from './logins.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';
import { accountDeletionSchema, credentialsSchema, hints, passwordChangeSchema } from './schemas.ts';

export interface AccountOptions {
  /** Sign-up and login attempts per client address per minute. */
  authPerMinute: number;
}

function setLoginCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(LOGIN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/api/',
    maxAge: LOGIN_DAYS * 86_400,
  });
}

function clearLoginCookie(reply: FastifyReply): void {
  reply.clearCookie(LOGIN_COOKIE, { path: '/api/' });
}

function me(email: string, login: { csrf: string; expiresAt: Date }) {
  return { email, csrf: login.csrf, loginExpiresAt: login.expiresAt.toISOString() };
}

const CREDENTIALS = 'give "email" and "password"';

/** Sign-up, login, logout, the signed-in account, password change and account deletion. */
export function accountRoutes(db: Db, opts: AccountOptions) {
  return async (app: FastifyInstance) => {
    const limited = { rateLimit: { max: opts.authPerMinute, timeWindow: 60_000 } };

    app.post('/accounts', { config: limited }, async (request, reply) => {
      const { email, password } = parseBody(credentialsSchema, request.body, CREDENTIALS, hints);
      const hash = await hashPassword(password);
      const id = randomUUID();
      const created = await db.transaction(async (tx) => {
        const rows = await tx.query(
          'INSERT INTO accounts (id, email, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id',
          [id, email, hash],
        );
        if (rows.length === 0) return undefined;
        await audit(tx, id, 'account_created');
        return createLogin(tx, id);
      });
      if (!created)
        throw new ApiError(409, 'an account with this email already exists: sign in instead', 'email');
      setLoginCookie(request, reply, created.token);
      return reply.status(201).send(me(email, created));
    });

    app.post('/login', { config: limited }, async (request, reply) => {
      const { email, password } = parseBody(credentialsSchema, request.body, CREDENTIALS, hints);
      const wait = await loginWait(db, email);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new ApiError(429, `too many failed logins for this email: wait ${wait} seconds and try again`);
      }
      const rows = await db.query<{ id: string; password_hash: string }>(
        'SELECT id, password_hash FROM accounts WHERE email = $1',
        [email],
      );
      const account = rows[0];
      const ok = await verifyPassword(password, account?.password_hash ?? (await dummyPasswordHash()));
      if (!account || !ok) {
        await recordFailure(db, email);
        if (account) await audit(db, account.id, 'login_failed');
        throw new ApiError(401, 'the email or the password is wrong: check both and try again');
      }
      await clearFailures(db, email);
      const login = await db.transaction(async (tx) => {
        await audit(tx, account.id, 'login');
        return createLogin(tx, account.id);
      });
      setLoginCookie(request, reply, login.token);
      return me(email, login);
    });

    app.post('/logout', async (request, reply) => {
      const login = await requireLogin(db, request);
      await endLogin(db, login.token);
      await audit(db, login.accountId, 'logout');
      clearLoginCookie(reply);
      return reply.status(204).send();
    });

    app.get('/me', async (request) => {
      const login = await requireLogin(db, request);
      return me(login.email, login);
    });

    app.post('/password', { config: limited }, async (request) => {
      const login = await requireLogin(db, request);
      const body = parseBody(
        passwordChangeSchema,
        request.body,
        'give "currentPassword" and "newPassword"',
        hints,
      );
      await checkPassword(db, login.accountId, body.currentPassword, 'currentPassword');
      const hash = await hashPassword(body.newPassword);
      await db.transaction(async (tx) => {
        await tx.query('UPDATE accounts SET password_hash = $2 WHERE id = $1', [login.accountId, hash]);
        // Every other device signs in again with the new password; this one stays signed in.
        await tx.query('DELETE FROM logins WHERE account_id = $1 AND token_hash <> $2', [
          login.accountId,
          tokenHash(login.token),
        ]);
        await audit(tx, login.accountId, 'password_changed');
      });
      return me(login.email, login);
    });

    app.delete('/account', { config: limited }, async (request, reply) => {
      const login = await requireLogin(db, request);
      const body = parseBody(accountDeletionSchema, request.body, 'give "password" to confirm', hints);
      await checkPassword(db, login.accountId, body.password, 'password');
      await db.transaction(async (tx) => {
        // Entries, episodes, logins and audit rows go with the account (ON DELETE CASCADE).
        await tx.query('DELETE FROM accounts WHERE id = $1', [login.accountId]);
        // The backoff row is keyed by a hash of the email: personal data too, so it goes as well.
        await clearFailures(tx, login.email);
        await audit(tx, null, 'account_deleted');
      });
      clearLoginCookie(reply);
      return reply.status(204).send();
    });
  };
}

async function checkPassword(db: Db, accountId: string, password: string, field: string): Promise<void> {
  const rows = await db.query<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE id = $1', [
    accountId,
  ]);
  const stored = rows[0]?.password_hash;
  if (!stored || !(await verifyPassword(password, stored))) {
    throw new ApiError(403, 'the password is wrong: give your current password to confirm', field);
  }
}
