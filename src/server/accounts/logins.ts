import { createHash, randomBytes } from 'node:crypto';
import { systemNow } from '../../core/clock.ts';
import type { Role } from '../../core/share.ts';
import type { Sql } from '../db/types.ts';

export const LOGIN_COOKIE = 'unknot_login';
export const DEVICE_COOKIE = 'unknot_device';
/** Logins last 30 days from sign-in, then the person signs in again. */
export const LOGIN_DAYS = 30;
/** ... and end sooner after a week without any request. */
export const LOGIN_IDLE_DAYS = 7;
/** How stale `last_seen_at` may get before a request writes it again: one write a minute, not one a request. */
const TOUCH_AFTER_S = 60;

export interface Login {
  accountId: string;
  email: string;
  role: Role;
  csrf: string;
  expiresAt: Date;
}

/** Only a hash of the token is stored: a copy of the database does not let anyone sign in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export const newCsrf = () => randomBytes(24).toString('base64url');

export async function createLogin(
  sql: Sql,
  accountId: string,
): Promise<{ token: string; csrf: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrf = newCsrf();
  const expiresAt = new Date(systemNow().getTime() + LOGIN_DAYS * 86_400_000);
  await sql.query('INSERT INTO logins (token_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash(token),
    accountId,
    csrf,
    expiresAt.toISOString(),
  ]);
  // Expired and idle logins of this account are swept here, where they cost nothing extra to find.
  await sql.query(
    `DELETE FROM logins WHERE account_id = $1 AND (expires_at <= now() OR last_seen_at <= now() - make_interval(days => $2))`,
    [accountId, LOGIN_IDLE_DAYS],
  );
  return { token, csrf, expiresAt };
}

export async function findLogin(sql: Sql, token: string): Promise<Login | undefined> {
  const rows = await sql.query<{
    account_id: string;
    email: string;
    role: Role;
    csrf: string;
    expires_at: Date | string;
    stale: boolean;
  }>(
    `SELECT l.account_id, a.email, a.role, l.csrf, l.expires_at, l.last_seen_at < now() - make_interval(secs => $3) AS stale
     FROM logins l JOIN accounts a ON a.id = l.account_id
     WHERE l.token_hash = $1 AND l.expires_at > now() AND l.last_seen_at > now() - make_interval(days => $2)`,
    [tokenHash(token), LOGIN_IDLE_DAYS, TOUCH_AFTER_S],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.stale)
    await sql.query('UPDATE logins SET last_seen_at = now() WHERE token_hash = $1', [tokenHash(token)]);
  return {
    accountId: row.account_id,
    email: row.email,
    role: row.role,
    csrf: row.csrf,
    expiresAt: new Date(row.expires_at),
  };
}

export async function endLogin(sql: Sql, token: string): Promise<void> {
  await sql.query('DELETE FROM logins WHERE token_hash = $1', [tokenHash(token)]);
}

/** Whether this browser signed in to this email's account before; false for an unknown email. */
export async function knownDevice(sql: Sql, device: string | undefined, email: string): Promise<boolean> {
  if (!device) return false;
  const rows = await sql.query(
    `SELECT 1 FROM known_devices d JOIN accounts a ON a.id = d.account_id WHERE d.token_hash = $1 AND a.email = $2`,
    [tokenHash(device), email],
  );
  return rows.length > 0;
}

/**
 * Remembers this browser for the account. A presented device token is kept only when this server issued it
 * to this account (it is on record for it); any other, however well-formed (planted by someone who would then
 * lock this browser out with failed logins under it), is replaced by a new one. Returns the token to set.
 */
export async function rememberDevice(
  sql: Sql,
  accountId: string,
  device: string | undefined,
): Promise<string> {
  if (device) {
    const kept = await sql.query(
      'UPDATE known_devices SET last_seen_at = now() WHERE token_hash = $1 AND account_id = $2 RETURNING 1',
      [tokenHash(device), accountId],
    );
    if (kept.length > 0) return device;
  }
  const token = randomBytes(32).toString('base64url');
  await sql.query('INSERT INTO known_devices (token_hash, account_id) VALUES ($1, $2)', [
    tokenHash(token),
    accountId,
  ]);
  return token;
}
