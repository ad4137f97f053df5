import { z } from 'zod';
import {
  accountDeletionSchema,
  CSRF_HEADER,
  credentialsSchema,
  meSchema,
  passwordChangeSchema,
} from '../core/account.ts';
import { caseSchema } from '../core/case.ts';
import { entrySchema } from '../core/entry.ts';
import { episodeSchema } from '../core/episode.ts';
import { syncRequestSchema, syncResponseSchema } from '../core/sync.ts';
import { LOGIN_COOKIE } from './accounts/logins.ts';

const errorSchema = z.object({
  error: z.object({ field: z.string().optional(), message: z.string() }),
});

function json(schema: z.ZodType, io: 'input' | 'output' = 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

function body(schema: z.ZodType) {
  return { required: true, content: { 'application/json': { schema: json(schema, 'input') } } };
}

function ok(description: string, schema?: z.ZodType) {
  return schema
    ? { description, content: { 'application/json': { schema: json(schema) } } }
    : { description };
}

const failure = {
  description: 'what is wrong, and the field',
  content: { 'application/json': { schema: json(errorSchema) } },
};
const signedIn = [{ login: [], csrf: [] }];

/** The API's description, generated from the same zod schemas that validate its bodies. */
export function openApiDocument() {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Unknot API',
      version: '1',
      description: `Requests that change state while signed in carry the header ${CSRF_HEADER} with the csrf value from GET /api/v1/me.`,
    },
    components: {
      securitySchemes: {
        login: { type: 'apiKey', in: 'cookie', name: LOGIN_COOKIE },
        csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
      },
      schemas: {
        Case: json(caseSchema, 'input'),
        Entry: json(entrySchema),
        Episode: json(episodeSchema),
        Error: json(errorSchema),
      },
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'Whether the server and its database answer',
          responses: { 200: ok('up'), 503: failure },
        },
      },
      '/api/v1/accounts': {
        post: {
          summary: 'Sign up; signs in',
          requestBody: body(credentialsSchema),
          responses: { 201: ok('signed in', meSchema), 400: failure, 409: failure, 429: failure },
        },
      },
      '/api/v1/login': {
        post: {
          summary: 'Sign in',
          requestBody: body(credentialsSchema),
          responses: { 200: ok('signed in', meSchema), 400: failure, 401: failure, 429: failure },
        },
      },
      '/api/v1/logout': {
        post: {
          summary: 'Sign out this device',
          security: signedIn,
          responses: { 204: ok('signed out'), 401: failure, 403: failure },
        },
      },
      '/api/v1/me': {
        get: {
          summary: 'The signed-in account and its CSRF token',
          security: [{ login: [] }],
          responses: { 200: ok('signed in', meSchema), 401: failure },
        },
      },
      '/api/v1/password': {
        post: {
          summary: 'Change the password; other devices are signed out',
          security: signedIn,
          requestBody: body(passwordChangeSchema),
          responses: { 200: ok('changed', meSchema), 400: failure, 401: failure, 403: failure },
        },
      },
      '/api/v1/account': {
        delete: {
          summary: 'Delete the account and every row of its data',
          security: signedIn,
          requestBody: body(accountDeletionSchema),
          responses: { 204: ok('deleted'), 400: failure, 401: failure, 403: failure },
        },
      },
      '/api/v1/sync': {
        post: {
          summary: 'Push entries and episodes; pull changes since the cursor',
          security: signedIn,
          requestBody: body(syncRequestSchema),
          responses: {
            200: ok('stored and changed', syncResponseSchema),
            400: failure,
            401: failure,
            403: failure,
            413: failure,
          },
        },
      },
      '/api/v1/triage': {
        post: {
          summary: 'Triage a case',
          requestBody: body(caseSchema),
          responses: { 200: ok('the disposition and its reasons'), 400: failure },
        },
      },
      '/api/v1/plan': {
        post: {
          summary: 'Triage a case and plan its care',
          requestBody: body(caseSchema),
          responses: { 200: ok('the plan'), 400: failure },
        },
      },
    },
  };
}
