import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type RouteOptions } from 'fastify';
import { endpoints } from '../core/api.ts';
import { installRoles } from './accounts/guard.ts';
import { setScryptCost } from './accounts/passwords.ts';
import { guardBody } from './body-guard.ts';
import { capabilities } from './capabilities.ts';
import { webRootHashes } from './csp.ts';
import type { Db } from './db/types.ts';
import { ApiError, errorBody, installErrorHandler } from './errors.ts';
import { installLanguage, languageHeaders, languageOfRequest, wordsOf } from './language.ts';
import { describeRoutes } from './openapi.ts';
import { route } from './routes.ts';
import { derivedKey } from './secret.ts';
import { baseSecurityHeaders, installSecurityHeaders } from './security.ts';
import type { Settings } from './settings.ts';
import { installWebApp } from './static.ts';

export interface AppOptions extends Settings {
  webRoot: string;
  logger: boolean;
  /** Told of every route as it is registered (the test that checks the API document covers them all). */
  onRoute?: (route: RouteOptions) => void;
  /**
   * The server's secret (secret.ts: UNKNOT_SERVER_SECRET or the data directory's file), which startServer
   * always passes. Without it (tests and benchmarks that build the app themselves) this process makes
   * one of its own: share codes then work only through this process, until it stops.
   */
  serverSecret?: Buffer;
}

/** Bodies other than sync are a few fields; a larger one is a mistake or an attack. */
const BODY_LIMIT = 64 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export async function buildApp(db: Db, opts: AppOptions): Promise<FastifyInstance> {
  // The cost of new password hashes is process-wide: the app built last sets it.
  setScryptCost(opts.scryptLog2N);
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // The proxies' addresses, or a hop count: the nearest N hops are proxies (Fastify's own number
    // form trusts no hop at all, so the count is spelled out as a function).
    trustProxy:
      typeof opts.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(opts.trustProxy)
        : opts.trustProxy,
    // Headers and body must arrive in time: a client that sends slowly, or not at all, is cut off.
    serverFactory: (handler) => {
      const server = createServer(
        {
          requestTimeout: opts.requestTimeoutMs,
          headersTimeout: Math.min(10_000, opts.requestTimeoutMs),
          // How often Node looks for requests past their deadline (its default is every 30 s).
          connectionsCheckingInterval: Math.min(1_000, opts.requestTimeoutMs),
        },
        handler,
      );
      server.keepAliveTimeout = 72_000;
      return server;
    },
    // A malformed URL (GET /api/v1/%ZZ) answers like every other error, with the security headers.
    // It is said in the language the request asks for, though no hook has run.
    frameworkErrors: (_error, request, reply) => {
      const language = languageOfRequest(request);
      const r = (reply as unknown as FastifyReply).code(400).headers(baseSecurityHeaders());
      languageHeaders(r, language);
      r.send(errorBody(wordsOf(language).server.problems.badAddress));
    },
    logger: opts.logger
      ? {
          // Requests are logged by method, path and status only: bodies and credentials stay out.
          redact: ['req.headers.cookie', 'req.headers["x-unknot-csrf"]', 'res.headers["set-cookie"]'],
        }
      : false,
  });
  // Only JSON bodies: a cross-site HTML form cannot send one, which guards sign-up and login.
  app.removeContentTypeParser('text/plain');
  // JSON in strict UTF-8: invalid bytes are refused rather than silently turned into U+FFFD.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(new ApiError(400, (words) => words.server.problems.notUtf8), undefined);
      return;
    }
    parseJson(request, text, done);
  });
  installLanguage(app);
  installErrorHandler(app);
  await installSecurityHeaders(app, webRootHashes(opts.webRoot));
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, (words) =>
        words.server.problems.tooMany('fromAddress', Math.ceil(context.ttl / 1000)),
      ),
  });
  // A reply must be written whole in time: a client that stops reading (a full receive window, a
  // trickle) has its socket destroyed at the deadline, which closes the reply and lets go of what it held.
  app.addHook('onSend', async (request, reply, payload) => {
    const res = reply.raw;
    if (res.writableFinished || res.destroyed) return payload;
    const deadline = setTimeout(() => {
      res.destroy();
      request.raw.socket?.destroy();
    }, opts.replyTimeoutMs);
    deadline.unref();
    const done = () => clearTimeout(deadline);
    res.once('finish', done);
    res.once('close', done);
    return payload;
  });
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined) guardBody(request.body);
  });
  // Before any route: each one's entry in the table goes into the API document, and its roles are enforced.
  await describeRoutes(app);
  installRoles(app, db, { signedOutPerMinute: opts.signedOutPerMinute });
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);

  route(app, endpoints.health, async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', database: db.kind } as const;
    } catch {
      return reply.status(503).send(errorBody(request.words.server.problems.databaseDown));
    }
  });
  // The API document is written once, in English, whatever the request asks.
  route(app, endpoints.openapi, async (_request, reply) => {
    reply.header('content-language', 'en');
    return app.swagger() as Record<string, unknown>;
  });
  const keys = { shareCodeKey: derivedKey(opts.serverSecret ?? randomBytes(32), 'share-codes') };
  for (const capability of capabilities)
    await app.register(capability(db, { ...opts, ...keys }), { prefix: '/api/v1' });
  // An address under /api that is no route: said in the request's language (the web app's own not-found
  // answer, static.ts, serves every other path).
  await app.register(
    async (api) => {
      api.setNotFoundHandler((request, reply) =>
        reply
          .status(404)
          .send(
            errorBody(
              request.words.server.problems.notFound(request.method, request.url.split('?')[0] ?? '/'),
            ),
          ),
      );
    },
    { prefix: '/api' },
  );
  await installWebApp(app, opts.webRoot);
  return app;
}
