import { z } from 'zod';
import { calendarDateSchema, caseSchema } from './case.ts';
import { instantSchema } from './instant.ts';

export const answerValues = ['yes', 'no', 'unsure'] as const;
export type AnswerValue = (typeof answerValues)[number];

/**
 * One spasm episode: when it began, the answers that made its case, and when it was last changed.
 * Episodes are small and mutable; the newest `updatedAt` wins when two devices disagree.
 */
export const episodeSchema = z.object({
  id: z.uuid(),
  onset: calendarDateSchema,
  case: caseSchema,
  /** The question flow's raw answers by question id, kept so a clinician sees "not sure" too. */
  answers: z.record(z.string().max(64), z.enum(answerValues)).optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  closedAt: instantSchema.optional(),
  deleted: z.literal(true).optional(),
});
export type Episode = z.infer<typeof episodeSchema>;
