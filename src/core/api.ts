/**
 * The API's route table: every endpoint declared once, with its method, path, whom it serves, and the
 * schemas of its path parameters, query, body and reply. The server registers each route from its entry
 * (src/server/routes.ts: Fastify validates through these schemas, types the handler, serialises the reply
 * and builds the OpenAPI document from them); the web app and the dashboard call the API through the one
 * client typed by it (src/web/api.ts), which checks every reply with the same schema. Adding an endpoint
 * is one entry here, its summary in the catalogue (`enServer.openapi.summaries`) and its handler.
 */
import { z } from 'zod';
import {
  accountDeletionSchema,
  credentialsSchema,
  meSchema,
  passwordChangeSchema,
  sessionSchema,
} from './account.ts';
import { caseSchema } from './case.ts';
import type { ApiOperation } from './knowledge/text/server-words.ts';
import { planSchema, triageSchema } from './results.ts';
import {
  accessListSchema,
  clinicianSettingsSchema,
  listQuerySchema,
  patientDetailSchema,
  patientIdentitySchema,
  patientListSchema,
  type Role,
  readListSchema,
  readsQuerySchema,
  redeemedSchema,
  redeemSchema,
  setupSchema,
  shareCodeSchema,
} from './share.ts';
import { syncEnvelopeSchema, syncRequestSchema, syncResponseSchema } from './sync.ts';

/**
 * Whom a route serves: `anyone` (no sign-in: sign-up, login, the engines, health), or the roles of the
 * signed-in accounts it answers. A route for roles needs the login cookie, and the CSRF header on a change
 * (anything but GET); the server enforces it (src/server/accounts/guard.ts).
 */
export type Serves = 'anyone' | readonly Role[];

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
  method: Method;
  /** The whole path, Fastify's way: `/api/v1/shares/:shareId`. */
  path: string;
  roles: Serves;
  /** The path's parameters (`:id`), each a UUID, and the query string's fields. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** The body it reads; every POST, PUT and DELETE names one (an empty object when it reads none). */
  body?: z.ZodType;
  /**
   * What the server checks of the body before the handler, when not the whole `body`: sync checks the
   * envelope and then each record on its own, so one bad record is refused while the rest are stored.
   */
  envelope?: z.ZodType;
  /** Its success: the status, the schema of what it answers (none for 204), and the media type if not JSON. */
  reply: { status: number; schema?: z.ZodType; type?: string };
  /** The failures it can answer, each with the one problem body (core/problem.ts). */
  fails: readonly number[];
}

/** A path id: any spelling of a UUID, read in small letters (one id in two spellings is one record). */
const pathId = z.uuid().transform((id) => id.toLowerCase());
const ids = <K extends string>(...names: K[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, pathId])) as Record<K, typeof pathId>);

/** A body that carries nothing: the routes that change state without data still take a JSON object. */
export const nothingSchema = z.strictObject({});
/** Logging out reads no body at all; an empty object is what clients send. */
const unread = z.object({}).nullish();

export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

const PATIENTS = ['patient'] as const;
const CLINICIANS = ['clinician'] as const;
const EVERY_ACCOUNT = ['patient', 'clinician'] as const;
/** Every signed-in change can fail so: a bad body, signed out, a wrong role or CSRF token, too many. */
const CHANGE_FAILS = [400, 401, 403, 429] as const;
const READ_FAILS = [401, 403] as const;

/** The table: one entry per endpoint, named by its summary in the API document. */
export const endpoints = {
  health: {
    method: 'GET',
    path: '/api/health',
    roles: 'anyone',
    reply: { status: 200, schema: healthSchema },
    fails: [503],
  },
  openapi: {
    method: 'GET',
    path: '/api/v1/openapi.json',
    roles: 'anyone',
    reply: { status: 200, schema: z.looseObject({}) },
    fails: [],
  },
  signUp: {
    method: 'POST',
    path: '/api/v1/accounts',
    roles: 'anyone',
    body: credentialsSchema,
    reply: { status: 201, schema: meSchema },
    fails: [400, 409, 429, 507],
  },
  logIn: {
    method: 'POST',
    path: '/api/v1/login',
    roles: 'anyone',
    body: credentialsSchema,
    reply: { status: 200, schema: meSchema },
    fails: [400, 401, 429],
  },
  logOut: {
    method: 'POST',
    path: '/api/v1/logout',
    roles: EVERY_ACCOUNT,
    body: unread,
    reply: { status: 204 },
    fails: [401, 403],
  },
  signOutEverywhere: {
    method: 'POST',
    path: '/api/v1/account/sign-out-everywhere',
    roles: EVERY_ACCOUNT,
    body: unread,
    reply: { status: 204 },
    fails: CHANGE_FAILS,
  },
  me: {
    method: 'GET',
    path: '/api/v1/me',
    roles: EVERY_ACCOUNT,
    reply: { status: 200, schema: meSchema },
    fails: [401],
  },
  session: {
    method: 'GET',
    path: '/api/v1/session',
    roles: 'anyone',
    reply: { status: 200, schema: sessionSchema },
    fails: [],
  },
  password: {
    method: 'POST',
    path: '/api/v1/password',
    roles: EVERY_ACCOUNT,
    body: passwordChangeSchema,
    reply: { status: 200, schema: meSchema },
    fails: CHANGE_FAILS,
  },
  deleteAccount: {
    method: 'DELETE',
    path: '/api/v1/account',
    roles: EVERY_ACCOUNT,
    body: accountDeletionSchema,
    reply: { status: 204 },
    fails: CHANGE_FAILS,
  },
  sync: {
    method: 'POST',
    path: '/api/v1/sync',
    roles: PATIENTS,
    body: syncRequestSchema,
    envelope: syncEnvelopeSchema,
    reply: { status: 200, schema: syncResponseSchema },
    fails: [400, 401, 403, 413, 429, 507],
  },
  triage: {
    method: 'POST',
    path: '/api/v1/triage',
    roles: 'anyone',
    body: caseSchema,
    reply: { status: 200, schema: triageSchema },
    fails: [400],
  },
  plan: {
    method: 'POST',
    path: '/api/v1/plan',
    roles: 'anyone',
    body: caseSchema,
    reply: { status: 200, schema: planSchema },
    fails: [400],
  },
  shareCode: {
    method: 'POST',
    path: '/api/v1/shares/codes',
    roles: PATIENTS,
    /** What the patient chose to show the clinician who redeems this code: `{}` shows only their email. */
    body: patientIdentitySchema.strict(),
    reply: { status: 201, schema: shareCodeSchema },
    fails: CHANGE_FAILS,
  },
  shares: {
    method: 'GET',
    path: '/api/v1/shares',
    roles: PATIENTS,
    reply: { status: 200, schema: accessListSchema },
    fails: READ_FAILS,
  },
  revokeShare: {
    method: 'DELETE',
    path: '/api/v1/shares/:shareId',
    roles: PATIENTS,
    params: ids('shareId'),
    body: nothingSchema,
    reply: { status: 204 },
    fails: [400, 401, 403, 404],
  },
  reads: {
    method: 'GET',
    path: '/api/v1/shares/reads',
    roles: PATIENTS,
    query: readsQuerySchema,
    reply: { status: 200, schema: readListSchema },
    fails: READ_FAILS,
  },
  clinicianSetup: {
    method: 'POST',
    path: '/api/v1/clinician/setup',
    roles: 'anyone',
    body: setupSchema,
    reply: { status: 200, schema: meSchema },
    fails: [400, 429],
  },
  clinicianSettings: {
    method: 'GET',
    path: '/api/v1/clinician/settings',
    roles: CLINICIANS,
    reply: { status: 200, schema: clinicianSettingsSchema },
    fails: READ_FAILS,
  },
  saveClinicianSettings: {
    method: 'PUT',
    path: '/api/v1/clinician/settings',
    roles: CLINICIANS,
    body: clinicianSettingsSchema,
    reply: { status: 200, schema: clinicianSettingsSchema },
    fails: CHANGE_FAILS,
  },
  redeem: {
    method: 'POST',
    path: '/api/v1/clinician/shares',
    roles: CLINICIANS,
    body: redeemSchema,
    reply: { status: 201, schema: redeemedSchema },
    fails: CHANGE_FAILS,
  },
  patients: {
    method: 'GET',
    path: '/api/v1/clinician/patients',
    roles: CLINICIANS,
    query: listQuerySchema,
    reply: { status: 200, schema: patientListSchema },
    fails: [400, 401, 403],
  },
  patient: {
    method: 'GET',
    path: '/api/v1/clinician/patients/:patientId',
    roles: CLINICIANS,
    params: ids('patientId'),
    reply: { status: 200, schema: patientDetailSchema },
    fails: [400, 401, 403, 404],
  },
  summaryPdf: {
    method: 'GET',
    path: '/api/v1/clinician/patients/:patientId/episodes/:episodeId/summary.pdf',
    roles: CLINICIANS,
    params: ids('patientId', 'episodeId'),
    reply: { status: 200, schema: z.string().meta({ format: 'binary' }), type: 'application/pdf' },
    fails: [400, 401, 403, 404],
  },
  fhir: {
    method: 'GET',
    path: '/api/v1/clinician/patients/:patientId/episodes/:episodeId/fhir',
    roles: CLINICIANS,
    params: ids('patientId', 'episodeId'),
    reply: {
      status: 200,
      schema: z.looseObject({ resourceType: z.literal('Bundle') }),
      type: 'application/fhir+json',
    },
    fails: [400, 401, 403, 404],
  },
} as const satisfies Record<ApiOperation, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a handler is given (parsed) and what a client sends (before parsing), per endpoint. */
export type ParamsOf<E> = E extends { params: infer S } ? Out<S> : Record<string, never>;
export type QueryOf<E> = E extends { query: infer S } ? Out<S> : Record<string, never>;
/** The body a handler is given: the envelope when the server checks only that (sync), else the body. */
export type BodyOf<E> = E extends { envelope: infer S }
  ? Out<S>
  : E extends { body: infer S }
    ? Out<S>
    : undefined;
export type SentParams<E> = E extends { params: infer S } ? In<S> : undefined;
export type SentQuery<E> = E extends { query: infer S } ? In<S> : undefined;
export type SentBody<E> = E extends { body: infer S } ? In<S> : undefined;
/** What the endpoint answers on success: its reply schema's output; nothing for 204 and binary files. */
export type ReplyOf<E> = E extends { reply: { type: string } }
  ? ArrayBuffer
  : E extends { reply: { schema: infer S } }
    ? Out<S>
    : undefined;

/** Fills a path's `:name` parameters. */
export function pathWith(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
}

/** Whom an endpoint serves signs in; a signed-in change (anything but GET) also carries the CSRF header. */
export const signedIn = (e: Endpoint): 'read' | 'change' | undefined =>
  e.roles === 'anyone' ? undefined : e.method === 'GET' ? 'read' : 'change';
