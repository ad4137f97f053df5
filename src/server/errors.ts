import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { catalogue } from '#words';
import { fieldErrors, WHOLE_INPUT } from '../core/issues.ts';
import type { Catalogue } from '../core/knowledge/text/catalogue.ts';
import { problem } from '../core/problem.ts';

/**
 * What an error says, in the words of the request it answers: made from that request's catalogue when the
 * reply is written (the language comes from its Accept-Language: language.ts), or a text that is the same in
 * every language.
 */
export type Said = string | ((words: Catalogue) => string);

/** What `said` says in these words. */
export const say = (said: Said, words: Catalogue): string => (typeof said === 'string' ? said : said(words));

/**
 * An error a person can act on: the HTTP status, the field at fault when there is one, what to do. Its
 * `message` is the English one (for logs); the reply says it in the request's language (`in`).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly said: Said,
    readonly field?: string,
    /** More for the client to act on, such as which quota was reached and when it resets. */
    readonly more?: Record<string, string | number>,
  ) {
    super(say(said, catalogue));
  }

  /** The message in these words. */
  in(words: Catalogue): string {
    return say(this.said, words);
  }
}

/** The one error body, defined in core: `{ error: { field?, message, ...more } }`. */
export const errorBody = problem;

/**
 * Parses a body with its zod schema, or throws a 400 that names the first field at fault, in the
 * core's words (the hints ride on the schema; a secret field is never quoted back).
 */
export function parseBody<S extends z.ZodType>(schema: S, input: unknown, what: Said): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const firstIn = (words: Catalogue) =>
    fieldErrors(
      schema,
      parsed.error,
      input,
      () => words.server.problems.body.notObject(say(what, words)),
      words.fields,
    )[0];
  // The field at fault is the same in every language; the message is said in the request's.
  const first = firstIn(catalogue);
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  const atField = isObject && first && first.field !== WHOLE_INPUT ? first.field : undefined;
  throw new ApiError(
    400,
    (words) => firstIn(words)?.message ?? words.server.problems.body.notObject(say(what, words)),
    atField,
  );
}

/** Messages for errors Fastify raises itself before a handler runs. */
function frameworkMessage(error: FastifyError, words: Catalogue['server']['problems']): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return words.body.notJson;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return words.body.tooLarge;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return words.body.mediaType;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return words.body.length;
    default:
      return error.statusCode === 429 ? error.message : words.body.unreadable;
  }
}

/**
 * Every failure leaves as `{ error: { field?, message } }`, in the request's words; a server fault never
 * shows its cause.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const words = request.words ?? catalogue;
    if (error instanceof ApiError) {
      const wait = error.more?.retryAfterSeconds;
      if (wait !== undefined) reply.header('retry-after', String(wait));
      return reply.status(error.status).send(errorBody(error.in(words), error.field, error.more));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(errorBody(frameworkMessage(error, words.server.problems)));
    }
    // Only the code: a database error's message can quote the row, and rows are health data.
    request.log.error({ code: error.code ?? (error as { name?: string }).name }, 'request failed');
    return reply.status(500).send(errorBody(words.server.problems.serverFault));
  });
}
