import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { patientFlags } from '../../core/flags.ts';
import { urgency } from '../../core/knowledge/dispositions.ts';
import type { Sql } from '../db/types.ts';

/** Today on the server's calendar (UTC): the flags' "as of" when no diary entry is later. */
export const serverToday = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * Recomputes one patient's stored flags from their whole diary, with the same core code the app uses.
 * Called when a sharing patient's diary changes and when a share begins: the list then reads rows, not diaries.
 */
export async function refreshFlags(sql: Sql, accountId: string, today = serverToday()): Promise<void> {
  const [row] = await sql.query<{ episodes: string; entries: string }>(
    `SELECT (SELECT coalesce(json_agg(body), '[]') FROM episodes WHERE account_id = $1)::text AS episodes,
            (SELECT coalesce(json_agg(body), '[]') FROM entries WHERE account_id = $1)::text AS entries`,
    [accountId],
  );
  // Every stored body passed its schema on the way in.
  const episodes = JSON.parse(row?.episodes ?? '[]') as Episode[];
  const entries = JSON.parse(row?.entries ?? '[]') as Entry[];
  const f = patientFlags(episodes, entries, today);
  // One statement: the flags and their copies on the patient's live shares (the list's sort keys) change
  // together. A share whose copy already matches is left alone, so its dozen sort indexes are not rewritten.
  await sql.query(
    `WITH stored AS (
       INSERT INTO patient_flags AS p (account_id, episode_id, onset, disposition, urgency, red_flag, unsure_warning,
         not_improving, last_entry, latest_pain, computed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT (account_id) DO UPDATE SET episode_id = excluded.episode_id, onset = excluded.onset,
         disposition = excluded.disposition, urgency = excluded.urgency, red_flag = excluded.red_flag,
         unsure_warning = excluded.unsure_warning, not_improving = excluded.not_improving,
         last_entry = excluded.last_entry, latest_pain = excluded.latest_pain, computed_at = now()
       RETURNING account_id, urgency, onset, not_improving, last_entry)
     UPDATE shares s SET urgency = f.urgency, warning_rank = $11, not_improving = f.not_improving, onset = f.onset,
       last_entry = f.last_entry
     FROM stored f
     WHERE s.patient_id = f.account_id AND s.revoked_at IS NULL
       AND (s.urgency, s.warning_rank, s.not_improving, s.onset, s.last_entry)
         IS DISTINCT FROM (f.urgency, $11, f.not_improving, f.onset, f.last_entry)`,
    [
      accountId,
      f.episodeId,
      f.onset,
      f.disposition,
      f.disposition ? urgency(f.disposition) : 9,
      f.redFlag,
      f.unsureWarning,
      f.notImproving,
      f.lastEntry,
      f.latestPain,
      warningRank(f),
    ],
  );
}

/** The warning sort's key: a red flag first, then a warning sign the patient was unsure of, then neither. */
export const warningRank = (f: { redFlag: boolean; unsureWarning: boolean }) =>
  f.redFlag ? 0 : f.unsureWarning ? 1 : 2;

/** After a sync wrote something: only a patient who shares with someone has flags worth keeping. */
export async function afterDiaryChange(sql: Sql, accountId: string): Promise<void> {
  const rows = await sql.query('SELECT 1 FROM shares WHERE patient_id = $1 AND revoked_at IS NULL LIMIT 1', [
    accountId,
  ]);
  if (rows.length > 0) await refreshFlags(sql, accountId);
}
