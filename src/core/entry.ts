import { z } from 'zod';
import { trends, windowDateSchema } from './case.ts';
import { functionScaleSchema } from './function-scale.ts';
import { compareInstants, instantSchema } from './instant.ts';
import { entryLimits } from './limits.ts';
import { schemaVersionSchema } from './schema-version.ts';

/** Treatments a person can log; `ice` and `heat` are also what a finished timer session records. */
export const treatments = ['ice', 'heat', 'medicine', 'exercise', 'rest', 'massage', 'stretching'] as const;
export type Treatment = (typeof treatments)[number];

/** What may have set off a spasm today; a subset of the case's trigger findings plus everyday ones. */
export const dailyTriggers = [
  'lifting',
  'twisting',
  'sudden_movement',
  'long_sitting',
  'long_standing',
  'poor_sleep',
  'stress',
  'dehydration',
  'exercise',
] as const;
export type DailyTrigger = (typeof dailyTriggers)[number];

const uuid = z.uuid();
const instant = instantSchema;

/** The bounds of an entry's fields: the schema's, and the diary form's before it saves (limits.ts). */
export { entryLimits };

/**
 * One append-only diary record, made on the device with its own UUID.
 * An edit is a new entry whose `supersedes` names the old one; a delete is a new entry with `deleted: true`.
 * Fields this version does not know are kept as they came (a newer app wrote them).
 */
const entryFields = {
  /** The shape version that wrote it; absent on records from before versions. */
  v: schemaVersionSchema.optional(),
  id: uuid,
  episodeId: uuid,
  /** When the person recorded it (an instant, from the device clock). */
  recordedAt: instant,
  /** The calendar day it is about, on the person's own calendar. */
  date: windowDateSchema,
  pain: z.number().int().min(entryLimits.pain.min).max(entryLimits.pain.max).optional(),
  spasms: z.number().int().min(entryLimits.spasms.min).max(entryLimits.spasms.max).optional(),
  triggers: z.array(z.enum(dailyTriggers)).max(dailyTriggers.length).optional(),
  treatments: z.array(z.enum(treatments)).max(treatments.length).optional(),
  /**
   * The medicines taken, by name: a medicine the plan names by its id (knowledge/medicines.ts `diaryMedicines`)
   * or the person's own words. Never a dose. Older versions keep it as an unknown field.
   */
  medicines: z
    .array(z.string().trim().min(1).max(entryLimits.medicines.nameLength))
    .max(entryLimits.medicines.max)
    .optional(),
  /** Minutes of an ice or heat session, when the entry records one. */
  minutes: z.number().int().min(entryLimits.minutes.min).max(entryLimits.minutes.max).optional(),
  checkIn: z.enum(trends).optional(),
  /** How a cold or heat session felt, asked when it ends. */
  felt: z.enum(trends).optional(),
  note: z.string().max(entryLimits.noteLength).optional(),
  /** Activities the person rated 0-10 with this entry (Patient-Specific Functional Scale). */
  functionScale: functionScaleSchema.optional(),
  supersedes: uuid.optional(),
  deleted: z.literal(true).optional(),
};
export const entrySchema = z.looseObject(entryFields);
/** The fields this version knows; a stored record may carry more, which code passes on untouched. */
export type Entry = z.infer<z.ZodObject<typeof entryFields>>;

/**
 * The entries a person sees now: the newest link of every supersede chain, without tombstoned ones.
 * Pure and order-independent, so two devices holding the same set of entries agree.
 */
export function currentEntries(all: readonly Entry[]): Entry[] {
  const superseded = new Set<string>();
  for (const e of all) if (e.supersedes) superseded.add(e.supersedes);
  const byId = new Map<string, Entry>();
  for (const e of all) byId.set(e.id, e);
  const live: Entry[] = [];
  for (const e of byId.values()) {
    if (superseded.has(e.id) || e.deleted) continue;
    live.push(e);
  }
  return live.sort((a, b) =>
    a.date === b.date ? compareInstants(a.recordedAt, b.recordedAt) : a.date.localeCompare(b.date),
  );
}
