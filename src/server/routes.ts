import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
  RouteShorthandOptions,
} from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { BodyOf, Endpoint, ParamsOf, QueryOf, ReplyOf } from '../core/api.ts';
import { ApiError, parseBody, type Said } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's entry in the table (core/api.ts): the API document is built from it. */
    endpoint?: Endpoint;
  }
}

/** How a route reads what it is sent, when not with the table's schema and the one formatter. */
export interface Reading<E extends Endpoint> {
  /** What the body must hold, said when it is not a JSON object at all (`give "email" and "password"`). */
  give?: Said;
  /** A parser of its own for the body (the engines read a case with the CLI's words). */
  body?: (input: unknown) => BodyOf<E>;
}

type Options = Pick<RouteShorthandOptions, 'bodyLimit' | 'onRequest' | 'preHandler' | 'onSend'> & {
  /** More of the route's config: its rate limit. */
  config?: Record<string, unknown>;
};

type Request<E> = FastifyRequest<{ Params: ParamsOf<E>; Querystring: QueryOf<E>; Body: BodyOf<E> }>;
type Handler<E> = (
  request: Request<E>,
  reply: FastifyReply,
) => Promise<ReplyOf<E> | FastifyReply | undefined> | ReplyOf<E> | FastifyReply;

/** Fastify's `/api/v1/x` inside a plugin registered under `prefix`. */
const within = (app: FastifyInstance, path: string) =>
  app.prefix && path.startsWith(app.prefix) ? path.slice(app.prefix.length) : path;

/**
 * A route's validator for each part of the request, through the one formatter of bad input (errors.ts
 * `parseBody`): the first field at fault named, in the core's words. A path id that is not one is said
 * so by name; the query is read as an object even when absent.
 */
function reader<E extends Endpoint>(endpoint: E, reading: Reading<E>): FastifySchemaCompiler<z.ZodType> {
  return ({ schema, httpPart }) =>
    (input: unknown) => {
      try {
        if (httpPart === 'params') {
          const parsed = schema.safeParse(input);
          if (parsed.success) return { value: parsed.data };
          const name = String(parsed.error.issues[0]?.path[0] ?? '');
          return { error: new ApiError(400, (words) => words.clinician.server.badId(name), name) };
        }
        if (httpPart === 'querystring') return { value: parseBody(schema, input ?? {}, 'query') };
        if (reading.body) return { value: reading.body(input) };
        return { value: parseBody(endpoint.envelope ?? schema, input, reading.give ?? '{}') };
      } catch (error) {
        if (error instanceof ApiError) return { error };
        throw error;
      }
    };
}

/**
 * Registers one endpoint of the table: its method and path, whom it serves (enforced by the roles hook,
 * accounts/guard.ts), its schemas for Fastify to validate the request with and to serialise the reply
 * through (fastify-type-provider-zod), and the typed handler. A reply sent as JSON text (sync, the
 * clinician's list) is not serialised again; the tests check it against the same schema.
 */
export function route<E extends Endpoint>(
  app: FastifyInstance,
  endpoint: E,
  handler: Handler<E>,
  options: Options & { reading?: Reading<E> } = {},
): void {
  const { reading = {}, config, ...hooks } = options;
  const schema = {
    ...(endpoint.params ? { params: endpoint.params } : {}),
    ...(endpoint.query ? { querystring: endpoint.query } : {}),
    ...(endpoint.body ? { body: endpoint.body } : {}),
    // Binary files (the PDF) and JSON text built elsewhere (FHIR) leave as sent.
    ...(endpoint.reply.schema && !endpoint.reply.type
      ? { response: { [endpoint.reply.status]: endpoint.reply.schema } }
      : {}),
  };
  app.withTypeProvider<ZodTypeProvider>().route({
    method: endpoint.method,
    url: within(app, endpoint.path),
    schema,
    validatorCompiler: reader(endpoint, reading) as never,
    serializerCompiler: serializerCompiler as never,
    ...hooks,
    config: { ...config, roles: endpoint.roles, endpoint },
    handler: handler as never,
  });
}
