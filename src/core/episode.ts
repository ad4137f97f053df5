import { z } from 'zod';
import { caseSchema, windowDateSchema } from './case.ts';
import { episodeWindow, inEpisodeWindow, isCalendarDate } from './dates.ts';
import { instantSchema } from './instant.ts';
import { check } from './issues.ts';
import { schemaVersionSchema } from './schema-version.ts';
import { seenSchema } from './seen-schema.ts';

export const answerValues = ['yes', 'no', 'unsure'] as const;
export type AnswerValue = (typeof answerValues)[number];

/**
 * One spasm episode: when it began, the answers that made its case, and when it was last changed.
 * Episodes are small and mutable; `replacesEpisode` in sync.ts decides which copy wins when two devices
 * disagree. Fields this version does not know are kept as they came (a newer app wrote them).
 */
const episodeFields = {
  /** The shape version that wrote it; absent on records from before versions. */
  v: schemaVersionSchema.optional(),
  id: z.uuid(),
  onset: windowDateSchema,
  case: caseSchema.loose(),
  /** The question flow's raw answers by question id, kept so a clinician sees "not sure" too. */
  answers: z.record(z.string().max(64), z.enum(answerValues)).optional(),
  /**
   * The day a check-in reported each sign "yes" or "not sure", on the person's calendar; a sign not named here
   * was answered on the first check (or before this was kept).
   */
  reportedOn: z.record(z.string().max(64), windowDateSchema).optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  closedAt: instantSchema.optional(),
  /** The person's word that a clinician has seen them, which lets an urgent or emergency plan's movement return. */
  seen: seenSchema.optional(),
  deleted: z.literal(true).optional(),
};
export const episodeSchema = z.looseObject(episodeFields).superRefine((ep, ctx) => {
  // The latest check lies within the episode's span, as its entries do (dates.ts).
  const asOf = ep.case?.asOf;
  if (typeof asOf !== 'string' || !isCalendarDate(asOf) || !isCalendarDate(ep.onset)) return;
  // An asOf before the case's own onset is caseSchema's to name; here only the far side of the span.
  if (asOf < ep.onset || inEpisodeWindow(asOf, ep.onset)) return;
  const { from, to } = episodeWindow(ep.onset);
  ctx.addIssue({
    code: 'custom',
    path: ['case', 'asOf'],
    params: check({ id: 'outsideEpisode', onset: ep.onset, from, to }),
  });
});
/** The fields this version knows; a stored record may carry more, which code passes on untouched. */
export type Episode = z.infer<z.ZodObject<typeof episodeFields>>;
