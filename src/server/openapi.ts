import swagger, { type SwaggerOptions } from '@fastify/swagger';
import type { FastifyInstance, FastifyPluginAsync, RouteOptions } from 'fastify';
import { z } from 'zod';
import { serverWords } from '#words';
import { CSRF_HEADER } from '../core/account.ts';
import { type Endpoint, endpoints, signedIn } from '../core/api.ts';
import { caseSchema } from '../core/case.ts';
import { entrySchema } from '../core/entry.ts';
import { episodeSchema } from '../core/episode.ts';
import { LANGUAGES } from '../core/knowledge/text/languages.ts';
import type { ApiOperation } from '../core/knowledge/text/server-words.ts';
import { problemSchema } from '../core/problem.ts';
import { LOGIN_COOKIE } from './accounts/logins.ts';

const words = serverWords.openapi;

/** A schema as OpenAPI 3.0's JSON Schema, as the client sends it (`input`) or the server answers (`output`). */
function json(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, never> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as never;
}

/** Each endpoint's summary key, by its entry (the table's names are the catalogue's summaries). */
const names = new Map<Endpoint, ApiOperation>(
  Object.entries(endpoints).map(([name, e]) => [e as Endpoint, name as ApiOperation]),
);

/** Only the API is described; the web app's files are not operations. */
const described = (url: string) => url.startsWith('/api/');
/** Fastify adds HEAD beside every GET by itself. */
const methodsOf = (route: RouteOptions) =>
  (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');

/**
 * The language every answer speaks (language.ts): the best of the request's Accept-Language that Unknot
 * speaks, else English; named in Content-Language.
 */
const languageHeaders = {
  'Content-Language': { type: 'string', enum: [...LANGUAGES] },
  Vary: { type: 'string' },
};
const acceptLanguage = json(z.object({ 'accept-language': z.string().optional() }), 'input');

/**
 * One route's operation for @fastify/swagger, from its entry in the table: its summary, whom it serves,
 * its security (the login cookie; the CSRF header on a change), its parameters and body (as the client
 * sends them), its success (as the server answers) and each failure with the one problem body.
 */
function operation(endpoint: Endpoint) {
  const name = names.get(endpoint);
  const signIn = signedIn(endpoint);
  const failure = {
    description: words.failure,
    headers: languageHeaders,
    content: { 'application/json': { schema: json(problemSchema) } },
  };
  const { status, schema, type } = endpoint.reply;
  return {
    ...(name ? { summary: words.summaries[name], operationId: name } : {}),
    // Whom the route serves (enforced in accounts/guard.ts): `anyone`, or the account roles.
    'x-unknot-roles': endpoint.roles === 'anyone' ? [endpoint.roles] : [...endpoint.roles],
    ...(signIn ? { security: [signIn === 'read' ? { login: [] } : { login: [], csrf: [] }] } : {}),
    ...(endpoint.params ? { params: json(endpoint.params, 'input') } : {}),
    ...(endpoint.query ? { querystring: json(endpoint.query, 'input') } : {}),
    ...(endpoint.body ? { body: json(endpoint.body, 'input') } : {}),
    headers: acceptLanguage,
    response: {
      [status]: schema
        ? {
            description: words.done,
            headers: languageHeaders,
            content: { [type ?? 'application/json']: { schema: json(schema) } },
          }
        : { description: words.done, headers: languageHeaders, type: 'null' },
      ...Object.fromEntries(endpoint.fails.map((fail) => [fail, failure])),
    },
  };
}

/**
 * Generates the API document with @fastify/swagger from the route table: every route registered through
 * `route()` (routes.ts) carries its entry, and the document is built from the entries the first time it
 * is asked. A route under /api/ registered any other way stops the app at start-up, so the document
 * cannot miss one. Call before any route is registered.
 */
export async function describeRoutes(app: FastifyInstance): Promise<void> {
  const undescribed: string[] = [];
  app.addHook('onRoute', (route) => {
    if (described(route.url) && !route.config?.endpoint)
      for (const method of methodsOf(route)) undescribed.push(`${method} ${route.url}`);
  });
  app.addHook('onReady', async () => {
    if (undescribed.length > 0) throw new Error(words.undescribed(undescribed.join(', ')));
  });
  await app.register(swagger as unknown as FastifyPluginAsync<SwaggerOptions>, {
    openapi: {
      openapi: '3.0.3',
      info: { title: words.title, version: '1', description: `${CSRF_HEADER}: ${words.csrf}` },
      components: {
        securitySchemes: {
          login: { type: 'apiKey', in: 'cookie', name: LOGIN_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        },
        schemas: {
          Case: json(caseSchema, 'input'),
          Entry: json(entrySchema),
          Episode: json(episodeSchema),
          Error: json(problemSchema),
        },
      },
    },
    transform: ({ url, route }) => {
      const endpoint = route.config?.endpoint;
      if (!endpoint || !described(url)) return { schema: { hide: true }, url };
      return { schema: operation(endpoint) as never, url };
    },
  });
}
