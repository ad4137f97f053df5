import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '../../core/account.ts';
import { endpoints } from '../../core/api.ts';
import type { Catalogue } from '../../core/knowledge/text/catalogue.ts';
import type { Attempts } from '../../core/knowledge/text/server-words.ts';
import type { Role } from '../../core/share.ts';
import { audit, clientOf } from '../audit.ts';
import type { Db } from '../db/types.ts';
import { eraseLeftovers } from '../erase.ts';
import { ApiError } from '../errors.ts';
import { route } from '../routes.ts';
import { forgetListReads } from '../shares/store.ts';
import { clearAllFailures, clearFailures, loginWait, recordFailure } from './backoff.ts';
import { claimRoom } from './claims.ts';
import { refuseWeakPassword } from './common-passwords.ts';
import { loginOf } from './guard.ts';
import {
  createLogin,
  DEVICE_COOKIE,
  endLogin,
  knownDevice,
  LOGIN_COOKIE,
  LOGIN_DAYS,
  newCsrf,
  rememberDevice,
  tokenHash,
} from './logins.ts';
import { dummyPasswordHash, hashIsWeak, hashPassword, verifyPassword } from './passwords.ts';

export interface AccountOptions {
  /** Sign-up and login attempts per client address per minute. */
  authPerMinute: number;
  /** Sign-ups per client address per hour. */
  signUpsPerHour: number;
  /** The quota each new account is given, claimed against its address's daily allowance. */
  storedBytes: number;
  /** Quota that sign-ups from one address may claim per UTC day. */
  signUpBytesPerDay: number;
  /** Refuses a new account (507) while the disk is nearly full. */
  roomOnDisk: () => Promise<void>;
}

/** `request.protocol` is https when the request came over TLS, directly or through a trusted proxy. */
function cookieOptions(request: FastifyRequest, days: number) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
    path: '/api/',
    maxAge: days * 86_400,
  };
}

export function setLoginCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(LOGIN_COOKIE, token, cookieOptions(request, LOGIN_DAYS));
}

/** Marks this browser as one that signed in to the account: it is let through a stranger's lockout. */
export async function setDeviceCookie(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  accountId: string,
) {
  const token = await rememberDevice(db, accountId, request.cookies[DEVICE_COOKIE]);
  reply.setCookie(DEVICE_COOKIE, token, cookieOptions(request, 365));
}

function clearLoginCookie(reply: FastifyReply): void {
  reply.clearCookie(LOGIN_COOKIE, { path: '/api/' });
}

export function me(email: string, login: { csrf: string; expiresAt: Date; role?: Role }): Me {
  return {
    email,
    csrf: login.csrf,
    loginExpiresAt: login.expiresAt.toISOString(),
    ...(login.role ? { role: login.role } : {}),
  };
}

function tooMany(reply: FastifyReply, wait: number, what: Attempts): ApiError {
  reply.header('retry-after', String(wait));
  return new ApiError(429, (words) => words.server.problems.tooMany(what, wait));
}

const CREDENTIALS = { give: (words: Catalogue) => words.server.problems.give.credentials };

/** Sign-up, login, logout (here or everywhere), the signed-in account, password change and account deletion. */
export function accountRoutes(db: Db, opts: AccountOptions) {
  return async (app: FastifyInstance) => {
    const limited = { rateLimit: { max: opts.authPerMinute, timeWindow: 60_000 } };
    // Sign-up answers 409 for a taken email (it cannot sign the person in otherwise, and no email is
    // sent), so asking is made slow: a full password hash per try and a strict hourly limit per address.
    const signUpLimited = { rateLimit: { max: opts.signUpsPerHour, timeWindow: 3_600_000 } };
    // Signed in (the table's roles): the login comes from the roles hook (guard.ts), before the body is read.

    route(
      app,
      endpoints.signUp,
      async (request, reply) => {
        const { email, password } = request.body;
        await refuseWeakPassword(password, 'password', email);
        await opts.roomOnDisk();
        const hash = await hashPassword(password);
        const id = randomUUID();
        const created = await db.transaction(async (tx) => {
          const rows = await tx.query(
            'INSERT INTO accounts (id, email, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id',
            [id, email, hash],
          );
          if (rows.length === 0) return undefined;
          // Refused here, the account above is rolled back with it.
          await claimRoom(tx, request.ip, opts.storedBytes, opts.signUpBytesPerDay);
          await audit(tx, id, 'account_created', clientOf(request));
          return createLogin(tx, id);
        });
        if (!created) throw new ApiError(409, (words) => words.server.problems.emailTaken, 'email');
        setLoginCookie(request, reply, created.token);
        await setDeviceCookie(db, request, reply, id);
        return reply.status(201).send(me(email, created));
      },
      { config: signUpLimited, reading: CREDENTIALS },
    );

    route(
      app,
      endpoints.logIn,
      async (request, reply) => {
        const { email, password } = request.body;
        // A browser that signed in to this account before has its own backoff; everyone else shares one.
        const device = request.cookies[DEVICE_COOKIE];
        const scope = (await knownDevice(db, device, email)) ? `device:${tokenHash(device ?? '')}` : 'login';
        const wait = await loginWait(db, email, scope);
        if (wait > 0) throw tooMany(reply, wait, 'failedLogins');
        const rows = await db.query<{ id: string; password_hash: string; role: Role }>(
          'SELECT id, password_hash, role FROM accounts WHERE email = $1',
          [email],
        );
        const account = rows[0];
        const ok = await verifyPassword(password, account?.password_hash ?? (await dummyPasswordHash()));
        if (!account || !ok) {
          // A hash from an older, cheaper cost fails fast: the failure pays a full verify at today's cost as
          // well, so a wrong password takes as long for that account as for a new one or an unknown email.
          if (account && hashIsWeak(account.password_hash)) {
            await verifyPassword(password, await dummyPasswordHash());
          }
          await recordFailure(db, email, scope);
          if (account) await audit(db, account.id, 'login_failed', clientOf(request));
          throw new ApiError(401, (words) => words.server.problems.wrongCredentials);
        }
        await clearFailures(db, email, scope);
        // A hash made at an older, lower cost is replaced while the password is at hand.
        const rehash = hashIsWeak(account.password_hash) ? await hashPassword(password) : undefined;
        const login = await db.transaction(async (tx) => {
          if (rehash)
            await tx.query('UPDATE accounts SET password_hash = $2 WHERE id = $1', [account.id, rehash]);
          await audit(tx, account.id, 'login', clientOf(request));
          return createLogin(tx, account.id);
        });
        setLoginCookie(request, reply, login.token);
        await setDeviceCookie(db, request, reply, account.id);
        return me(email, { ...login, role: account.role });
      },
      { config: limited, reading: CREDENTIALS },
    );

    route(app, endpoints.logOut, async (request, reply) => {
      const { login } = request;
      await endLogin(db, login.token);
      await audit(db, login.accountId, 'logout', clientOf(request));
      clearLoginCookie(reply);
      return reply.status(204).send();
    });

    route(
      app,
      endpoints.signOutEverywhere,
      async (request, reply) => {
        const { login } = request;
        // Every login of the account, this one included: a lost phone's next request is refused.
        await db.transaction(async (tx) => {
          const rows = await tx.query('DELETE FROM logins WHERE account_id = $1 RETURNING token_hash', [
            login.accountId,
          ]);
          await audit(tx, login.accountId, 'signed_out_everywhere', clientOf(request), {
            logins: rows.length,
          });
        });
        clearLoginCookie(reply);
        return reply.status(204).send();
      },
      { config: limited },
    );

    route(app, endpoints.me, async (request) => me(request.login.email, request.login));

    // For anyone: the same answer as /me when signed in, and 200 with signedIn false when not.
    route(app, endpoints.session, async (request) => {
      const login = await loginOf(db, request);
      return login ? { signedIn: true as const, ...me(login.email, login) } : { signedIn: false as const };
    });

    route(
      app,
      endpoints.password,
      async (request, reply) => {
        const { login, body } = request;
        await checkPassword(db, request, reply, login, body.currentPassword, 'currentPassword');
        await refuseWeakPassword(body.newPassword, 'newPassword', login.email);
        const hash = await hashPassword(body.newPassword);
        // A new CSRF token too: one read before the change (by a script, a shoulder) no longer works.
        const csrf = newCsrf();
        await db.transaction(async (tx) => {
          await tx.query('UPDATE accounts SET password_hash = $2 WHERE id = $1', [login.accountId, hash]);
          // Every other device signs in again with the new password; this one stays signed in.
          await tx.query('DELETE FROM logins WHERE account_id = $1 AND token_hash <> $2', [
            login.accountId,
            tokenHash(login.token),
          ]);
          await tx.query('UPDATE logins SET csrf = $2 WHERE token_hash = $1', [tokenHash(login.token), csrf]);
          await audit(tx, login.accountId, 'password_changed', clientOf(request));
        });
        return me(login.email, { ...login, csrf });
      },
      { config: limited, reading: { give: (words) => words.server.problems.give.passwordChange } },
    );

    route(
      app,
      endpoints.deleteAccount,
      async (request, reply) => {
        const { login, body } = request;
        await checkPassword(db, request, reply, login, body.password, 'password');
        await db.transaction(async (tx) => {
          const devices = await tx.query<{ token_hash: string }>(
            'SELECT token_hash FROM known_devices WHERE account_id = $1',
            [login.accountId],
          );
          // Entries, episodes, logins, devices and audit rows go with the account (ON DELETE CASCADE); the
          // clinicians' list views that showed this patient among others keep the others.
          await forgetListReads(tx, login.accountId);
          await tx.query('DELETE FROM accounts WHERE id = $1', [login.accountId]);
          // The backoff rows are keyed by a hash of the email: personal data too, so they go as well.
          await clearAllFailures(
            tx,
            login.email,
            devices.map((d) => d.token_hash),
          );
          await audit(tx, null, 'account_deleted', clientOf(request));
        });
        await forgetListReads(db, login.accountId);
        // Deleted rows linger in table files and the write-ahead log until they are rewritten.
        await eraseLeftovers(db);
        clearLoginCookie(reply);
        reply.clearCookie(DEVICE_COOKIE, { path: '/api/' });
        return reply.status(204).send();
      },
      { config: limited, reading: { give: (words) => words.server.problems.give.deletion } },
    );
  };
}

/**
 * Confirms a signed-in person's password before a change. Wrong answers are audited and backed off
 * like logins, so a borrowed, signed-in browser cannot be used to guess the password.
 */
async function checkPassword(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  login: { accountId: string; email: string },
  password: string,
  field: string,
): Promise<void> {
  const wait = await loginWait(db, login.email, 'reauth');
  if (wait > 0) throw tooMany(reply, wait, 'wrongPasswords');
  const rows = await db.query<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE id = $1', [
    login.accountId,
  ]);
  const stored = rows[0]?.password_hash;
  if (!stored || !(await verifyPassword(password, stored))) {
    await recordFailure(db, login.email, 'reauth');
    await audit(db, login.accountId, 'password_check_failed', clientOf(request));
    throw new ApiError(403, (words) => words.server.problems.wrongPassword, field);
  }
  await clearFailures(db, login.email, 'reauth');
}
