import { z } from 'zod';
import { type CalendarDate, type ClockTime, daysBetween, isCalendarDate, minutesOfDay } from './dates.ts';
import { type FindingCode, findingCodes } from './knowledge/findings.ts';

export const trends = ['better', 'same', 'worse'] as const;
export type Trend = (typeof trends)[number];

/** What to put in each field, said once and reused by every error about that field. */
const expected: Record<string, string> = {
  age: 'a whole number of years from 0 to 120',
  onset: 'the calendar date the pain started, as YYYY-MM-DD',
  asOf: 'the calendar date of this assessment, as YYYY-MM-DD, not before onset',
  painNow: 'a whole number from 0 (no pain) to 10 (worst imaginable)',
  trend: 'one of "better", "same" or "worse"',
  findings: 'a list of finding codes (see `unknot triage --help`)',
  unsure: 'a list of the finding codes answered "not sure" (see `unknot triage --help`)',
  wakeTime: 'a local time as HH:MM, for example 07:00',
  sleepTime: 'a local time as HH:MM, later than wakeTime',
};

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
    age: z.number().int().min(0).max(120),
    onset: calendarDateSchema,
    asOf: calendarDateSchema,
    painNow: z.number().int().min(0).max(10).optional(),
    trend: z.enum(trends).optional(),
    findings: z.array(z.enum(findingCodes)).optional(),
    unsure: z.array(z.enum(findingCodes)).optional(),
    wakeTime: clockTimeSchema.optional(),
    sleepTime: clockTimeSchema.optional(),
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

export interface FieldError {
  /** The path of the field, as a person would write it: `age`, `findings[2]`. */
  field: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(the case)';
}

/** A short quotation of what the person gave, for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The value at a zod issue's path inside the input, if there is one. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Turns zod issues into one message per field: what is wrong and what to write instead. */
export function fieldErrors(
  error: z.ZodError,
  input: unknown,
  hints: Record<string, string> = expected,
): FieldError[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    const top = String(issue.path[0] ?? '');
    const got = valueAt(input, issue.path);
    const want = hints[top];
    if (issue.path.length === 0) {
      return {
        field,
        message: `the case must be a JSON object with age, onset and asOf (got ${describeValue(input)})`,
      };
    }
    if (got === undefined && issue.code === 'invalid_type') {
      return { field, message: `${field} is required: give ${want ?? 'a value'}` };
    }
    if ((top === 'findings' || top === 'unsure') && issue.path.length > 1) {
      return {
        field,
        message: `${field} ${describeValue(got)} is not a known finding code; use one listed by \`unknot triage --help\``,
      };
    }
    if (issue.code === 'custom') {
      return { field, message: `${field} ${issue.message}: give ${want ?? 'a valid value'}` };
    }
    return { field, message: `${field} must be ${want ?? 'valid'} (got ${describeValue(got)})` };
  });
}

export function parseCase(input: unknown): Result<Case> {
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error, input) };
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

export type { CalendarDate, FindingCode };
