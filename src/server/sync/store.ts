import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { MAX_BATCH } from '../../core/sync.ts';
import type { Sql } from '../db/types.ts';

export interface Pushed {
  /** Stored now or before, under this account: the device may mark them synced. */
  acknowledged: string[];
  /** Ids held by another account: never stored here, and nothing about them is told. */
  refused: string[];
  /** The change numbers this push took, after < n <= upTo: the pull that follows skips them. */
  own: { after: number; upTo: number };
}

/** Keeps the newest of each episode id in one batch: one statement may not update a row twice. */
function newestEpisodes(episodes: readonly Episode[]): Episode[] {
  const byId = new Map<string, Episode>();
  for (const e of episodes) {
    const held = byId.get(e.id);
    if (!held || Date.parse(held.updatedAt) < Date.parse(e.updatedAt)) byId.set(e.id, e);
  }
  return [...byId.values()];
}

/**
 * Stores one push in one statement, so one round trip and its own transaction. The account row is
 * locked while its change numbers are taken, so an account's changes commit in the order of their
 * numbers and a cursor never skips one. Returns undefined when the account no longer exists.
 */
export async function storePush(
  sql: Sql,
  accountId: string,
  entries: readonly Entry[],
  rawEpisodes: readonly Episode[],
): Promise<Pushed | undefined> {
  const episodes = newestEpisodes(rawEpisodes);
  const rows = await sql.query<{ kind: string; id: string | null }>(
    `WITH account AS (
       UPDATE accounts SET change_seq = change_seq + $2 WHERE id = $1 RETURNING id, change_seq - $2 AS base
     ), new_entries AS (
       INSERT INTO entries (id, account_id, seq, body)
       SELECT (e.value->>'id')::uuid, a.id, a.base + e.ord, e.value
       FROM account a, jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(value, ord)
       ON CONFLICT (id) DO NOTHING RETURNING id
     ), new_episodes AS (
       -- Last writer wins by updatedAt; a tie goes to the larger body so every replica picks the same one.
       INSERT INTO episodes AS s (id, account_id, seq, updated_at, body)
       SELECT (e.value->>'id')::uuid, a.id, a.base + $4 + e.ord, (e.value->>'updatedAt')::timestamptz, e.value
       FROM account a, jsonb_array_elements($5::jsonb) WITH ORDINALITY AS e(value, ord)
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at, body = excluded.body
       WHERE s.account_id = excluded.account_id AND (s.updated_at < excluded.updated_at
         OR (s.updated_at = excluded.updated_at AND s.body::text < excluded.body::text))
       RETURNING id
     )
     SELECT 'account' AS kind, base::text AS id FROM account
     UNION ALL SELECT 'stored', id::text FROM new_entries
     UNION ALL SELECT 'stored', id::text FROM new_episodes`,
    [
      accountId,
      entries.length + episodes.length,
      JSON.stringify(entries),
      entries.length,
      JSON.stringify(episodes),
    ],
  );
  const account = rows.find((r) => r.kind === 'account');
  if (!account) return undefined;
  const stored = new Set<string>();
  for (const r of rows) if (r.kind === 'stored' && r.id) stored.add(r.id);
  const pushed = [...entries.map((e) => e.id), ...episodes.map((e) => e.id)];
  const unsure = pushed.filter((id) => !stored.has(id));
  if (unsure.length > 0) {
    // Not written this time: a retry of something this account already holds, or another account's id.
    // A new statement, so it sees every commit before this one, racing retries included.
    const mine = await sql.query<{ id: string }>(
      `SELECT id FROM entries WHERE account_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)
       UNION ALL
       SELECT id FROM episodes WHERE account_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)`,
      [accountId, JSON.stringify(unsure)],
    );
    for (const r of mine) stored.add(r.id);
  }
  const acknowledged = [...new Set(pushed.filter((id) => stored.has(id)))];
  const refused = [...new Set(pushed.filter((id) => !stored.has(id)))];
  const after = Number(account.id);
  return { acknowledged, refused, own: { after, upTo: after + entries.length + episodes.length } };
}

export interface Pulled {
  entries: Entry[];
  episodes: Episode[];
  cursor: number;
  more: boolean;
}

/**
 * The account's changes after `cursor`, one page, in change order, without the numbers the device's
 * own push just took (it has those). One statement, so the changes and the account's latest number
 * come from one snapshot. The two ranges keep the index scans off the pushed rows entirely.
 */
export async function pullChanges(
  sql: Sql,
  accountId: string,
  cursor: number,
  own: { after: number; upTo: number } = { after: cursor, upTo: cursor },
  page = MAX_BATCH,
): Promise<Pulled | undefined> {
  const lowEnd = Math.max(cursor, own.after);
  const highStart = Math.max(cursor, own.upTo);
  const range = (table: string, kind: string) =>
    `(SELECT seq, '${kind}' AS kind, body FROM ${table} WHERE account_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $5)
     UNION ALL
     (SELECT seq, '${kind}' AS kind, body FROM ${table} WHERE account_id = $1 AND seq > $4 ORDER BY seq LIMIT $5)`;
  const rows = await sql.query<{ seq: string | number; kind: string; body: unknown }>(
    `${range('entries', 'entry')}
     UNION ALL
     ${range('episodes', 'episode')}
     UNION ALL
     (SELECT change_seq AS seq, 'top' AS kind, NULL AS body FROM accounts WHERE id = $1)`,
    [accountId, cursor, lowEnd, highStart, page + 1],
  );
  const topRow = rows.find((r) => r.kind === 'top');
  if (!topRow) return undefined;
  const top = Number(topRow.seq);
  // A cursor beyond the account's latest change is not from this account's history: start over.
  if (cursor > top) return pullChanges(sql, accountId, 0, own, page);
  const changes = rows
    .filter((r) => r.kind !== 'top')
    .map((r) => ({ ...r, seq: Number(r.seq) }))
    .sort((a, b) => a.seq - b.seq);
  const more = changes.length > page;
  const taken = changes.slice(0, page);
  const last = taken[taken.length - 1];
  return {
    entries: taken.filter((r) => r.kind === 'entry').map((r) => r.body as Entry),
    episodes: taken.filter((r) => r.kind === 'episode').map((r) => r.body as Episode),
    cursor: more && last ? last.seq : top,
    more,
  };
}
