import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.ts';

/** Vite names files under assets/ by content hash, so they never change; everything else may. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Unknot: the app is not built</title></head>
<body><main>
<h1>Unknot is running, but the app is not built</h1>
<p>The server and its API work. To use the app in this browser, build it with <code>npx vite build</code>
and restart, or start the server with <code>npm start</code>, which builds it first.</p>
</main></body>
</html>
`;

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/**
 * Serves the built web app, precompressed; a GET for any other non-API path gets index.html so the app's own
 * router handles it. Without a build, a plain page says so.
 */
export async function installWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      // The build writes .br and .gz beside each text file; Accept-Encoding picks one (br, then gzip, then
      // the file itself), with Vary: Accept-Encoding, the original's Content-Type and the copy's length.
      preCompressed: true,
      setHeaders(reply, path) {
        reply.header(
          'cache-control',
          path.startsWith(join(resolve(webRoot), 'assets', sep)) ? IMMUTABLE : 'no-cache',
        );
      },
    });
  } else {
    app.get('/', (_request, reply) =>
      reply.header('cache-control', 'no-cache').type('text/html').send(NOT_BUILT),
    );
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isApi(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply
        .status(404)
        .send(errorBody(`there is no ${request.method} ${path} here: see /api/v1/openapi.json`));
    }
    reply.header('cache-control', 'no-cache');
    return built ? reply.sendFile('index.html') : reply.type('text/html').send(NOT_BUILT);
  });
}
