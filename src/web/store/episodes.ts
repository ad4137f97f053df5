import type { Episode } from '../../core/episode.ts';
import { now } from '../clock.ts';
import { episodes, keepEpisodes } from './state.ts';

/**
 * Takes back a new episode started by mistake (the Undo of its message): it is deleted, a change every device
 * merges, and the episode it closed is open again. Not in state.ts, to keep it out of the first screen.
 */
export async function undoNewEpisode(startedId: string, closedId: string): Promise<void> {
  const at = now().toISOString();
  const changed: Episode[] = [];
  for (const ep of episodes.value) {
    if (ep.id === startedId) changed.push({ ...ep, deleted: true, updatedAt: at });
    if (ep.id === closedId) {
      const { closedAt: _closed, ...open } = ep;
      changed.push({ ...open, updatedAt: at });
    }
  }
  await keepEpisodes(changed);
}
