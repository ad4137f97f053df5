/** The stored shape of "a clinician has seen me" (its logic is core/seen.ts, which loads no schema). */
import { z } from 'zod';
import { calendarDateSchema } from './case.ts';
import { instantSchema } from './instant.ts';

/** One urgent or emergency reason the clinician saw: its rule and the signs it named. */
export const seenReasonSchema = z.looseObject({
  rule: z.string().max(64),
  signs: z.array(z.string().max(64)).max(64).optional(),
});
export type SeenReason = z.infer<typeof seenReasonSchema>;

/**
 * The person's word that a clinician has seen them: the day, and the urgent or emergency reasons that stood
 * then. A reason that fires later and is not among them holds the plan back again until they say so once more.
 */
export const seenSchema = z.looseObject({
  on: calendarDateSchema,
  at: instantSchema,
  reasons: z.array(seenReasonSchema).max(64),
});
export type Seen = z.infer<typeof seenSchema>;
