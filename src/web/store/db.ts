import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';

/**
 * Everything the app keeps on the device, in IndexedDB itself (no wrapper library: this module is part of the
 * first screen's download). Entries and episodes are keyed by their client UUIDs; kv holds settings, the
 * running timer, the check's draft and the account.
 */
type StoreName = 'episodes' | 'entries' | 'kv';
const ALL: StoreName[] = ['episodes', 'entries', 'kv'];

export type Db = IDBDatabase;

/** One request as a promise. */
function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves once the transaction has committed; rejects when it fails or is aborted. */
function committed(tx: IDBTransaction): Promise<void> {
  const end = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  // The caller awaits it, possibly after a request's own failure: never an unhandled rejection.
  end.catch(() => undefined);
  return end;
}

let opening: Promise<Db> | undefined;

export function db(): Promise<Db> {
  opening ??= new Promise<Db>((resolve, reject) => {
    const request = indexedDB.open('unknot', 1);
    request.onupgradeneeded = () => {
      const d = request.result;
      d.createObjectStore('episodes', { keyPath: 'id' });
      d.createObjectStore('entries', { keyPath: 'id' });
      d.createObjectStore('kv');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
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
  const tx = d.transaction(ALL, 'readonly');
  const end = committed(tx);
  const [episodes, entries, keys, values] = await Promise.all([
    answer(tx.objectStore('episodes').getAll() as IDBRequest<Episode[]>),
    answer(tx.objectStore('entries').getAll() as IDBRequest<Entry[]>),
    answer(tx.objectStore('kv').getAllKeys()),
    answer(tx.objectStore('kv').getAll()),
  ]);
  await end;
  const kv: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    kv[String(k)] = values[i];
  });
  return { episodes, entries, kv };
}

/** Runs `work` in one read-write transaction; resolves only once it has committed. */
async function write(stores: StoreName | StoreName[], work: (tx: IDBTransaction) => void): Promise<void> {
  const tx = (await db()).transaction(stores, 'readwrite');
  const end = committed(tx);
  work(tx);
  await end;
}

/** Resolves only once the transaction has committed: callers acknowledge a save after this, never before. */
export function putEntries(entries: readonly Entry[]): Promise<void> {
  return write('entries', (tx) => {
    for (const e of entries) tx.objectStore('entries').put(e);
  });
}

export function putEpisodes(episodes: readonly Episode[]): Promise<void> {
  return write('episodes', (tx) => {
    for (const e of episodes) tx.objectStore('episodes').put(e);
  });
}

export function putKv(key: string, value: unknown): Promise<void> {
  return write('kv', (tx) => tx.objectStore('kv').put(value, key));
}

export function deleteKv(key: string): Promise<void> {
  return write('kv', (tx) => tx.objectStore('kv').delete(key));
}

/** Writes a whole snapshot in one transaction: an import either lands completely or not at all. */
export function writeSnapshot(s: Snapshot, replace: boolean): Promise<void> {
  return write(ALL, (tx) => {
    // Requests in one transaction run in the order they are made: the clears before the puts.
    if (replace) for (const name of ALL) tx.objectStore(name).clear();
    for (const e of s.episodes) tx.objectStore('episodes').put(e);
    for (const e of s.entries) tx.objectStore('entries').put(e);
    for (const [k, v] of Object.entries(s.kv)) tx.objectStore('kv').put(v, k);
  });
}

export async function clearAll(): Promise<void> {
  await writeSnapshot({ episodes: [], entries: [], kv: {} }, true);
}

export async function getKv<T>(key: string): Promise<T | undefined> {
  const d = await db();
  const tx = d.transaction('kv', 'readonly');
  const end = committed(tx);
  const value = await answer(tx.objectStore('kv').get(key));
  await end;
  return value as T | undefined;
}
