import { createHash } from 'node:crypto';
import type { Sql } from '../db/types.ts';
import { ApiError } from '../errors.ts';

const TODAY = `(now() AT TIME ZONE 'UTC')::date`;

/**
 * Counts a new account's quota against what sign-ups from its address have claimed today (UTC), in the
 * database, so every process sees the same total; refuses with 429 when it would pass `perDay`. Run in
 * the sign-up's transaction: a refused sign-up stores nothing, and an account not created claims nothing.
 * The address is kept as a hash, and earlier days' rows are removed as it goes.
 */
export async function claimRoom(sql: Sql, address: string, bytes: number, perDay: number): Promise<void> {
  const key = createHash('sha256').update(`unknot-signup:${address}`).digest('base64url');
  await sql.query(`DELETE FROM signup_claims WHERE day < ${TODAY}`);
  const rows =
    bytes > perDay
      ? []
      : await sql.query(
          `INSERT INTO signup_claims AS c (address_hash, day, accounts, bytes) VALUES ($1, ${TODAY}, 1, $2)
           ON CONFLICT (address_hash, day) DO UPDATE SET accounts = c.accounts + 1, bytes = c.bytes + excluded.bytes
           WHERE c.bytes + excluded.bytes <= $3 RETURNING bytes`,
          [key, bytes, perDay],
        );
  if (rows.length > 0) return;
  const wait = await sql.query<{ s: number }>(
    `SELECT ceil(extract(epoch FROM (date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 day') - now() AT TIME ZONE 'UTC'))::int AS s`,
  );
  const seconds = Number(wait[0]?.s ?? 86_400);
  throw new ApiError(
    429,
    (words) =>
      words.server.problems.signUpBytesPerDay(Math.floor(perDay / (1024 * 1024)), Math.ceil(seconds / 60)),
    undefined,
    { quota: 'signup_bytes_per_day', limit: perDay, retryAfterSeconds: seconds },
  );
}
