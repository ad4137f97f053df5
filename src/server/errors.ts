import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError, type z } from 'zod';
import { describeValue, fieldErrors, fieldPath, valueAt } from '../core/case.ts';

/** An error a person can act on: the HTTP status, the field at fault when there is one, what to do. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** More for the client to act on, such as which quota was reached and when it resets. */
    readonly more?: Record<string, string | number>,
  ) {
    super(message);
  }
}

export function errorBody(message: string, field?: string, more?: Record<string, string | number>) {
  return { error: { ...(field ? { field } : {}), message, ...more } };
}

const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword']);

/**
 * Parses a body with its zod schema, or throws a 400 that names the first field at fault. Top-level
 * fields with a hint get the core's wording; nested ones (entries[3].pain) get zod's, with the value.
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  hints: Record<string, string> = {},
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (
    !issue ||
    issue.path.length === 0 ||
    input === null ||
    typeof input !== 'object' ||
    Array.isArray(input)
  ) {
    throw new ApiError(400, `the body must be a JSON object: ${what}`);
  }
  const field = fieldPath(issue.path);
  if (SECRET_FIELDS.has(field)) {
    // A password is never quoted back, not even a wrong or weak one: replies get logged and shown.
    throw new ApiError(400, `${field} must be ${hints[field] ?? 'given'}`, field);
  }
  if (issue.path.length === 1 && hints[String(issue.path[0])]) {
    const [first] = fieldErrors(new ZodError([issue]), input, hints);
    throw new ApiError(400, first?.message ?? `${field} is not valid`, field);
  }
  const got = valueAt(input, issue.path);
  const message =
    got === undefined && issue.code === 'invalid_type'
      ? `${field} is required: give ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`
      : `${field} ${wanted(issue)} (got ${describeValue(got)})`;
  throw new ApiError(400, message, field);
}

/** What the schema wanted, in words, for the common kinds of zod issue. */
function wanted(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters long`
        : issue.origin === 'array'
          ? `must hold at most ${issue.maximum} items`
          : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${issue.minimum} characters long`
        : issue.origin === 'array'
          ? `must hold at least ${issue.minimum} items`
          : `must be at least ${issue.minimum}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_format':
      return issue.format === 'uuid'
        ? 'must be a UUID made by the device'
        : issue.format === 'datetime'
          ? 'must be an instant with its offset, such as 2026-11-21T09:30:00Z'
          : `must be in ${issue.format} format`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])} or left out`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return `is not valid: ${issue.message}`;
  }
}

/** Messages for errors Fastify raises itself before a handler runs. */
function frameworkMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'the body is not valid JSON: send one JSON object';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'the body is too large: send fewer entries per request';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'send the body as JSON with the header content-type: application/json';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'the content-length header does not match the body';
    default:
      return error.statusCode === 429 ? error.message : 'the request could not be read: send one JSON object';
  }
}

/** Every failure leaves as `{ error: { field?, message } }`; a server fault never shows its cause. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      const wait = error.more?.retryAfterSeconds;
      if (wait !== undefined) reply.header('retry-after', String(wait));
      return reply.status(error.status).send(errorBody(error.message, error.field, error.more));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(errorBody(frameworkMessage(error)));
    }
    // Only the code: a database error's message can quote the row, and rows are health data.
    request.log.error({ code: error.code ?? (error as { name?: string }).name }, 'request failed');
    return reply.status(500).send(errorBody('something went wrong on the server; try again shortly'));
  });
}
