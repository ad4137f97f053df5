import { type CalendarDate, episodeWindow, inDateWindow, inEpisodeWindow, latestOnset } from './dates.ts';
import { currentEntries, type Entry } from './entry.ts';
import type { Episode } from './episode.ts';
import type { FieldError } from './issues.ts';
import type { FieldsWords } from './knowledge/text/fields-words.ts';
import { mergeEpisodes } from './sync.ts';

/** The diary a person, their devices and their clinician see: nothing deleted, every edit applied. */
export interface LiveDiary {
  episodes: Episode[];
  entries: Entry[];
}

/** True when the episode's dates lie in the documented window, so every engine can read it. */
function readable(ep: Episode): boolean {
  return inDateWindow(ep.onset) && inDateWindow(ep.case?.onset) && inDateWindow(ep.case?.asOf);
}

/**
 * The one reading of stored records that every reader uses (the app, the exports, the flags, the
 * clinician's pages): each episode's winning copy (`mergeEpisodes`), without the deleted ones; the
 * newest link of each entry's edits (`currentEntries`), without tombstones and without the entries of a
 * deleted episode. Records from before the date window (dates.ts) was enforced are skipped when they fall
 * outside it, so no stored row can hand an engine a span of centuries. Pure and order-independent.
 */
export function liveDiary(episodes: readonly Episode[], entries: readonly Entry[]): LiveDiary {
  const gone = new Set<string>();
  const onsets = new Map<string, string>();
  const live: Episode[] = [];
  for (const ep of mergeEpisodes([], episodes)) {
    const key = ep.id.toLowerCase();
    if (ep.deleted || !readable(ep)) {
      gone.add(key);
      continue;
    }
    onsets.set(key, ep.onset);
    live.push(ep);
  }
  const diary = currentEntries(entries).filter((e) => {
    const key = e.episodeId.toLowerCase();
    if (gone.has(key)) return false;
    const onset = onsets.get(key);
    // An entry whose episode has not arrived yet (another page of a sync) is kept while its date is sane.
    return onset === undefined ? inDateWindow(e.date) : inEpisodeWindow(e.date, onset);
  });
  return { episodes: live, entries: diary };
}

/**
 * The dates of records arriving from a file (a backup, a FHIR Bundle) that lie outside the window for a
 * device whose calendar shows `today`: an onset after the day after it, an entry outside its episode's
 * span (when the episode is among the records). Each names its field, as a person would write it.
 */
export function datesOutsideWindow(
  episodes: readonly Pick<Episode, 'id' | 'onset'>[],
  entries: readonly Pick<Entry, 'episodeId' | 'date'>[],
  today: CalendarDate,
  words: FieldsWords,
  at: { episode: (i: number) => string; entry: (i: number) => string },
): FieldError[] {
  const errors: FieldError[] = [];
  const latest = latestOnset(today);
  const onsets = new Map<string, CalendarDate>();
  episodes.forEach((ep, i) => {
    onsets.set(ep.id.toLowerCase(), ep.onset);
    if (ep.onset <= latest) return;
    const field = `${at.episode(i)}.onset`;
    errors.push({ field, message: `${field} ${words.checks.afterToday(latest)}` });
  });
  entries.forEach((e, i) => {
    const onset = onsets.get(e.episodeId.toLowerCase());
    if (onset === undefined || inEpisodeWindow(e.date, onset)) return;
    const { from, to } = episodeWindow(onset);
    const field = `${at.entry(i)}.date`;
    errors.push({ field, message: `${field} ${words.checks.outsideEpisode(onset, from, to)}` });
  });
  return errors;
}
