import { todayIn } from '../../core/clock.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { patientFlags } from '../../core/flags.ts';
import { flagColumns, type PatientFlags, urgencyRank, warningRank } from '../../core/patient-flags.ts';
import type { Sql } from '../db/types.ts';

/** The zone a patient's days are counted in until their device has sent one (an app from before zones). */
export const ZONE_UNKNOWN = 'UTC';

/** The patient's zone as SQL, for a column holding the zone their device last sent (accounts.time_zone). */
export const zoneOf = (column: string) => `coalesce(${column}, '${ZONE_UNKNOWN}')`;

/** The flags' columns in the schema's order (core/patient-flags.ts), then the sort key stored beside them. */
const columns = [...Object.values(flagColumns), 'urgency'];
const keys = Object.keys(flagColumns) as (keyof PatientFlags)[];

/**
 * Recomputes one patient's stored flags from their whole diary, with the same core code the app uses, as of
 * the patient's own today (in the zone their device last sent; `today` overrides it in tests).
 * Called when a sharing patient's diary changes and when a share begins: the list then reads rows, not diaries.
 */
export async function refreshFlags(sql: Sql, accountId: string, today?: string): Promise<void> {
  const [row] = await sql.query<{ episodes: string; entries: string; zone: string }>(
    `SELECT (SELECT coalesce(json_agg(body), '[]') FROM episodes WHERE account_id = $1)::text AS episodes,
            (SELECT coalesce(json_agg(body), '[]') FROM entries WHERE account_id = $1)::text AS entries,
            (SELECT ${zoneOf('time_zone')} FROM accounts WHERE id = $1) AS zone`,
    [accountId],
  );
  // Every stored body passed its schema on the way in.
  const episodes = JSON.parse(row?.episodes ?? '[]') as Episode[];
  const entries = JSON.parse(row?.entries ?? '[]') as Entry[];
  const f = patientFlags(episodes, entries, today ?? todayIn(row?.zone ?? ZONE_UNKNOWN));
  const n = columns.length;
  // One statement: the flags and their copies on the patient's live shares (the list's sort keys) change
  // together. A share whose copy already matches is left alone, so its dozen sort indexes are not rewritten.
  await sql.query(
    `WITH stored AS (
       INSERT INTO patient_flags AS p (account_id, ${columns.join(', ')}, computed_at)
       VALUES ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')}, now())
       ON CONFLICT (account_id) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')},
         computed_at = now()
       RETURNING account_id, urgency, onset, not_improving, last_entry)
     UPDATE shares s SET urgency = f.urgency, warning_rank = $${n + 2}, not_improving = f.not_improving,
       onset = f.onset, last_entry = f.last_entry
     FROM stored f
     WHERE s.patient_id = f.account_id AND s.revoked_at IS NULL
       AND (s.urgency, s.warning_rank, s.not_improving, s.onset, s.last_entry)
         IS DISTINCT FROM (f.urgency, $${n + 2}, f.not_improving, f.onset, f.last_entry)`,
    [accountId, ...keys.map((k) => f[k]), urgencyRank(f.disposition), warningRank(f)],
  );
}

/** After a sync wrote something: only a patient who shares with someone has flags worth keeping. */
export async function afterDiaryChange(sql: Sql, accountId: string): Promise<void> {
  const rows = await sql.query('SELECT 1 FROM shares WHERE patient_id = $1 AND revoked_at IS NULL LIMIT 1', [
    accountId,
  ]);
  if (rows.length > 0) await refreshFlags(sql, accountId);
}
