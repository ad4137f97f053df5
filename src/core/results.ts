import { z } from 'zod';
import { calendarDateSchema, trends } from './case.ts';
import { advice } from './knowledge/advice.ts';
import { dispositions } from './knowledge/dispositions.ts';
import { type SourceId, sources } from './knowledge/sources.ts';
import type { Activity } from './plan.ts';
import type { CourseStanding, Standing } from './progress.ts';

/**
 * Runtime schemas of what the engines answer, in the shape of contract v3 (`unknot triage|plan --json`
 * and the API): the OpenAPI document's response schemas, and what tests parse real outputs with.
 * Strict objects: a field the contract does not name fails the parse, so the document cannot fall behind.
 */
const sourceId = z.enum(Object.keys(sources) as [SourceId, ...SourceId[]]);
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const reasonSchema = z.strictObject({
  rule: z.string(),
  disposition: z.enum(dispositions).exclude(['self_care']),
  message: z.string(),
  sources: z.array(sourceId),
});

export const triageSchema = z.strictObject({
  disposition: z.enum(dispositions),
  /** Whole days from onset to asOf; the onset day is day 0. */
  days: z.number().int().min(0),
  reasons: z.array(reasonSchema),
});

export const planSchema = z.strictObject({
  triage: triageSchema,
  sessions: z.array(
    z.strictObject({
      kind: z.enum(['ice', 'heat']),
      start: localDateTime,
      minutes: z.number().int().positive(),
    }),
  ),
  checkIns: z.array(
    z.strictObject({ day: z.number().int().min(0), date: calendarDateSchema, ask: z.string() }),
  ),
  maxBedRestDays: z.number().int().min(0),
  advice: z.array(
    z.strictObject({
      id: z.enum(advice.map((a) => a.id) as [string, ...string[]]),
      title: z.string(),
      text: z.string(),
      /** The items of a list the text introduces (the safety net, the same-day signs), one per line. */
      list: z.array(z.string()).optional(),
      sources: z.array(sourceId),
    }),
  ),
  days: z.array(
    z.strictObject({
      date: calendarDateSchema,
      day: z.number().int().min(0),
      treatment: z.enum(['ice', 'heat', 'none']),
      activity: z.enum(['rest_allowed', 'gentle_movement', 'comfort_until_seen'] satisfies Activity[]),
    }),
  ),
});

const dayPainSchema = z.strictObject({
  day: z.number().int().min(0),
  date: calendarDateSchema,
  pain: z.number().min(0).max(10),
  ratings: z.number().int().positive(),
});

/** Progress as the engine gives it: prompts are ids (their words are the catalogue's `prompts`). */
export const progressSchema = z.strictObject({
  onset: calendarDateSchema,
  asOf: calendarDateSchema,
  day: z.number().int(),
  days: z.array(dayPainSchema),
  latest: dayPainSchema.optional(),
  trend: z.enum(trends).optional(),
  onTrack: z.boolean().optional(),
  standing: z.enum(['on_track', 'ahead', 'slower', 'see_doctor'] satisfies Standing[]).optional(),
  course: z.enum(['ahead', 'on_track', 'slower'] satisfies CourseStanding[]).optional(),
  expectedToday: z.number().optional(),
  seeDoctor: z
    .strictObject({
      disposition: z.enum(dispositions).exclude(['self_care']),
      asOf: calendarDateSchema,
      day: z.number().int().min(0),
      basis: z.enum(['check', 'check_in', 'ratings']),
      trend: z.enum(trends).optional(),
      painNow: z.number().int().min(0).max(10).optional(),
      reasons: z.array(
        z.strictObject({
          rule: z.string(),
          disposition: z.enum(dispositions).exclude(['self_care']),
          sources: z.array(sourceId),
          params: z.strictObject({ signs: z.array(z.string()) }).optional(),
        }),
      ),
    })
    .optional(),
  prompts: z.array(
    z.strictObject({
      /** `see_doctor` since contract v3's progress: the triage of the latest data; earlier ids stay valid. */
      id: z.enum([
        'see_doctor',
        'no_improvement_48h',
        'persisting_one_week',
        'getting_worse',
        'off_course',
        'keep_moving',
      ]),
      disposition: z.enum(dispositions).exclude(['self_care']).optional(),
      sources: z.array(sourceId),
    }),
  ),
});
