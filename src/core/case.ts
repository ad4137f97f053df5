import { z } from 'zod';
import { type CalendarDate, type ClockTime, daysBetween, isCalendarDate, minutesOfDay } from './dates.ts';
import { describeValue, fieldErrors, type Result } from './issues.ts';
import { type FindingCode, findingCodes } from './knowledge/findings.ts';

export const trends = ['better', 'same', 'worse'] as const;
export type Trend = (typeof trends)[number];

const notAFinding = 'is not a known finding code; use one listed by `unknot triage --help`';

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'is not a real calendar date' });
export const clockTimeSchema = z.string().refine((t) => minutesOfDay(t) !== undefined, {
  message: 'is not a time of day as HH:MM',
});

/** The shortest waking day that still fits one 20-minute session. */
const MIN_WAKING_MINUTES = 20;

/** One schema for the case, shared by the CLI, the HTTP API and the web app. Unknown fields are dropped. */
export const caseSchema = z
  .object({
    age: z.number().int().min(0).max(120).meta({ hint: 'a whole number of years from 0 to 120' }),
    onset: calendarDateSchema.meta({ hint: 'the calendar date the pain started, as YYYY-MM-DD' }),
    asOf: calendarDateSchema.meta({
      hint: 'the calendar date of this assessment, as YYYY-MM-DD, not before onset',
    }),
    painNow: z
      .number()
      .int()
      .min(0)
      .max(10)
      .meta({ hint: 'a whole number from 0 (no pain) to 10 (worst imaginable)' })
      .optional(),
    trend: z.enum(trends).meta({ hint: 'one of "better", "same" or "worse"' }).optional(),
    findings: z
      .array(z.enum(findingCodes).meta({ unknown: notAFinding }))
      .meta({ hint: 'a list of finding codes (see `unknot triage --help`)' })
      .optional(),
    unsure: z
      .array(z.enum(findingCodes).meta({ unknown: notAFinding }))
      .meta({ hint: 'a list of the finding codes answered "not sure" (see `unknot triage --help`)' })
      .optional(),
    wakeTime: clockTimeSchema.meta({ hint: 'a local time as HH:MM, for example 07:00' }).optional(),
    sleepTime: clockTimeSchema.meta({ hint: 'a local time as HH:MM, later than wakeTime' }).optional(),
  })
  .superRefine((c, ctx) => {
    if (isCalendarDate(c.onset) && isCalendarDate(c.asOf) && daysBetween(c.onset, c.asOf) < 0) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], message: `is before onset (${c.onset})` });
    }
    const wake = minutesOfDay(c.wakeTime ?? DEFAULT_WAKE);
    const sleep = minutesOfDay(c.sleepTime ?? DEFAULT_SLEEP);
    if (wake !== undefined && sleep !== undefined && sleep - wake < MIN_WAKING_MINUTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['sleepTime'],
        message: `must be at least ${MIN_WAKING_MINUTES} minutes after wakeTime on the same day`,
      });
    }
  });

export type Case = z.infer<typeof caseSchema>;

export const DEFAULT_WAKE: ClockTime = '07:00';
export const DEFAULT_SLEEP: ClockTime = '22:00';

/** The message when the input is not a case object at all. */
const notACase = (input: unknown) =>
  `the case must be a JSON object with age, onset and asOf (got ${describeValue(input)})`;

export function parseCase(input: unknown): Result<Case> {
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: fieldErrors(caseSchema, parsed.error, input, notACase) };
}

/** Whole calendar days from onset to asOf; the onset day is day 0. */
export function caseDays(c: Pick<Case, 'onset' | 'asOf'>): number {
  return daysBetween(c.onset, c.asOf);
}

export function findingSet(c: Pick<Case, 'findings'>): ReadonlySet<FindingCode> {
  return new Set(c.findings ?? []);
}

/** Codes answered "not sure" and not also reported: a code in both lists counts as reported. */
export function unsureSet(c: Pick<Case, 'findings' | 'unsure'>): ReadonlySet<FindingCode> {
  const reported = findingSet(c);
  return new Set((c.unsure ?? []).filter((code) => !reported.has(code)));
}

export type { FieldError, Result } from './issues.ts';
export { fieldPath } from './issues.ts';
export type { CalendarDate, FindingCode };
