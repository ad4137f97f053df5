import { computed, signal } from '@preact/signals-core';
import { currentEpisode as openEpisode } from '../../core/clock.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { emergencyNumberFor } from '../../core/knowledge/emergency.ts';
import type { Settings } from '../../core/settings.ts';
import { putEntries, putEpisodes, readAll, type Snapshot } from './db.ts';

export type { Settings };

// The first screen needs these signals and `load`; every write (entries, episodes, settings, timers, backups) is
// in writes.ts, which loads with the screens that write, not with the first screen (bench/web/budget.ts).

/** A running cold or heat session. Its end time is stored, so it outlives a locked screen or a reload. */
export interface RunningTimer {
  id: string;
  kind: 'ice' | 'heat';
  minutes: number;
  startedAt: number;
  endsAt: number;
  episodeId: string;
  date: string;
}

function defaultEmergencyNumber(): string {
  return emergencyNumberFor((typeof navigator !== 'undefined' && navigator.language) || '');
}

export const defaultSettings = (): Settings => ({
  wakeTime: '07:00',
  sleepTime: '22:00',
  reminders: false,
  emergencyNumber: defaultEmergencyNumber(),
});

export const ready = signal(false);
export const settings = signal<Settings>(defaultSettings());
export const episodes = signal<Episode[]>([]);
export const allEntries = signal<Entry[]>([]);
export const timer = signal<RunningTimer | undefined>(undefined);

/** The episode the person is living through now: the newest one not closed. */
export const currentEpisode = computed<Episode | undefined>(() => openEpisode(episodes.value));

function apply(s: Snapshot): void {
  episodes.value = s.episodes;
  allEntries.value = s.entries;
  settings.value = { ...defaultSettings(), ...(s.kv.settings as Partial<Settings> | undefined) };
  timer.value = s.kv.timer as RunningTimer | undefined;
}

export async function load(): Promise<void> {
  apply(await readAll());
  ready.value = true;
}

function merge<T extends { id: string }>(list: readonly T[], items: readonly T[]): T[] {
  const ids = new Set(items.map((i) => i.id));
  return [...list.filter((i) => !ids.has(i.id)), ...items];
}

/** Writes entries and, once IndexedDB has committed, shows them: the one way entries reach the signals. */
export async function keepEntries(entries: readonly Entry[]): Promise<void> {
  await putEntries(entries);
  allEntries.value = merge(allEntries.value, entries);
}

/** Writes episodes and, once IndexedDB has committed, shows them: the one way episodes reach the signals. */
export async function keepEpisodes(changed: readonly Episode[]): Promise<void> {
  await putEpisodes(changed);
  episodes.value = merge(episodes.value, changed);
}

/** The session that just ended, until the person says how it felt or moves on. */
export const finished = signal<Entry | undefined>(undefined);
