import { computed } from '@preact/signals';
import { liveDiary } from '../../core/diary.ts';
import type { Entry } from '../../core/entry.ts';
import { allEntries, episodes } from './state.ts';

/**
 * The diary as the person sees it now (core/diary.ts: nothing deleted, edits applied). Kept out of state.ts
 * so the first screen does not load the schemas.
 */
const live = computed(() => liveDiary(episodes.value, allEntries.value));
export const liveEntries = computed(() => live.value.entries);
export const liveEpisodes = computed(() => live.value.episodes);

export function entriesOf(episodeId: string): Entry[] {
  return liveEntries.value.filter((e) => e.episodeId === episodeId);
}
