import { z } from 'zod';
import { entrySchema } from './entry.ts';
import { episodeSchema } from './episode.ts';

export const MAX_BATCH = 500;

/**
 * One round of sync: the device pushes what the server has not acknowledged and pulls what changed since
 * its cursor. Pushing the same entry twice is harmless: the server keeps the first copy of each id.
 */
export const syncRequestSchema = z.object({
  /** Opaque position in the account's change log; absent on a device's first sync. */
  cursor: z.string().max(64).optional(),
  entries: z.array(entrySchema).max(MAX_BATCH).default([]),
  episodes: z.array(episodeSchema).max(MAX_BATCH).default([]),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/**
 * The request's outer shape only: the server checks each record on its own, so one bad record is
 * refused with its reason while the rest of the batch is stored.
 */
export const syncEnvelopeSchema = z.object({
  cursor: z
    .string()
    .max(64)
    .meta({ hint: 'the cursor from the previous sync response, or nothing on a first sync' })
    .optional(),
  entries: z
    .array(z.unknown())
    .max(MAX_BATCH)
    .meta({ hint: `a list of at most ${MAX_BATCH} diary entries` })
    .default([]),
  episodes: z
    .array(z.unknown())
    .max(MAX_BATCH)
    .meta({ hint: `a list of at most ${MAX_BATCH} episodes` })
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
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;
