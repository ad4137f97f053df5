import { createHash } from 'node:crypto';
import type { Sql } from '../db/types.ts';

/** Free tries before the wait starts; then the wait doubles with each failure, up to the cap. */
const FREE_FAILURES = 5;
const FIRST_WAIT_S = 2;
const MAX_WAIT_S = 15 * 60;

/** Keyed by a hash of the email, known or not, so the backoff itself does not tell which accounts exist. */
function key(email: string): string {
  return createHash('sha256').update(`unknot-login:${email}`).digest('base64url');
}

/** Seconds to wait before this email may try again; 0 when it may try now. */
export async function loginWait(sql: Sql, email: string): Promise<number> {
  const rows = await sql.query<{ wait: number | string }>(
    `SELECT ceil(extract(epoch FROM (locked_until - now())))::int AS wait FROM login_failures
     WHERE email_hash = $1 AND locked_until > now()`,
    [key(email)],
  );
  return rows[0] ? Number(rows[0].wait) : 0;
}

export async function recordFailure(sql: Sql, email: string): Promise<void> {
  await sql.query(
    `INSERT INTO login_failures AS f (email_hash, failures, locked_until) VALUES ($1, 1, now())
     ON CONFLICT (email_hash) DO UPDATE SET failures = f.failures + 1,
       locked_until = now() + make_interval(secs => CASE WHEN f.failures + 1 <= $2 THEN 0
         ELSE least($4::float8, $3::float8 * power(2, f.failures + 1 - $2 - 1)) END)`,
    [key(email), FREE_FAILURES, FIRST_WAIT_S, MAX_WAIT_S],
  );
}

export async function clearFailures(sql: Sql, email: string): Promise<void> {
  await sql.query('DELETE FROM login_failures WHERE email_hash = $1', [key(email)]);
}
