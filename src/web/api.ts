/**
 * The one client of the API, for the app and the dashboard alike, typed by the route table (core/api.ts):
 * `call('patients', { query })` builds the URL from the entry's path, sends the login's CSRF token with
 * every change, and checks what comes back with the entry's reply schema. A refusal becomes an ApiProblem
 * with the server's own message; no answer at all (offline) is fetch's TypeError, as the callers expect.
 * The table brings zod and every schema with it: only lazily loaded code (the account, sharing, the
 * dashboard) imports this module, never the first screen.
 */
import { CSRF_HEADER } from '../core/account.ts';
import {
  type EndpointName,
  type Endpoints,
  endpoints,
  pathWith,
  type ReplyOf,
  type SentBody,
  type SentParams,
  type SentQuery,
} from '../core/api.ts';
import { problemIn } from '../core/problem.ts';

/** A refusal from the server (its status, message and field), or an answer that is not what was declared. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** The problem's more: which quota, when it resets. */
    readonly more: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiProblem';
  }

  /**
   * The message as a person reads it: the API leads it with the field at fault for a program ("code: this
   * share code is not valid..."); a screen shows the field by marking it, and the words without the name.
   */
  get said(): string {
    const lead = this.field ? `${this.field}: ` : '';
    if (!lead || !this.message.startsWith(lead)) return this.message;
    const rest = this.message.slice(lead.length);
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
}

let csrf = '';

/** Keeps the login's CSRF token (from sign-in, set-up, /me or a password change) for the changes that follow. */
export function useCsrf(token: string | undefined): void {
  csrf = token ?? '';
}

type Part<K extends string, T> = [T] extends [undefined] ? { [P in K]?: undefined } : { [P in K]: T };
/** What a call sends: the path's parameters, the query and the body, each only where the entry has one. */
export type Sent<N extends EndpointName> = Part<'params', SentParams<Endpoints[N]>> &
  Partial<Part<'query', SentQuery<Endpoints[N]>>> &
  Part<'body', SentBody<Endpoints[N]>>;

export interface CallOptions {
  /** Said when a refusal carries no message of its own (a proxy's page, say), or an answer cannot be read. */
  fallback?: string | ((status: number) => string);
  signal?: AbortSignal;
  /** The server's origin ('' or absent: the page's own) and the fetch to reach it, for a client outside a page. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** This call's CSRF token, where the caller keeps its own rather than the one `useCsrf` kept. */
  csrf?: string;
}

/** One call of one endpoint of the table; resolves to its reply as declared (undefined for 204). */
export async function call<N extends EndpointName>(
  name: N,
  sent: Sent<N>,
  opts: CallOptions = {},
): Promise<ReplyOf<Endpoints[N]>> {
  const e = endpoints[name];
  const { params, query, body } = sent as { params?: Record<string, string>; query?: object; body?: unknown };
  const search = new URLSearchParams(
    Object.entries(query ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  const change = e.method !== 'GET';
  const token = opts.csrf ?? csrf;
  const send = opts.fetch ?? fetch;
  const res = await send(`${opts.baseUrl ?? ''}${pathWith(e.path, params)}${search ? `?${search}` : ''}`, {
    method: e.method,
    credentials: 'same-origin',
    headers: change ? { 'content-type': 'application/json', ...(token ? { [CSRF_HEADER]: token } : {}) } : {},
    ...(change ? { body: JSON.stringify(body ?? {}) } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const fallback = typeof opts.fallback === 'function' ? opts.fallback(res.status) : (opts.fallback ?? '');
  if (res.ok && res.status === e.reply.status && !('schema' in e.reply))
    return undefined as ReplyOf<Endpoints[N]>;
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const problem = problemIn(json);
    const { message, field, ...more } = problem ?? { message: fallback };
    const wait = Number(res.headers.get('retry-after'));
    throw new ApiProblem(res.status, message || fallback, field, {
      ...more,
      ...(wait > 0 ? { retryAfterSeconds: wait } : {}),
    });
  }
  const parsed = 'schema' in e.reply ? e.reply.schema.safeParse(json) : undefined;
  if (!parsed?.success) throw new ApiProblem(res.status, fallback);
  return parsed.data as ReplyOf<Endpoints[N]>;
}
