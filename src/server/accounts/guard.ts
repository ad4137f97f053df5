import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { serverWords } from '#words';
import { CSRF_HEADER } from '../../core/account.ts';
import type { Serves } from '../../core/api.ts';
import { systemNow } from '../../core/clock.ts';
import { roles as allRoles, type Role } from '../../core/share.ts';
import type { Db } from '../db/types.ts';
import { ApiError, type Said } from '../errors.ts';
import { findLogin, LOGIN_COOKIE, type Login } from './logins.ts';

/** The login behind a signed-in request, with its token (to end it or keep it through a password change). */
export type SignedIn = Login & { token: string };

/**
 * Whom a route serves, from its entry in the route table (core/api.ts), in `config.roles`; start-up refuses
 * a route under /api/ without it.
 */
export type { Serves };

export const ANYONE = 'anyone' as const;
export const PATIENTS: Serves = ['patient'];
export const CLINICIANS: Serves = ['clinician'];
export const EVERY_ACCOUNT: Serves = allRoles;

declare module 'fastify' {
  interface FastifyContextConfig {
    roles?: Serves;
  }
  interface FastifyRequest {
    /** Set by the roles hook on every route that serves signed-in roles; absent on routes for anyone. */
    login: SignedIn;
  }
}

/** The refusal of an account whose role the route does not serve: said in terms of the role it does. */
const onlyFor: Record<Role, Said> = {
  patient: (words) => words.clinician.server.patientsOnly,
  clinician: (words) => words.clinician.server.cliniciansOnly,
};

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The live login behind a request's cookie, if there is one: no refusal (`GET /session` asks with it). */
export async function loginOf(db: Db, request: FastifyRequest): Promise<SignedIn | undefined> {
  const token = request.cookies[LOGIN_COOKIE];
  const login = token ? await findLogin(db, token) : undefined;
  return token && login ? { ...login, token } : undefined;
}

/**
 * The signed-in account behind a request, or a 401. A request that changes state must also carry
 * the login's CSRF token in a header, which a page on another site cannot read or set.
 */
async function requireLogin(db: Db, request: FastifyRequest): Promise<SignedIn> {
  const login = await loginOf(db, request);
  if (!login) throw new ApiError(401, (words) => words.server.problems.signedOut);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameText(sent, login.csrf)) {
      throw new ApiError(403, (words) => words.server.problems.csrf(CSRF_HEADER), CSRF_HEADER);
    }
  }
  return login;
}

/**
 * Counts per client address in fixed windows, in this process's memory; the addresses seen least
 * recently are forgotten past `cap`, so a flood of addresses costs a bounded map.
 */
export class PerAddress {
  private readonly counts = new Map<string, { n: number; until: number }>();
  constructor(
    readonly max: number,
    readonly windowMs: number,
    readonly cap = 10_000,
  ) {}

  /** Counts one for the address: the seconds to wait when it is over the limit, else 0. */
  hit(address: string, now = systemNow().getTime()): number {
    const held = this.counts.get(address);
    const count = held && held.until > now ? held : { n: 0, until: now + this.windowMs };
    count.n += 1;
    this.counts.delete(address);
    this.counts.set(address, count);
    if (this.counts.size > this.cap) {
      const oldest = this.counts.keys().next().value;
      if (oldest !== undefined) this.counts.delete(oldest);
    }
    return count.n > this.max ? Math.max(1, Math.ceil((count.until - now) / 1000)) : 0;
  }
}

const validServes = (serves: unknown): serves is Serves =>
  serves === ANYONE ||
  (Array.isArray(serves) &&
    serves.length > 0 &&
    serves.every((r) => (allRoles as readonly unknown[]).includes(r)));

/** Fastify adds HEAD beside every GET by itself. */
const methodsOf = (route: RouteOptions) =>
  (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');

/**
 * The one place that signs requests in and checks roles, before the body is read: each route's
 * `config.roles` says whom it serves. A route for signed-in roles answers 401 without a login (and,
 * past `signedOutPerMinute` such answers to one address in a minute, 429), and 403 to a role it does not
 * serve. A route under /api/ registered without `config.roles` stops the app at start-up.
 */
export function installRoles(app: FastifyInstance, db: Db, opts: { signedOutPerMinute: number }): void {
  if (!app.hasRequestDecorator('login')) app.decorateRequest('login', null as unknown as SignedIn);
  const undeclared: string[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (!validServes(route.config?.roles))
      for (const method of methodsOf(route)) undeclared.push(`${method} ${route.url}`);
  });
  app.addHook('onReady', async () => {
    if (undeclared.length > 0) throw new Error(serverWords.openapi.unroled(undeclared.join(', ')));
  });
  const signedOut = new PerAddress(opts.signedOutPerMinute, 60_000);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const serves = request.routeOptions.config?.roles;
    // Routes outside the API (the web app's files, the not-found answer) declare nothing and need no login.
    if (serves === undefined || serves === ANYONE) return;
    let login: SignedIn;
    try {
      login = await requireLogin(db, request);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        const wait = signedOut.hit(request.ip);
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          throw new ApiError(429, (words) => words.server.problems.tooMany('fromAddress', wait));
        }
      }
      throw error;
    }
    request.login = login;
    if (!serves.includes(login.role)) {
      const served = serves[0] as Role;
      throw new ApiError(403, onlyFor[served]);
    }
  });
}
