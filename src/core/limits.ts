/**
 * The bounds of a case's and a diary entry's fields, the ones the schemas hold (case.ts, entry.ts) and every
 * form and prompt checks before it hands a value on: the check screens, the diary form, the CLI. Kept apart
 * from the schemas, like seen.ts from seen-schema.ts, so a screen can name a bound without loading zod.
 */

/** A case (case.ts `caseSchema`). */
export const caseLimits = {
  age: { min: 0, max: 120 },
  painNow: { min: 0, max: 10 },
} as const;

/** A diary entry (entry.ts `entrySchema`). */
export const entryLimits = {
  pain: { min: 0, max: 10 },
  spasms: { min: 0, max: 100 },
  minutes: { min: 1, max: 60 },
  noteLength: 2000,
  /** The medicines named on one entry (chosen from the list or typed), and the longest name kept. */
  medicines: { max: 8, nameLength: 80 },
} as const;

/** Whether `n` is a whole number inside `bounds`, as the schema's `.int().min().max()` has it. */
export function withinLimits(n: number, bounds: { readonly min: number; readonly max: number }): boolean {
  return Number.isInteger(n) && n >= bounds.min && n <= bounds.max;
}
