import { z } from 'zod';
import { type Entry, entrySchema } from './entry.ts';
import { type Episode, episodeSchema } from './episode.ts';
import { fieldErrors } from './issues.ts';
import { type Settings, settingsSchema } from './settings.ts';

const backupSchema = z.object({
  app: z.literal('unknot').meta({ hint: '"unknot", as the app saves it' }),
  version: z.literal(1).meta({ hint: '1, the only backup version so far' }),
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

const NOT_JSON = 'The file is not a Unknot backup: it is not valid JSON.';
const NOT_A_BACKUP = 'The file is not a Unknot backup: it holds no backup object.';

export type ParsedBackup = { ok: true; value: Backup } | { ok: false; errors: string[] };

/** Checks a backup file before anything is written: a bad file changes nothing and says what is wrong. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [NOT_JSON] };
  }
  const r = backupSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data as Backup };
  return {
    ok: false,
    errors: fieldErrors(backupSchema, r.error, json, () => NOT_A_BACKUP)
      .slice(0, 5)
      .map((e) => e.message),
  };
}
