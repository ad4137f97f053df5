import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { buildFolderOf, LANGUAGES, languageOfPath } from '../src/core/knowledge/text/languages.ts';
import { webRootHashes } from '../src/server/csp.ts';

export const DIST = 'dist/web';

/**
 * The policy the real server sends; the tests run the app under it so an inline script or style would break,
 * except the ones the build put in index.html on purpose, allowed by their hashes as the server allows them
 * (src/server/csp.ts: both read the hashes from the built page).
 */
export function cspFor(root = DIST): string {
  const inline = webRootHashes(root);
  return (
    `default-src 'self'; script-src ${["'self'", ...inline.scripts].join(' ')}; ` +
    `style-src ${["'self'", ...inline.styles].join(' ')}; img-src 'self' data: blob:; connect-src 'self'; ` +
    "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
  );
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the app when there is no build or the sources changed since, so `npm test` never tests a stale build. */
export function ensureBuilt(): void {
  // Each language's build (scripts/build-web.mjs): English's page and every other language's.
  const pages = LANGUAGES.map((l) => join(DIST, buildFolderOf(l), 'index.html'));
  const fresh = () =>
    pages.every((p) => existsSync(p)) &&
    Math.min(...pages.map((p) => statSync(p).mtimeMs)) >=
      Math.max(newestSource('src/web'), newestSource('src/core'));
  if (fresh()) return;
  // Test files run in parallel processes: one builds, the others wait for it.
  const lock = 'dist/.web-build-lock';
  mkdirSync('dist', { recursive: true });
  try {
    mkdirSync(lock);
  } catch {
    for (let i = 0; i < 600 && existsSync(lock); i++)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    return;
  }
  try {
    if (!fresh())
      execFileSync(process.execPath, ['scripts/build-web.mjs', '--logLevel', 'warn'], { stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The real server (src/server) on a free port with a throwaway PGlite directory, serving the built app. */
export async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  ensureBuilt();
  const { startServer } = await import('../src/server/main.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'unknot-e2e-'));
  const running = await startServer({
    port: 0,
    // Sign-up cost is not what the browser tests are about (test/server-helpers.ts, TEST_SCRYPT_LOG2N).
    // One server serves every browser file of a lane (e2e/browser.suite.ts): their logins together would pass
    // the per-minute limit for one address, which has its own test (test/server-accounts-hardening.test.ts).
    settings: { signUpsPerHour: 100_000, authPerMinute: 100_000, scryptLog2N: 10 },
    dataDir,
    webRoot: DIST,
    logger: false,
  });
  return {
    url: running.url,
    close: async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A static server for dist/web with SPA fallback and the same strict CSP: the app without the server. */
export async function serveStatic(root = DIST): Promise<{ url: string; close(): Promise<void> }> {
  ensureBuilt();
  const csp = cspFor(root);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Inside another language's build (/es/…), its own page answers, as the real server does.
      file = join(root, buildFolderOf(languageOfPath(path)), 'index.html');
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control':
        file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let shared: Promise<{ url: string; close(): Promise<void> }> | undefined;

/**
 * The lane's one app server (serve()), started by the first caller and reused by the browser files that need no
 * server of their own (e2e/browser.suite.ts); `closeSharedServer()` stops it. Never close it yourself.
 */
export function sharedServer(): Promise<{ url: string }> {
  shared ??= serve();
  return shared;
}

export async function closeSharedServer(): Promise<void> {
  const server = await shared;
  shared = undefined;
  await server?.close();
}
