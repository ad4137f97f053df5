import { z } from 'zod';
import {
  type CalendarDate,
  type ClockTime,
  daysBetween,
  EARLIEST_DATE,
  inDateWindow,
  isCalendarDate,
  LATEST_DATE,
  minutesOfDay,
} from './dates.ts';
import { check, describeValue, fieldErrors, type Result } from './issues.ts';
import { type FindingCode, findingCodes } from './knowledge/findings.ts';
import type { FieldsWords } from './knowledge/text/fields-words.ts';
import { caseLimits } from './limits.ts';

export { caseLimits };

export const trends = ['better', 'same', 'worse'] as const;
export type Trend = (typeof trends)[number];

export const calendarDateSchema = z.string().refine(isCalendarDate, { params: check({ id: 'notADate' }) });
/**
 * A date a person or a device gives (an onset, an assessment's day, an entry's day): a real calendar date
 * inside the documented window (dates.ts), so no engine is handed a span of centuries.
 */
export const windowDateSchema = calendarDateSchema.refine((d) => !isCalendarDate(d) || inDateWindow(d), {
  params: check({ id: 'outsideWindow', from: EARLIEST_DATE, to: LATEST_DATE }),
  abort: true,
});
export const clockTimeSchema = z.string().refine((t) => minutesOfDay(t) !== undefined, {
  params: check({ id: 'notATime' }),
});

/** The shortest waking day that still fits one 20-minute session. */
const MIN_WAKING_MINUTES = 20;

/** One schema for the case, shared by the CLI, the HTTP API and the web app. Unknown fields are dropped. */
export const caseSchema = z
  .object({
    age: z.number().int().min(caseLimits.age.min).max(caseLimits.age.max).meta({ hint: 'age' }),
    onset: windowDateSchema.meta({ hint: 'onset' }),
    asOf: windowDateSchema.meta({ hint: 'asOf' }),
    painNow: z
      .number()
      .int()
      .min(caseLimits.painNow.min)
      .max(caseLimits.painNow.max)
      .meta({ hint: 'painNow' })
      .optional(),
    trend: z.enum(trends).meta({ hint: 'trend' }).optional(),
    findings: z
      .array(z.enum(findingCodes).meta({ unknown: 'finding' }))
      .meta({ hint: 'findings' })
      .optional(),
    unsure: z
      .array(z.enum(findingCodes).meta({ unknown: 'finding' }))
      .meta({ hint: 'unsure' })
      .optional(),
    wakeTime: clockTimeSchema.meta({ hint: 'wakeTime' }).optional(),
    sleepTime: clockTimeSchema.meta({ hint: 'sleepTime' }).optional(),
  })
  .superRefine((c, ctx) => {
    if (isCalendarDate(c.onset) && isCalendarDate(c.asOf) && daysBetween(c.onset, c.asOf) < 0) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], params: check({ id: 'beforeOnset', onset: c.onset }) });
    }
    const wake = minutesOfDay(c.wakeTime ?? DEFAULT_WAKE);
    const sleep = minutesOfDay(c.sleepTime ?? DEFAULT_SLEEP);
    if (wake !== undefined && sleep !== undefined && sleep - wake < MIN_WAKING_MINUTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['sleepTime'],
        params: check({ id: 'shortDay', minutes: MIN_WAKING_MINUTES }),
      });
    }
  });

export type Case = z.infer<typeof caseSchema>;

export const DEFAULT_WAKE: ClockTime = '07:00';
export const DEFAULT_SLEEP: ClockTime = '22:00';

/** Checks a case; a bad one gets a message per field, in the catalogue's `fields` words. */
export function parseCase(input: unknown, words: FieldsWords): Result<Case> {
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const notACase = (whole: unknown) => words.notACase(describeValue(whole, words));
  return { ok: false, errors: fieldErrors(caseSchema, parsed.error, input, notACase, words) };
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
