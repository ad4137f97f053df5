import type { Sql } from '../db/types.ts';
import { ApiError } from '../errors.ts';

export interface QuotaLimits {
  /** Records (entries and episode writes) stored per account per UTC day. */
  recordsPerDay: number;
  /** Bytes of stored entry and episode bodies per account. */
  storedBytes: number;
}

const TODAY = `(now() AT TIME ZONE 'UTC')::date`;
const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * Refuses a push that would take the account past a quota: 429 until midnight UTC for the daily
 * count, 413 for the bytes held. Nothing of the push is stored; the device keeps it and sends it later.
 * The byte count is an upper bound (an episode rewrite adds its full size), recounted exactly when it
 * reaches the limit, so only a truly full account is refused.
 */
export async function checkQuota(
  sql: Sql,
  accountId: string,
  records: number,
  bytes: number,
  limits: QuotaLimits,
): Promise<void> {
  const rows = await sql.query<{ stored_bytes: string | number; today: number; reset_s: number }>(
    `SELECT stored_bytes, CASE WHEN quota_day = ${TODAY} THEN day_records ELSE 0 END AS today,
       ceil(extract(epoch FROM (date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 day') - now() AT TIME ZONE 'UTC'))::int AS reset_s
     FROM accounts WHERE id = $1`,
    [accountId],
  );
  const row = rows[0];
  if (!row) return;
  if (Number(row.today) + records > limits.recordsPerDay) {
    const resetS = Number(row.reset_s);
    throw new ApiError(
      429,
      (words) => words.server.problems.recordsPerDay(limits.recordsPerDay, Math.ceil(resetS / 60)),
      undefined,
      { quota: 'records_per_day', limit: limits.recordsPerDay, retryAfterSeconds: resetS },
    );
  }
  let held = Number(row.stored_bytes);
  if (held + bytes <= limits.storedBytes) return;
  const exact = await sql.query<{ held: string | number }>(
    `UPDATE accounts SET stored_bytes = (
       SELECT coalesce(sum(octet_length(body::text)), 0) FROM entries WHERE account_id = $1) + (
       SELECT coalesce(sum(octet_length(body::text)), 0) FROM episodes WHERE account_id = $1)
     WHERE id = $1 RETURNING stored_bytes AS held`,
    [accountId],
  );
  held = Number(exact[0]?.held ?? held);
  if (held + bytes > limits.storedBytes) {
    throw new ApiError(
      413,
      (words) => words.server.problems.storedBytes(mb(held), mb(limits.storedBytes)),
      undefined,
      {
        quota: 'stored_bytes',
        limit: limits.storedBytes,
      },
    );
  }
}

/** Counts what a push stored against the account's quotas. */
export async function recordUsage(
  sql: Sql,
  accountId: string,
  records: number,
  bytes: number,
): Promise<void> {
  if (records === 0) return;
  await sql.query(
    `UPDATE accounts SET stored_bytes = stored_bytes + $2,
       day_records = CASE WHEN quota_day = ${TODAY} THEN day_records ELSE 0 END + $3, quota_day = ${TODAY}
     WHERE id = $1`,
    [accountId, bytes, records],
  );
}
