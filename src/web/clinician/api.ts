import { CSRF_HEADER, type Me, meSchema } from '../../core/account.ts';
import { problemIn } from '../../core/problem.ts';

/** A refusal from the server, with its status and the message to show. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let csrf = '';

/** The dashboard's one way to the API: same-origin cookie, the CSRF header on every change. */
export async function api<T>(method: string, path: string, body?: unknown, fallback = ''): Promise<T> {
  const res = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: method === 'GET' ? {} : { 'content-type': 'application/json', [CSRF_HEADER]: csrf },
    ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
  });
  if (res.status === 204) return undefined as T;
  const json: unknown = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiProblem(res.status, problemIn(json)?.message ?? fallback);
  return json as T;
}

/** Adopts a login answer (sign-in, set-up, /me): keeps its CSRF token for the changes that follow. */
export function adopt(json: unknown): Me {
  const me = meSchema.parse(json);
  csrf = me.csrf;
  return me;
}
