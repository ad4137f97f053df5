import { z } from 'zod';

/**
 * Every failure the API, the CLI's batch mode and the web app's account calls report: what to do, the
 * field at fault when there is one, and more for a client to act on (which quota, when it resets).
 */
export const problemSchema = z.object({
  error: z.looseObject({
    field: z.string().optional(),
    message: z.string(),
  }),
});

export type Problem = z.infer<typeof problemSchema>;

/** Builds the one error body: `{ error: { field?, message, ...more } }`. */
export function problem(message: string, field?: string, more?: Record<string, string | number>): Problem {
  return { error: { ...(field ? { field } : {}), message, ...more } };
}

/** The problem in a response body, or undefined when the body is not one (a proxy's HTML page, say). */
export function problemIn(body: unknown): Problem['error'] | undefined {
  const parsed = problemSchema.safeParse(body);
  return parsed.success ? parsed.data.error : undefined;
}
