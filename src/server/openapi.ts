import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { CSRF_HEADER } from '../core/account.ts';
import { caseSchema } from '../core/case.ts';
import { entrySchema } from '../core/entry.ts';
import { episodeSchema } from '../core/episode.ts';
import { enServer } from '../core/knowledge/text/en/server.ts';
import type { ApiOperation } from '../core/knowledge/text/server-words.ts';
import { problemSchema } from '../core/problem.ts';
import type { Serves } from './accounts/guard.ts';
import { LOGIN_COOKIE } from './accounts/logins.ts';

const words = enServer.openapi;

/** What a route declares about itself (in its `config.openapi`); the API document is built from these. */
export interface RouteDoc {
  summary: ApiOperation;
  /** The body it reads; every POST, PUT, PATCH and DELETE names one (an empty object when it reads none). */
  body?: z.ZodType;
  /** The path's parameters (`:id` in the URL) and the query string's, each field one parameter. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Its success: the status, the schema of what it answers (none for 204), and its media type if not JSON. */
  ok: { status: number; schema?: z.ZodType; type?: string };
  /** The failures it can answer, each with the one problem body. */
  fails: readonly number[];
  /** `read`: the login cookie; `change`: the cookie and the CSRF header. */
  signedIn?: 'read' | 'change';
}

/** A signed-in change: it reads a body, checks the CSRF header, and can fail as every such route can. */
export function signedInChange(summary: ApiOperation, body: z.ZodType, ok: RouteDoc['ok']): RouteDoc {
  return { summary, body, ok, fails: [400, 401, 403, 429], signedIn: 'change' };
}

/** A signed-in read: no body, no CSRF header; refused when signed out or for the wrong role. */
export function signedInRead(
  summary: ApiOperation,
  ok: RouteDoc['ok'],
  more: Pick<RouteDoc, 'query' | 'params'> & { fails?: number[] } = {},
): RouteDoc {
  return { summary, ok, fails: [401, 403], signedIn: 'read', ...more };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    openapi?: RouteDoc;
  }
}

function json(schema: z.ZodType, io: 'input' | 'output' = 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

const content = (schema: z.ZodType, io: 'input' | 'output', type = 'application/json') => ({
  [type]: { schema: json(schema, io) },
});

/** One OpenAPI parameter per field of a path or query schema. */
function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const whole = json(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(whole.properties ?? {}).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || (whole.required ?? []).includes(name),
    schema: field,
  }));
}

/** Only the API is described; the web app's files are not operations. */
const described = (url: string) => url.startsWith('/api/');
/** Fastify adds HEAD beside every GET by itself. */
const methodsOf = (route: RouteOptions) =>
  (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
/** Fastify's `/x/:id` is OpenAPI's `/x/{id}`. */
const pathOf = (url: string) => url.replace(/:(\w+)/g, '{$1}');

function operation(doc: RouteDoc, roles: Serves | undefined) {
  const failure = { description: words.failure, content: content(problemSchema, 'output') };
  return {
    summary: words.summaries[doc.summary],
    // Whom the route serves (config.roles, enforced in accounts/guard.ts): `anyone`, or the account roles.
    ...(roles ? { 'x-unknot-roles': roles === 'anyone' ? [roles] : [...roles] } : {}),
    ...(doc.signedIn
      ? { security: [doc.signedIn === 'read' ? { login: [] } : { login: [], csrf: [] }] }
      : {}),
    ...(doc.params || doc.query
      ? { parameters: [...parameters(doc.params, 'path'), ...parameters(doc.query, 'query')] }
      : {}),
    ...(doc.body ? { requestBody: { required: true, content: content(doc.body, 'input') } } : {}),
    responses: {
      [doc.ok.status]: doc.ok.schema
        ? { description: words.done, content: content(doc.ok.schema, 'output', doc.ok.type) }
        : { description: words.done },
      ...Object.fromEntries(doc.fails.map((status) => [status, failure])),
    },
  };
}

/**
 * Watches every route the app registers and answers the API's document, built from the routes' own
 * declarations the first time it is asked. A route under /api/ that declares nothing stops the app at
 * start-up, so the document cannot miss one.
 */
export function describeRoutes(app: FastifyInstance): () => object {
  const routes: { method: string; url: string; doc: RouteDoc; roles: Serves | undefined }[] = [];
  const undescribed: string[] = [];
  app.addHook('onRoute', (route) => {
    if (!described(route.url)) return;
    for (const method of methodsOf(route)) {
      const doc = route.config?.openapi;
      if (doc)
        routes.push({
          method: method.toLowerCase(),
          url: pathOf(route.url),
          doc,
          roles: route.config?.roles,
        });
      else undescribed.push(`${method} ${route.url}`);
    }
  });
  app.addHook('onReady', async () => {
    if (undescribed.length > 0) {
      throw new Error(words.undescribed(undescribed.join(', ')));
    }
  });
  let document: object | undefined;
  return () => {
    if (document) return document;
    const paths: Record<string, Record<string, unknown>> = {};
    for (const { method, url, doc, roles } of routes)
      paths[url] = { ...paths[url], [method]: operation(doc, roles) };
    document = {
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
      paths,
    };
    return document;
  };
}
