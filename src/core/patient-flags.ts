import { z } from 'zod';
import { calendarDateSchema } from './case.ts';
import { type Disposition, dispositions, urgency } from './knowledge/dispositions.ts';

/**
 * What a clinician's list shows of one patient, computed once when the diary changes (core/flags.ts) and
 * stored as a row, so a list of thousands sorts and filters in SQL without reading anyone's diary. The one
 * declaration of the flags: the share's list row extends it, and a test checks the SQL columns against it.
 */
export const patientFlagsSchema = z.object({
  /** The latest episode (core/clock.ts `latestEpisode`), or null when the patient has none. */
  episodeId: z.uuid().nullable(),
  onset: calendarDateSchema.nullable(),
  /** The advice level at its latest check-in, or at its first check. */
  disposition: z.enum(dispositions).nullable(),
  /** A warning sign answered yes in any episode, ever. */
  redFlag: z.boolean(),
  /** A warning sign answered "not sure" in any episode, ever. */
  unsureWarning: z.boolean(),
  /** Easing more slowly than the expected course, or getting worse (core/progress.ts). */
  notImproving: z.boolean(),
  lastEntry: calendarDateSchema.nullable(),
  latestPain: z.number().nullable(),
});
export type PatientFlags = z.infer<typeof patientFlagsSchema>;

/** The SQL column of each flag (table patient_flags), in the schema's order. */
export const flagColumns = {
  episodeId: 'episode_id',
  onset: 'onset',
  disposition: 'disposition',
  redFlag: 'red_flag',
  unsureWarning: 'unsure_warning',
  notImproving: 'not_improving',
  lastEntry: 'last_entry',
  latestPain: 'latest_pain',
} as const satisfies Record<keyof PatientFlags, string>;

/** The flags a share carries for the list's sorts and filters (migration 4), as their columns there. */
export const shareFlagColumns = ['urgency', 'warning_rank', 'not_improving', 'onset', 'last_entry'] as const;

/** A patient with no episode, hence no advice level, sorts after every level (SQL's default too). */
export const NO_DISPOSITION_URGENCY = 9;

/** The urgency sort's key: the disposition's rank, lower more urgent. */
export const urgencyRank = (disposition: Disposition | null): number =>
  disposition ? urgency(disposition) : NO_DISPOSITION_URGENCY;

/** The warning sort's key: a red flag first, then a warning sign the patient was unsure of, then neither. */
export const warningRank = (f: Pick<PatientFlags, 'redFlag' | 'unsureWarning'>): number =>
  f.redFlag ? 0 : f.unsureWarning ? 1 : 2;
