import { z } from 'zod';
import { calendarDateSchema } from './case.ts';
import { isTimeZone } from './clock.ts';
import { entrySchema } from './entry.ts';
import { type Episode, episodeSchema } from './episode.ts';
import { compareInstants, instantSchema } from './instant.ts';
import { check } from './issues.ts';
import { LANGUAGES } from './knowledge/text/languages.ts';

export const MAX_BATCH = 500;

/** An IANA zone name the runtime knows: the zone a patient's days are counted in. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, { params: check({ id: 'notATimeZone' }) })
  .meta({ hint: 'timeZone' });

/**
 * The language a patient chose in Settings and when they chose it: the account keeps the latest choice any of its
 * devices sent, so another device signed in to it opens in that language (issue 24).
 */
export const languageChoiceSchema = z.object({
  value: z.enum(LANGUAGES).meta({ hint: 'oneOf', hintArgs: LANGUAGES }),
  chosenAt: instantSchema.meta({ hint: 'languageChosenAt' }),
});
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;

/**
 * One round of sync: the device pushes what the server has not acknowledged and pulls what changed since
 * its cursor. Pushing the same entry twice is harmless: the server keeps the first copy of each id.
 */
export const syncRequestSchema = z.object({
  /** Opaque position in the account's change log; absent on a device's first sync. */
  cursor: z.string().max(64).optional(),
  /**
   * Today on the device's own calendar. An episode's onset may be at most a day after it; without it (an
   * older app) the latest calendar date anywhere on Earth stands in (dates.ts `deviceToday`).
   */
  today: calendarDateSchema.optional(),
  /** The device's IANA time zone: the server counts the patient's days in it (core/clock.ts). */
  timeZone: z.string().optional(),
  /** The language chosen on this device in Settings, and when: the server keeps the later of its own and this. */
  language: languageChoiceSchema.optional(),
  entries: z.array(entrySchema).max(MAX_BATCH).default([]),
  episodes: z.array(episodeSchema).max(MAX_BATCH).default([]),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/**
 * The request's outer shape only: the server checks each record on its own, so one bad record is
 * refused with its reason while the rest of the batch is stored.
 */
export const syncEnvelopeSchema = z.object({
  cursor: z.string().max(64).meta({ hint: 'syncCursor' }).optional(),
  today: calendarDateSchema.meta({ hint: 'deviceToday' }).optional(),
  timeZone: timeZoneSchema.optional(),
  language: languageChoiceSchema.optional(),
  entries: z
    .array(z.unknown())
    .max(MAX_BATCH)
    .meta({ hint: 'syncEntries', hintArgs: [MAX_BATCH] })
    .default([]),
  episodes: z
    .array(z.unknown())
    .max(MAX_BATCH)
    .meta({ hint: 'syncEpisodes', hintArgs: [MAX_BATCH] })
    .default([]),
});

/** A pushed record the server will not store as sent, with the field at fault and what to fix. */
export const rejectedSchema = z.object({
  id: z.string().optional(),
  field: z.string(),
  message: z.string(),
});

export const syncResponseSchema = z.object({
  /** Ids of the pushed entries and episodes now stored durably: safe to mark as synced. */
  acknowledged: z.array(z.uuid()),
  /** Ids the server will never store for this account (held by another): stop pushing them. */
  refused: z.array(z.uuid()).optional(),
  /** Records that failed their schema: not stored; fix or drop them, the rest of the batch was stored. */
  rejected: z.array(rejectedSchema).optional(),
  entries: z.array(entrySchema),
  episodes: z.array(episodeSchema),
  cursor: z.string(),
  /** True when more changes wait beyond this page: sync again with the new cursor. */
  more: z.boolean(),
  /** The account's language, chosen on any of its devices, when one was: a device adopts it when it is newer. */
  language: languageChoiceSchema.optional(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/**
 * The one merge rule for two copies of an episode, used by every device and mirrored by the server's SQL:
 * the later `updatedAt` wins, compared as instants; at the same instant the copy whose canonical body
 * (`canonicalJson`) is larger, by code point, wins, so every replica keeps the same copy whatever the
 * order the copies arrive in. True when `incoming` replaces `held`; a copy equal to the held one does not.
 */
export function replacesEpisode(held: Episode, incoming: Episode): boolean {
  const order = compareInstants(held.updatedAt, incoming.updatedAt);
  if (order !== 0) return order < 0;
  return compareCodePoints(canonicalJson(held), canonicalJson(incoming)) < 0;
}

/** Folds copies of episodes into the winner of each id (ids compared as UUIDs, so case does not matter). */
export function mergeEpisodes(held: readonly Episode[], incoming: readonly Episode[]): Episode[] {
  const byId = new Map<string, Episode>();
  for (const e of [...held, ...incoming]) {
    const key = e.id.toLowerCase();
    const kept = byId.get(key);
    if (!kept || replacesEpisode(kept, e)) byId.set(key, e);
  }
  return [...byId.values()];
}

/**
 * A value as PostgreSQL prints it as `jsonb`: object keys shorter first, then by their UTF-8 bytes,
 * ", " and ": " between items, numbers without exponents. The server's tie-break compares this text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber(value) : 'null';
  if (typeof value === 'string') return jsonString(value);
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(', ')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => {
        const v = (value as Record<string, unknown>)[k];
        return v !== undefined && typeof v !== 'function';
      })
      .sort((a, b) => utf8Length(a) - utf8Length(b) || compareCodePoints(a, b));
    return `{${keys.map((k) => `${jsonString(k)}: ${canonicalJson((value as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  return 'null';
}

/** Compares by Unicode code point, which is the order of UTF-8 bytes (PostgreSQL's COLLATE "C"). */
export function compareCodePoints(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** PostgreSQL's escape_json: the named escapes, other control characters as lower-case \\u00xx. */
function jsonString(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += ESCAPES[c] ?? (code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : c);
  }
  return `${out}"`;
}

/** A number as PostgreSQL's numeric prints what JSON.stringify wrote: exponents written out in digits. */
function plainNumber(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, whole = '', fraction = '', exp = '0'] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
