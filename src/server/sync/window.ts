import { type CalendarDate, episodeWindow, inEpisodeWindow, latestOnset } from '../../core/dates.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import type { Sql } from '../db/types.ts';
import { ApiError } from '../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses an episode whose onset is later than the day after the device's today (dates.ts). */
export function onsetNotAhead(today: CalendarDate): (episode: Episode) => void {
  const latest = latestOnset(today);
  return (episode) => {
    if (episode.onset > latest)
      throw new ApiError(400, (words) => `onset ${words.fields.checks.afterToday(latest)}`, 'onset');
  };
}

/**
 * The onsets of the episodes pushed entries belong to: those pushed with them (the pushed copy is the
 * one being stored), else this account's stored ones. Ids are read from the raw records before their
 * schema, so one query serves the batch; an id that is not a UUID is the schema's to refuse.
 */
export async function onsetsFor(
  sql: Sql,
  accountId: string,
  rawEntries: readonly unknown[],
  episodes: readonly Episode[],
): Promise<Map<string, CalendarDate>> {
  const onsets = new Map(episodes.map((e) => [e.id.toLowerCase(), e.onset] as const));
  const wanted = new Set<string>();
  for (const raw of rawEntries) {
    const id = (raw as { episodeId?: unknown } | null)?.episodeId;
    if (typeof id === 'string' && UUID.test(id) && !onsets.has(id.toLowerCase()))
      wanted.add(id.toLowerCase());
  }
  if (wanted.size === 0) return onsets;
  const rows = await sql.query<{ id: string; onset: string }>(
    `SELECT id::text AS id, body->>'onset' AS onset FROM episodes
     WHERE account_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)`,
    [accountId, JSON.stringify([...wanted])],
  );
  for (const r of rows) onsets.set(r.id, r.onset);
  return onsets;
}

/**
 * Refuses an entry dated outside its episode's span. An entry whose episode the server has not seen yet
 * (it may come in a later batch) is held to the date window alone; every reader skips it if it turns
 * out to lie outside (core/diary.ts).
 */
export function entryInEpisode(onsets: ReadonlyMap<string, CalendarDate>): (entry: Entry) => void {
  return (entry) => {
    const onset = onsets.get(entry.episodeId.toLowerCase());
    if (onset === undefined || inEpisodeWindow(entry.date, onset)) return;
    const { from, to } = episodeWindow(onset);
    throw new ApiError(400, (words) => `date ${words.fields.checks.outsideEpisode(onset, from, to)}`, 'date');
  };
}
