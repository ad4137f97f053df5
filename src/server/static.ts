import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { enServer } from '../core/knowledge/text/en/server.ts';
import { errorBody } from './errors.ts';

/** Vite names files under assets/ by content hash, so they never change; everything else may. */
const IMMUTABLE = `public, max-age=${365 * 86_400}, immutable`;

const page = enServer.notBuiltPage;
const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title></head>
<body><main>
<h1>${page.heading}</h1>
<p>${page.body('<code>npx vite build</code>', '<code>npm start</code>')}</p>
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
      return reply.status(404).send(errorBody(enServer.problems.notFound(request.method, path)));
    }
    reply.header('cache-control', 'no-cache');
    return built ? reply.sendFile('index.html') : reply.type('text/html').send(NOT_BUILT);
  });
}
