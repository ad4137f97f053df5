import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Only this origin's own files run, load or receive data; no inline script, no framing. The app
 * needs nothing else, so a page injected with markup still cannot run or send anything.
 */
export const cspDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  fontSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

/**
 * `inline` are the hashes of the web app's inline elements (src/server/csp.ts, from the built index.html): the
 * first screen's styles are inline, allowed by their hash and nothing else.
 */
export async function installSecurityHeaders(
  app: FastifyInstance,
  inline: { styles: string[]; scripts: string[] } = { styles: [], scripts: [] },
): Promise<void> {
  const directives = {
    ...cspDirectives,
    scriptSrc: [...cspDirectives.scriptSrc, ...inline.scripts],
    styleSrc: [...cspDirectives.styleSrc, ...inline.styles],
  };
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    // API answers carry health data and CSRF tokens: no browser or proxy may keep a copy.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}

/**
 * The same headers for the few answers Fastify sends before any hook runs (a malformed URL), so no
 * answer of this server goes out without them.
 */
export function baseSecurityHeaders(): Record<string, string> {
  const csp = Object.entries(cspDirectives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join(';');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cache-control': 'no-store',
  };
}
