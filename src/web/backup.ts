import { z } from 'zod';
import { clockTimeSchema, fieldPath } from '../core/case.ts';
import { entrySchema } from '../core/entry.ts';
import { episodeSchema } from '../core/episode.ts';
import type { Backup } from './store/state.ts';

const backupSchema = z.object({
  app: z.literal('unknot'),
  version: z.literal(1),
  exportedAt: z.string(),
  settings: z.object({
    wakeTime: clockTimeSchema,
    sleepTime: clockTimeSchema,
    reminders: z.boolean(),
    emergencyNumber: z.string().regex(/^[0-9+*#]{2,15}$/),
  }),
  episodes: z.array(episodeSchema),
  entries: z.array(entrySchema),
});

export type ParsedBackup = { ok: true; value: Backup } | { ok: false; errors: string[] };

/** Checks a backup file before anything is written: a bad file changes nothing and says what is wrong. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not a Unknot backup: it is not valid JSON.'] };
  }
  const r = backupSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data as Backup };
  return {
    ok: false,
    errors: r.error.issues.slice(0, 5).map((i) => `${fieldPath(i.path)}: ${i.message}`),
  };
}
