import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db/types.ts';

export const LOGIN_COOKIE = 'unknot_login';
export const CSRF_HEADER = 'x-unknot-csrf';
/** Logins last 30 days from sign-in, then the person signs in again. */
export const LOGIN_DAYS = 30;

export interface Login {
  accountId: string;
  email: string;
  csrf: string;
  expiresAt: Date;
}

/** Only a hash of the token is stored: a copy of the database does not let anyone sign in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createLogin(
  sql: Sql,
  accountId: string,
): Promise<{ token: string; csrf: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + LOGIN_DAYS * 86_400_000);
  await sql.query('INSERT INTO logins (token_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash(token),
    accountId,
    csrf,
    expiresAt.toISOString(),
  ]);
  // Expired logins of this account are swept here, where they cost nothing extra to find.
  await sql.query('DELETE FROM logins WHERE account_id = $1 AND expires_at <= now()', [accountId]);
  return { token, csrf, expiresAt };
}

export async function findLogin(sql: Sql, token: string): Promise<Login | undefined> {
  const rows = await sql.query<{
    account_id: string;
    email: string;
    csrf: string;
    expires_at: Date | string;
  }>(
    `SELECT l.account_id, a.email, l.csrf, l.expires_at FROM logins l JOIN accounts a ON a.id = l.account_id
     WHERE l.token_hash = $1 AND l.expires_at > now()`,
    [tokenHash(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { accountId: row.account_id, email: row.email, csrf: row.csrf, expiresAt: new Date(row.expires_at) };
}

export async function endLogin(sql: Sql, token: string): Promise<void> {
  await sql.query('DELETE FROM logins WHERE token_hash = $1', [tokenHash(token)]);
}
