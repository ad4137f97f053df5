import { z } from 'zod';
import type { CalendarDate } from './dates.ts';
import { datesOutsideWindow } from './diary.ts';
import { type Entry, entrySchema } from './entry.ts';
import { type Episode, episodeSchema } from './episode.ts';
import { fieldErrors } from './issues.ts';
import type { FieldsWords } from './knowledge/text/fields-words.ts';
import { type Settings, settingsSchema } from './settings.ts';

const backupSchema = z.object({
  app: z.literal('unknot').meta({ hint: 'backupApp' }),
  version: z.literal(1).meta({ hint: 'backupVersion' }),
  exportedAt: z.string(),
  settings: settingsSchema,
  episodes: z.array(episodeSchema),
  entries: z.array(entrySchema),
});

/** The file the app saves under More > Settings, and `unknot export` reads. */
export interface Backup {
  app: 'unknot';
  version: 1;
  exportedAt: string;
  settings: Settings;
  episodes: Episode[];
  entries: Entry[];
}

export type ParsedBackup = { ok: true; value: Backup } | { ok: false; errors: string[] };

/**
 * Checks a backup file before anything is written: a bad file changes nothing and says what is wrong.
 * `today` is the device's calendar date: no episode in the file may begin after the day after it.
 */
export function parseBackup(text: string, words: FieldsWords, today: CalendarDate): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [words.backup.notJson] };
  }
  const r = backupSchema.safeParse(json);
  if (r.success) {
    const outside = datesOutsideWindow(r.data.episodes, r.data.entries, today, words, {
      episode: (i) => `episodes[${i}]`,
      entry: (i) => `entries[${i}]`,
    });
    if (outside.length === 0) return { ok: true, value: r.data as Backup };
    return { ok: false, errors: outside.slice(0, 5).map((e) => e.message) };
  }
  return {
    ok: false,
    errors: fieldErrors(backupSchema, r.error, json, () => words.backup.notABackup, words)
      .slice(0, 5)
      .map((e) => e.message),
  };
}
