import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { replacesEpisode } from '../../core/sync.ts';
import { deleteKv, getKv, putKv } from './db.ts';
import { allEntries, episodes, keepEntries, keepEpisodes } from './state.ts';

/** What the device remembers about syncing: the server's cursor and what the server has acknowledged. */
export interface SyncState {
  cursor?: string;
  /** Entry ids the server holds; entries never change, so an id is enough. */
  entries: string[];
  /** Episode id -> the updatedAt the server holds: a later local change is pushed again. */
  episodes: Record<string, string>;
}

/** One answered round of sync, as the store needs it (sync/client.ts `SyncResult`). */
export interface SyncRound {
  cursor: string;
  entries: readonly Entry[];
  episodes: readonly Episode[];
  acknowledged: readonly string[];
  refused: readonly string[];
}

export async function readSyncState(): Promise<SyncState> {
  return (await getKv<SyncState>('sync')) ?? { entries: [], episodes: {} };
}

/** What the server has not acknowledged yet. */
export function pendingOf(s: SyncState): { entries: Entry[]; episodes: Episode[] } {
  const acked = new Set(s.entries);
  return {
    entries: allEntries.value.filter((e) => !acked.has(e.id)),
    episodes: episodes.value.filter((e) => s.episodes[e.id] !== e.updatedAt),
  };
}

/** Applies one round: what the server acknowledged is marked, what it sent is merged, then the cursor moves. */
export async function applySyncRound(s: SyncState, r: SyncRound): Promise<void> {
  const have = new Set(allEntries.value.map((e) => e.id));
  const newEntries = r.entries.filter((e) => !have.has(e.id));
  const local = new Map(episodes.value.map((e) => [e.id, e]));
  const newerEpisodes = r.episodes.filter((e) => {
    const mine = local.get(e.id);
    return !mine || replacesEpisode(mine, e);
  });
  const acked = new Set(r.acknowledged);
  const entryIds = new Set(s.entries);
  for (const e of allEntries.value) if (acked.has(e.id)) entryIds.add(e.id);
  for (const e of r.entries) entryIds.add(e.id);
  for (const e of episodes.value) if (acked.has(e.id)) s.episodes[e.id] = e.updatedAt;
  for (const e of r.episodes) s.episodes[e.id] = e.updatedAt;
  // Refused ids belong to another account: never push them again.
  for (const id of r.refused) {
    entryIds.add(id);
    s.episodes[id] = episodes.value.find((e) => e.id === id)?.updatedAt ?? '';
  }
  s.entries = [...entryIds];
  s.cursor = r.cursor;
  // The records land before the cursor moves: a crash in between pulls them again, never skips them.
  if (newEntries.length) await keepEntries(newEntries);
  if (newerEpisodes.length) await keepEpisodes(newerEpisodes);
  await putKv('sync', s);
}

/** What the server acknowledged is gone with the account: a new account would start from nothing. */
export function forgetSyncState(): Promise<void> {
  return deleteKv('sync');
}
