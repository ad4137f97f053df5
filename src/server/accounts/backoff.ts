import { createHash } from 'node:crypto';
import type { Sql } from '../db/types.ts';

/** Free tries before the wait starts; then the wait doubles with each failure, up to the cap. */
const FREE_FAILURES = 5;
const FIRST_WAIT_S = 2;
const MAX_WAIT_S = 15 * 60;
/** One failure is forgiven for every 10 quiet minutes: a slow trickle of guesses never adds up to a lock. */
const DECAY_S = 10 * 60;

/**
 * Who the failures are counted against: everyone without a known device for this email (`login`),
 * one known device (`device:<hash>`), or a signed-in person confirming their password (`reauth`).
 * Keyed by a hash of the email, known or not, so the backoff itself does not tell which accounts exist.
 */
function key(email: string, scope: string): string {
  return createHash('sha256').update(`unknot-${scope}:${email}`).digest('base64url');
}

/** Seconds to wait before this email may try again in this scope; 0 when it may try now. */
export async function loginWait(sql: Sql, email: string, scope = 'login'): Promise<number> {
  const rows = await sql.query<{ wait: number | string }>(
    `SELECT ceil(extract(epoch FROM (locked_until - now())))::int AS wait FROM login_failures
     WHERE email_hash = $1 AND locked_until > now()`,
    [key(email, scope)],
  );
  return rows[0] ? Number(rows[0].wait) : 0;
}

export async function recordFailure(sql: Sql, email: string, scope = 'login'): Promise<void> {
  // The failures still counted: those not yet forgiven by quiet time, plus this one.
  const counted = `greatest(0, f.failures - floor(extract(epoch FROM now() - f.last_failed_at) / $5::float8)::int) + 1`;
  await sql.query(
    `INSERT INTO login_failures AS f (email_hash, failures, locked_until, last_failed_at) VALUES ($1, 1, now(), now())
     ON CONFLICT (email_hash) DO UPDATE SET failures = ${counted}, last_failed_at = now(),
       locked_until = now() + make_interval(secs => CASE WHEN ${counted} <= $2 THEN 0
         ELSE least($4::float8, $3::float8 * power(2, ${counted} - $2 - 1)) END)`,
    [key(email, scope), FREE_FAILURES, FIRST_WAIT_S, MAX_WAIT_S, DECAY_S],
  );
}

export async function clearFailures(sql: Sql, email: string, scope = 'login'): Promise<void> {
  await sql.query('DELETE FROM login_failures WHERE email_hash = $1', [key(email, scope)]);
}

/** Every backoff row of an email, for account deletion: the hashes are personal data too. */
export async function clearAllFailures(sql: Sql, email: string, devices: readonly string[]): Promise<void> {
  const keys = ['login', 'reauth', ...devices.map((d) => `device:${d}`)].map((scope) => key(email, scope));
  await sql.query(
    'DELETE FROM login_failures WHERE email_hash IN (SELECT jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify(keys)],
  );
}
