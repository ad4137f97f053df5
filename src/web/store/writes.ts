import type { Backup } from '../../core/backup.ts';
import type { Case } from '../../core/case.ts';
import type { Entry } from '../../core/entry.ts';
import type { AnswerValue, Episode } from '../../core/episode.ts';
import type { Seen } from '../../core/seen.ts';
import { SCHEMA_VERSION } from '../../core/version.ts';
import { newId, now } from '../clock.ts';
import { clearAll, deleteKv, putKv, writeSnapshot } from './db.ts';
import {
  allEntries,
  currentEpisode,
  episodes,
  finished,
  keepEntries,
  keepEpisodes,
  load,
  type RunningTimer,
  type Settings,
  settings,
  timer,
} from './state.ts';

// The store's writes: what the screens that change something call. The signals they write, and `load`, are in
// state.ts, the part of the store the first screen needs.

export type EntryFields = Omit<Entry, 'id' | 'episodeId' | 'recordedAt' | 'supersedes' | 'deleted'>;

function entryOf(
  id: string,
  episodeId: string,
  fields: EntryFields,
  supersedes?: string,
  recordedAt = now().toISOString(),
): Entry {
  const entry: Entry = { ...fields, v: SCHEMA_VERSION, id, episodeId, recordedAt };
  if (supersedes) entry.supersedes = supersedes;
  return entry;
}

/**
 * Saves a diary entry under the id the form made when it opened, so a double tap or a retry writes the
 * same record twice instead of two records. Resolves after IndexedDB has committed. An edit may keep the
 * time of the entry it corrects (`recordedAt`), so a morning rating stays a morning rating.
 */
export async function saveEntry(
  id: string,
  episodeId: string,
  fields: EntryFields,
  supersedes?: string,
  recordedAt?: string,
): Promise<Entry> {
  const entry = entryOf(id, episodeId, fields, supersedes, recordedAt);
  await keepEntries([entry]);
  return entry;
}

function tombstoneOf(old: Entry): Entry {
  return {
    v: SCHEMA_VERSION,
    id: newId(),
    episodeId: old.episodeId,
    recordedAt: now().toISOString(),
    date: old.date,
    supersedes: old.id,
    deleted: true,
  };
}

/** Deletes with a tombstone (append-only); resolves to the tombstone, which an undo supersedes. */
export async function deleteEntry(old: Entry): Promise<Entry> {
  const [tombstone] = await deleteEntries([old]);
  return tombstone as Entry;
}

/** Deletes several entries (a whole day) in one write, a tombstone each, in the order given. */
export async function deleteEntries(old: readonly Entry[]): Promise<Entry[]> {
  const tombstones = old.map(tombstoneOf);
  await keepEntries(tombstones);
  return tombstones;
}

/** What an entry says, without what makes it a record (id, episode, time, the entry it supersedes, deletion). */
function fieldsOf(e: Entry): EntryFields {
  const { id: _id, episodeId: _e, recordedAt: _at, supersedes: _s, deleted: _d, ...fields } = e;
  return fields;
}

/** What `old` said, as a new entry that supersedes `current`, at the time `old` was recorded. */
function restored(old: Entry, current: Entry): Entry {
  return entryOf(newId(), old.episodeId, fieldsOf(old), current.id, old.recordedAt);
}

/**
 * Brings back what `old` said as a new entry that supersedes `current` (an edit or a tombstone): the undo of
 * an edit or a delete, in the same append-only history every device merges. It keeps `old`'s recordedAt, so
 * the entry comes back at its own time and place in the day; its chain leads back to `old`'s id.
 */
export async function restoreEntry(old: Entry, current: Entry): Promise<Entry> {
  const [back] = await restoreEntries([[old, current]]);
  return back as Entry;
}

/** The undo of `deleteEntries`: each old entry back over its tombstone, in one write. */
export async function restoreEntries(pairs: readonly (readonly [Entry, Entry])[]): Promise<Entry[]> {
  const back = pairs.map(([old, current]) => restored(old, current));
  await keepEntries(back);
  return back;
}

/** Starts a new episode from a finished check; the one before it, if any, is closed. */
export async function startEpisode(c: Case, answers: Record<string, AnswerValue>): Promise<Episode> {
  const at = now().toISOString();
  const changed: Episode[] = [];
  const before = currentEpisode.value;
  // Closing keeps every field, those a newer app wrote included, and never lowers their version.
  if (before)
    changed.push({ ...before, v: Math.max(before.v ?? 1, SCHEMA_VERSION), closedAt: at, updatedAt: at });
  const episode: Episode = {
    v: SCHEMA_VERSION,
    id: newId(),
    onset: c.onset,
    case: c,
    answers,
    createdAt: at,
    updatedAt: at,
  };
  changed.push(episode);
  await keepEpisodes(changed);
  return episode;
}

/** The episode with a new case and answers (after tailoring, or a check-in that found a new sign). */
export async function updateEpisode(
  ep: Episode,
  change: Pick<Episode, 'case' | 'answers' | 'reportedOn'>,
): Promise<Episode> {
  const next: Episode = {
    ...ep,
    ...change,
    updatedAt: now().toISOString(),
    v: Math.max(ep.v ?? 1, SCHEMA_VERSION),
  };
  await keepEpisodes([next]);
  return next;
}

/** The episode with or without the person's word that a clinician has seen them (core/seen.ts). */
export async function saveSeen(ep: Episode, seen: Seen | undefined): Promise<Episode> {
  // Loaded here, not with the store: the store is part of the first screen's download, this is not.
  const { withSeen } = await import('../../core/seen.ts');
  const next = { ...withSeen(ep, seen, now().toISOString()), v: Math.max(ep.v ?? 1, SCHEMA_VERSION) };
  await keepEpisodes([next]);
  return next;
}

export async function saveSettings(next: Settings): Promise<void> {
  await putKv('settings', next);
  settings.value = next;
}

export async function startTimer(t: RunningTimer): Promise<void> {
  await putKv('timer', t);
  timer.value = t;
}

export async function cancelTimer(): Promise<void> {
  await deleteKv('timer');
  timer.value = undefined;
}

/**
 * A finished session becomes a diary entry whose id is the timer's, so finishing twice records it once.
 * `minutes` is less than planned when the person stopped early: the minutes done are kept, not thrown away.
 */
export async function finishTimer(t: RunningTimer, minutes = t.minutes): Promise<Entry> {
  const entry = await saveEntry(t.id, t.episodeId, {
    date: t.date,
    treatments: [t.kind],
    minutes,
  });
  await cancelTimer();
  finished.value = entry;
  return entry;
}

/** The person moved on without saying how the session felt. */
export function skipRating(): void {
  finished.value = undefined;
}

/** Adds how the session felt, as an edit of its entry (append-only). */
export async function rateSession(entry: Entry, felt: 'better' | 'same' | 'worse'): Promise<Entry> {
  const next = await saveEntry(newId(), entry.episodeId, { ...fieldsOf(entry), felt }, entry.id);
  finished.value = undefined;
  return next;
}

export type { Backup };

export function backup(): Backup {
  return {
    app: 'unknot',
    version: 1,
    exportedAt: now().toISOString(),
    settings: settings.value,
    episodes: episodes.value,
    entries: allEntries.value,
  };
}

/** Adds a validated backup to what is here: ids are stable, so importing twice changes nothing. */
export async function restore(b: Pick<Backup, 'settings' | 'episodes' | 'entries'>): Promise<void> {
  await writeSnapshot({ episodes: b.episodes, entries: b.entries, kv: { settings: b.settings } }, false);
  await load();
}

export async function deleteEverything(): Promise<void> {
  await clearAll();
  await load();
}
