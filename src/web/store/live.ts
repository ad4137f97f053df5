import { computed } from '@preact/signals';
import { currentEntries, type Entry } from '../../core/entry.ts';
import { allEntries } from './state.ts';

/** The diary as the person sees it now. Kept out of state.ts so the first screen does not load the schemas. */
export const liveEntries = computed(() => currentEntries(allEntries.value));

export function entriesOf(episodeId: string): Entry[] {
  return liveEntries.value.filter((e) => e.episodeId === episodeId);
}
