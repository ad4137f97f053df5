import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';

/** Everything the app keeps on the device. Entries and episodes are keyed by their client UUIDs. */
interface UnknotDB extends DBSchema {
  episodes: { key: string; value: Episode };
  entries: { key: string; value: Entry };
  kv: { key: string; value: unknown };
}

export type Db = IDBPDatabase<UnknotDB>;

let opening: Promise<Db> | undefined;

export function db(): Promise<Db> {
  opening ??= openDB<UnknotDB>('unknot', 1, {
    upgrade(d) {
      d.createObjectStore('episodes', { keyPath: 'id' });
      d.createObjectStore('entries', { keyPath: 'id' });
      d.createObjectStore('kv');
    },
  });
  return opening;
}

export interface Snapshot {
  episodes: Episode[];
  entries: Entry[];
  kv: Record<string, unknown>;
}

export async function readAll(): Promise<Snapshot> {
  const d = await db();
  const tx = d.transaction(['episodes', 'entries', 'kv'], 'readonly');
  const [episodes, entries, keys, values] = await Promise.all([
    tx.objectStore('episodes').getAll(),
    tx.objectStore('entries').getAll(),
    tx.objectStore('kv').getAllKeys(),
    tx.objectStore('kv').getAll(),
  ]);
  await tx.done;
  const kv: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    kv[String(k)] = values[i];
  });
  return { episodes, entries, kv };
}

/** Resolves only once the transaction has committed: callers acknowledge a save after this, never before. */
export async function putEntries(entries: readonly Entry[]): Promise<void> {
  const d = await db();
  const tx = d.transaction('entries', 'readwrite');
  for (const e of entries) void tx.store.put(e);
  await tx.done;
}

export async function putEpisodes(episodes: readonly Episode[]): Promise<void> {
  const d = await db();
  const tx = d.transaction('episodes', 'readwrite');
  for (const e of episodes) void tx.store.put(e);
  await tx.done;
}

export async function putKv(key: string, value: unknown): Promise<void> {
  const d = await db();
  await d.put('kv', value, key);
}

export async function deleteKv(key: string): Promise<void> {
  const d = await db();
  await d.delete('kv', key);
}

/** Writes a whole snapshot in one transaction: an import either lands completely or not at all. */
export async function writeSnapshot(s: Snapshot, replace: boolean): Promise<void> {
  const d = await db();
  const tx = d.transaction(['episodes', 'entries', 'kv'], 'readwrite');
  if (replace) {
    await Promise.all([
      tx.objectStore('episodes').clear(),
      tx.objectStore('entries').clear(),
      tx.objectStore('kv').clear(),
    ]);
  }
  for (const e of s.episodes) void tx.objectStore('episodes').put(e);
  for (const e of s.entries) void tx.objectStore('entries').put(e);
  for (const [k, v] of Object.entries(s.kv)) void tx.objectStore('kv').put(v, k);
  await tx.done;
}

export async function clearAll(): Promise<void> {
  await writeSnapshot({ episodes: [], entries: [], kv: {} }, true);
}

export async function getKv<T>(key: string): Promise<T | undefined> {
  const d = await db();
  return (await d.get('kv', key)) as T | undefined;
}
