import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { canonicalJson, MAX_BATCH, mergeEpisodes } from '../../core/sync.ts';
import type { Sql } from '../db/types.ts';

/**
 * A stored body as PostgreSQL's JSON text: it was validated by the schema before it was stored, so it
 * goes into the reply as it is, without being parsed here and serialized again.
 */
export type StoredJson = string;

export interface Pulled {
  entries: StoredJson[];
  episodes: StoredJson[];
  cursor: number;
  more: boolean;
}

export interface Synced {
  /** Stored now or before, under this account: the device may mark them synced. */
  acknowledged: string[];
  /** Ids held by another account: never stored here, and nothing about them is told. */
  refused: string[];
  /** Ids this push wrote (not retries of what the account already held): what counts against quotas. */
  written: string[];
  pulled: Pulled;
}

type ChangeRow = { kind: string; seq: string | number | null; body: StoredJson | null };

/**
 * The copies this account holds of pushed episodes that were not written because the held copy wins the
 * merge: sent back with the reply, so a device whose cursor is already past the winner still gets it.
 */
async function keptEpisodes(
  sql: Sql,
  accountId: string,
  pushed: readonly Episode[],
  unwritten: ReadonlySet<string>,
): Promise<StoredJson[]> {
  const lost = pushed.filter((e) => unwritten.has(e.id));
  if (lost.length === 0) return [];
  const rows = await sql.query<{ id: string; body: StoredJson }>(
    `SELECT id::text AS id, body::text AS body FROM episodes
     WHERE account_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)`,
    [accountId, JSON.stringify(lost.map((e) => e.id))],
  );
  const sent = new Map(lost.map((e) => [e.id.toLowerCase(), canonicalJson(e)]));
  return rows.filter((r) => sent.get(r.id) !== r.body).map((r) => r.body);
}

/**
 * A page's bodies stop growing past this many bytes (the record that crosses it is the last): a reply a
 * client is slow to read pins at most this much, plus one record (whose size the push bounds), not
 * MAX_BATCH records of any size. Typical diaries fit MAX_BATCH records well within it.
 */
export const PAGE_BYTES = 256 * 1024;

/** One page of changes, ordered; `complete` is the cursor to give when nothing is left beyond the page. */
function page(rows: readonly ChangeRow[], size: number, complete: number): Pulled {
  const changes = rows
    .filter((r) => r.kind === 'entry' || r.kind === 'episode')
    .map((r) => ({ kind: r.kind, body: r.body, seq: Number(r.seq) }))
    .sort((a, b) => a.seq - b.seq);
  let count = 0;
  let bytes = 0;
  while (count < Math.min(size, changes.length) && bytes < PAGE_BYTES) {
    bytes += Buffer.byteLength(changes[count]?.body ?? '');
    count++;
  }
  const more = changes.length > count;
  const taken = changes.slice(0, count);
  const last = taken[taken.length - 1];
  return {
    entries: taken.filter((r) => r.kind === 'entry').map((r) => r.body as StoredJson),
    episodes: taken.filter((r) => r.kind === 'episode').map((r) => r.body as StoredJson),
    cursor: more && last ? last.seq : complete,
    more,
  };
}

/**
 * Each kind's next changes after the cursor, at most `limitParam` of them, and no more bytes than a page
 * can take: a change comes only while the bodies before the one preceding it stay under PAGE_BYTES, which
 * keeps the one that crosses it and one after (so `page` still sees whether more is left) without
 * fetching MAX_BATCH large records to send a few.
 */
const CHANGES_AFTER = (cursorParam: string, limitParam: string) =>
  (['entry', 'episode'] as const)
    .map(
      (kind) => `
  (SELECT '${kind}' AS kind, seq, body FROM (
     SELECT seq, body, coalesce(sum(octet_length(body)) OVER (ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 2 PRECEDING), 0) AS before
     FROM (SELECT seq, body::text AS body FROM ${kind === 'entry' ? 'entries' : 'episodes'}
           WHERE account_id = $1 AND seq > ${cursorParam} ORDER BY seq LIMIT ${limitParam}) latest
   ) w WHERE before < ${PAGE_BYTES} ORDER BY seq)`,
    )
    .join('\n  UNION ALL');

/**
 * The account's changes after `cursor`, one page, in change order. One statement, so the changes
 * and the account's latest number come from one snapshot.
 */
export async function pullChanges(
  sql: Sql,
  accountId: string,
  cursor: number,
  size = MAX_BATCH,
): Promise<Pulled | undefined> {
  const rows = await sql.query<ChangeRow>(
    `${CHANGES_AFTER('$2', '$3')}
     UNION ALL
     SELECT 'top' AS kind, change_seq AS seq, NULL AS body FROM accounts WHERE id = $1`,
    [accountId, cursor, size + 1],
  );
  const top = rows.find((r) => r.kind === 'top');
  if (!top) return undefined;
  // A cursor beyond the account's latest change is not from this account's history: start over.
  if (cursor > Number(top.seq)) return pullChanges(sql, accountId, 0, size);
  return page(rows, size, Number(top.seq));
}

/**
 * Stores one push and pulls one page in a single statement: one round trip, its own transaction,
 * committed before the caller answers. The account row is locked while change numbers are taken, so
 * an account's changes commit in the order of their numbers. The pull reads the statement's snapshot,
 * taken before the lock: everything up to the snapshot's latest number is visible, and the push's
 * own rows are not (the device has them). When nobody else wrote in between, the cursor moves past
 * the push; otherwise it stops at the snapshot, and the next sync brings the rest.
 * Returns undefined when the account no longer exists.
 */
export async function pushAndPull(
  sql: Sql,
  accountId: string,
  cursor: number,
  entries: readonly Entry[],
  rawEpisodes: readonly Episode[],
  size = MAX_BATCH,
): Promise<Synced | undefined> {
  // One statement may not update a row twice: the batch's own copies of an id are merged first, by the same rule.
  const episodes = mergeEpisodes([], rawEpisodes);
  const count = entries.length + episodes.length;
  const rows = await sql.query<ChangeRow & { id: string | null }>(
    `WITH account AS (
       UPDATE accounts SET change_seq = change_seq + $2 WHERE id = $1 RETURNING id, change_seq - $2 AS base
     ), new_entries AS (
       INSERT INTO entries (id, account_id, seq, body)
       SELECT (e.value->>'id')::uuid, a.id, a.base + e.ord, e.value
       FROM account a, jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(value, ord)
       ON CONFLICT (id) DO NOTHING RETURNING id
     ), new_episodes AS (
       -- core/sync.ts replacesEpisode, in SQL: the later updatedAt as an instant wins; at the same instant the
       -- larger jsonb text by code point (COLLATE "C" compares UTF-8 bytes), whatever the database's collation.
       INSERT INTO episodes AS s (id, account_id, seq, updated_at, body)
       SELECT (e.value->>'id')::uuid, a.id, a.base + $4 + e.ord, (e.value->>'updatedAt')::timestamptz, e.value
       FROM account a, jsonb_array_elements($5::jsonb) WITH ORDINALITY AS e(value, ord)
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at, body = excluded.body
       WHERE s.account_id = excluded.account_id AND (s.updated_at < excluded.updated_at
         OR (s.updated_at = excluded.updated_at AND s.body::text COLLATE "C" < excluded.body::text COLLATE "C"))
       RETURNING id
     ), changes AS (${CHANGES_AFTER('$6', '$7')})
     SELECT 'base' AS kind, base AS seq, NULL::text AS body, NULL AS id FROM account
     UNION ALL SELECT 'top', change_seq, NULL, NULL FROM accounts WHERE id = $1
     -- Only the ids not written come back: usually none, so the reply stays small.
     UNION ALL SELECT 'unwritten', NULL, NULL, p.id FROM (
       SELECT e->>'id' AS id FROM jsonb_array_elements($3::jsonb) AS e
       UNION SELECT e->>'id' FROM jsonb_array_elements($5::jsonb) AS e
     ) p WHERE p.id::uuid NOT IN (SELECT id FROM new_entries UNION ALL SELECT id FROM new_episodes)
     UNION ALL SELECT kind, seq, body, NULL FROM changes`,
    [accountId, count, JSON.stringify(entries), entries.length, JSON.stringify(episodes), cursor, size + 1],
  );
  const base = rows.find((r) => r.kind === 'base');
  const top = rows.find((r) => r.kind === 'top');
  if (!base || !top) return undefined;
  const pushed = [...entries.map((e) => e.id), ...episodes.map((e) => e.id)];
  const unsure = rows.filter((r) => r.kind === 'unwritten' && r.id).map((r) => r.id as string);
  const stored = new Set(pushed);
  for (const id of unsure) stored.delete(id);
  const written = [...stored];
  let kept: StoredJson[] = [];
  if (unsure.length > 0) {
    // Not written this time: a retry of something this account already holds, or another account's id.
    // A new statement, so it sees every commit before this one, racing retries included.
    // The ids come back as the device wrote them (a UUID may be in capitals), so it can match them.
    const mine = await sql.query<{ id: string }>(
      `SELECT u.id FROM (SELECT jsonb_array_elements_text($2::jsonb) AS id) u
       WHERE EXISTS (SELECT 1 FROM entries WHERE account_id = $1 AND id = u.id::uuid)
          OR EXISTS (SELECT 1 FROM episodes WHERE account_id = $1 AND id = u.id::uuid)`,
      [accountId, JSON.stringify(unsure)],
    );
    for (const r of mine) stored.add(r.id);
    kept = await keptEpisodes(sql, accountId, episodes, new Set(unsure));
  }
  const seen = Number(top.seq);
  const taken = Number(base.seq);
  // A cursor from elsewhere: store the push, then page the whole history from the start.
  const pulled =
    cursor > seen
      ? await pullChanges(sql, accountId, 0, size)
      : page(rows, size, taken === seen ? taken + count : seen);
  if (!pulled) return undefined;
  // The device keeps the copy the server kept, whatever page its cursor is on.
  for (const body of kept) if (!pulled.episodes.includes(body)) pulled.episodes.push(body);
  return {
    acknowledged: [...new Set(pushed.filter((id) => stored.has(id)))],
    refused: [...new Set(pushed.filter((id) => !stored.has(id)))],
    written,
    pulled,
  };
}
