import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { accountRoutes } from './accounts/routes.ts';
import { guardBody } from './body-guard.ts';
import type { Db } from './db/types.ts';
import { engineRoutes } from './engines/routes.ts';
import { ApiError, errorBody, installErrorHandler } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { installSecurityHeaders } from './security.ts';
import { installWebApp } from './static.ts';
import { syncRoutes } from './sync/routes.ts';

export interface AppOptions {
  webRoot: string;
  logger: boolean;
  /** Sign-up and login attempts per client address per minute (the benchmark raises it). */
  authPerMinute: number;
  trustProxy: boolean;
}

/** Bodies other than sync are a few fields; a larger one is a mistake or an attack. */
const BODY_LIMIT = 64 * 1024;

export async function buildApp(db: Db, opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: opts.trustProxy,
    logger: opts.logger
      ? {
          // Requests are logged by method, path and status only: bodies and credentials stay out.
          redact: ['req.headers.cookie', 'req.headers["x-unknot-csrf"]', 'res.headers["set-cookie"]'],
        }
      : false,
  });
  // Only JSON bodies: a cross-site HTML form cannot send one, which guards sign-up and login.
  app.removeContentTypeParser('text/plain');
  installErrorHandler(app);
  await installSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        `too many attempts from this address: wait ${Math.ceil(context.ttl / 1000)} seconds and try again`,
      ),
  });
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined) guardBody(request.body);
  });

  app.get('/api/health', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', database: db.kind };
    } catch {
      return reply.status(503).send(errorBody('the database does not answer; try again shortly'));
    }
  });
  const openapi = openApiDocument();
  app.get('/api/v1/openapi.json', async () => openapi);
  await app.register(accountRoutes(db, { authPerMinute: opts.authPerMinute }), { prefix: '/api/v1' });
  await app.register(syncRoutes(db), { prefix: '/api/v1' });
  await app.register(engineRoutes, { prefix: '/api/v1' });
  await installWebApp(app, opts.webRoot);
  return app;
}
