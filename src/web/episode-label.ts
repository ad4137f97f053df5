import { localDayOf } from '../core/clock.ts';
import { daysBetween } from '../core/dates.ts';
import type { Episode } from '../core/episode.ts';
import { compareInstants } from '../core/instant-order.ts';
import { dayLabel, words } from './words.ts';

const w = words.episodes;

/** The episodes the person can see, newest first: the current one, then the earlier ones. */
export function episodesNewestFirst(all: readonly Episode[]): Episode[] {
  return all.filter((e) => !e.deleted).sort((a, b) => compareInstants(b.createdAt, a.createdAt));
}

/** One name for an episode, the same in the diary and Progress: its onset and how long it lasted. */
export function episodeLabel(ep: Episode, current: boolean, date: string): string {
  if (current) return w.current(dayLabel(ep.onset), Math.max(0, daysBetween(ep.onset, date)));
  if (!ep.closedAt) return w.earlierOpen(dayLabel(ep.onset));
  const closed = localDayOf(ep.closedAt);
  return w.earlier(dayLabel(ep.onset), dayLabel(closed), Math.max(0, daysBetween(ep.onset, closed)));
}
