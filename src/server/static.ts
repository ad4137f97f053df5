import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { language, serverWords } from '#words';
import { buildFolderOf, FALLBACK, LANGUAGES, languageOfPath } from '../core/knowledge/text/languages.ts';
import { errorBody } from './errors.ts';
import { languageOfRequest, varyWithLanguage } from './language.ts';

/** Vite names files under assets/ by content hash, so they never change; everything else may. */
const IMMUTABLE = `public, max-age=${365 * 86_400}, immutable`;

const page = serverWords.notBuiltPage;
const NOT_BUILT = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title></head>
<body><main>
<h1>${page.heading}</h1>
<p>${page.body('<code>npm run build:web</code>', '<code>npm start</code>')}</p>
</main></body>
</html>
`;

/**
 * The addresses a person opens, which the server sends to the person's language. Not `/index.html`: the service
 * worker caches the page under that name, and a Vary on it (Cookie, Accept-Language) would keep the worker's own
 * lookup, which sends neither, from ever finding it offline.
 */
const PAGES = new Set(['/', '/clinician.html']);

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
    // Each language other than English is a build of its own under /<language>/ (vite.config.ts): a plain
    // address is answered with the person's, in one redirect, so a first visit in Spanish never loads English.
    // The app checks the same on the device, where its service worker answers without asking the server.
    const others = new Set(
      LANGUAGES.filter((l) => l !== FALLBACK && existsSync(join(webRoot, buildFolderOf(l), 'index.html'))),
    );
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const [path = '/', query] = request.url.split('?');
      if (!PAGES.has(path)) return;
      reply.header('vary', varyWithLanguage(reply.getHeader('vary')));
      const wanted = languageOfRequest(request);
      if (!others.has(wanted)) return;
      const page = path === '/clinician.html' ? 'clinician.html' : '';
      return reply
        .header('cache-control', 'no-cache')
        .redirect(`/${wanted}/${page}${query === undefined ? '' : `?${query}`}`, 302);
    });
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
      return reply.status(404).send(errorBody(serverWords.problems.notFound(request.method, path)));
    }
    reply.header('cache-control', 'no-cache');
    if (!built) return reply.type('text/html').send(NOT_BUILT);
    // Inside a language's build, its own page answers for the app's router.
    return reply.sendFile(join(buildFolderOf(languageOfPath(path)), 'index.html'));
  });
}
