import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../scripts/precompress.ts';
import { inlineHashes } from '../src/server/csp.ts';
import { startServer } from '../src/server/main.ts';
import { tempDir } from './server-helpers.ts';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body exactly as it came over the wire, not decoded. */
  body: Buffer;
}

/** node:http, not fetch: fetch would decode the body and hide what was sent. */
function raw(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, url), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(r: Raw): Buffer {
  const encoding = r.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(r.body);
  if (encoding === 'gzip') return gunzipSync(r.body);
  assert.equal(encoding, undefined);
  return r.body;
}

/**
 * A real server on a web root of its own, which `fill` writes before the server starts: started before the suite
 * it is called in, stopped and its folders removed after it. `url` is the server's once it has started, `root`
 * the web root.
 */
function serverOn(fill: (root: string) => void): { readonly url: string; readonly root: string } {
  const web = tempDir('unknot-web-');
  const data = tempDir();
  let url = '';
  let close: () => Promise<void> = async () => {};
  before(async () => {
    fill(web.path);
    const s = await startServer({ port: 0, dataDir: data.path, webRoot: web.path, databaseUrl: undefined });
    url = s.url;
    close = s.close;
  });
  after(async () => {
    await close();
    web.remove();
    data.remove();
  });
  return {
    get url() {
      return url;
    },
    root: web.path,
  };
}

const script = `export const words = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `word ${i % 17}`))};\n`;
const page = `<!doctype html><html lang="en"><head><title>Unknot</title><script type="module" src="/assets/app-3f2a1b.js"></script></head><body>${'<p>plain words for a person in pain</p>'.repeat(20)}</body></html>`;
const worker = `self.addEventListener('install', () => self.skipWaiting());\n${'// cache list\n'.repeat(40)}`;

describe('the web app is served precompressed', () => {
  const server = serverOn((root) => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), page);
    writeFileSync(join(root, 'assets', 'app-3f2a1b.js'), script);
    writeFileSync(join(root, 'sw.js'), worker);
    const written = precompress(root);
    assert.equal(written.length, 3, 'a .br and .gz copy of each of the three text files');
  });

  const files = [
    {
      path: '/assets/app-3f2a1b.js',
      body: script,
      type: /^(?:text|application)\/javascript; charset=utf-8$/,
      cache: /immutable/,
    },
    { path: '/', body: page, type: /^text\/html; charset=utf-8$/, cache: /^no-cache$/ },
    { path: '/index.html', body: page, type: /^text\/html; charset=utf-8$/, cache: /^no-cache$/ },
    { path: '/today/diary', body: page, type: /^text\/html; charset=utf-8$/, cache: /^no-cache$/ },
    {
      path: '/sw.js',
      body: worker,
      type: /^(?:text|application)\/javascript; charset=utf-8$/,
      cache: /^no-cache$/,
    },
  ];
  const offers = [
    { accept: 'br, gzip', expect: 'br' },
    { accept: 'gzip, deflate, br, zstd', expect: 'br' },
    { accept: 'gzip', expect: 'gzip' },
    { accept: 'identity', expect: undefined },
    { accept: undefined, expect: undefined },
  ];

  for (const f of files) {
    test(`${f.path}: brotli, gzip or plain by Accept-Encoding, each decoding to the same bytes`, async () => {
      const sizes: Record<string, number> = {};
      for (const o of offers) {
        const r = await raw(server.url, f.path, o.accept ? { 'accept-encoding': o.accept } : {});
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-encoding'], o.expect, `${f.path} for ${o.accept}`);
        assert.match(r.headers.vary ?? '', /accept-encoding/i);
        assert.match(r.headers['content-type'] ?? '', f.type);
        assert.match(r.headers['cache-control'] ?? '', f.cache);
        assert.equal(Number(r.headers['content-length']), r.body.length, 'Content-Length is the bytes sent');
        assert.equal(decode(r).toString('utf8'), f.body);
        sizes[o.expect ?? 'identity'] = r.body.length;
      }
      assert.ok((sizes.br ?? 0) < (sizes.gzip ?? 0), 'brotli is the smallest');
      assert.ok((sizes.gzip ?? 0) < (sizes.identity ?? 0), 'gzip is smaller than the file');
    });
  }

  test('HEAD sends the headers of the chosen copy and no body', async () => {
    const get = await raw(server.url, '/assets/app-3f2a1b.js', { 'accept-encoding': 'br, gzip' });
    const head = await raw(server.url, '/assets/app-3f2a1b.js', { 'accept-encoding': 'br, gzip' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(head.headers['content-length'], get.headers['content-length']);
    assert.equal(head.headers.etag, get.headers.etag);
  });

  test('a range is a range of the bytes of the chosen copy', async () => {
    const plain = await raw(server.url, '/assets/app-3f2a1b.js', { range: 'bytes=0-9' });
    assert.equal(plain.status, 206);
    assert.equal(plain.headers['content-range'], `bytes 0-9/${Buffer.byteLength(script)}`);
    assert.equal(plain.body.toString('utf8'), script.slice(0, 10));
    const br = await raw(server.url, '/assets/app-3f2a1b.js', {
      range: 'bytes=0-9',
      'accept-encoding': 'br',
    });
    assert.equal(br.status, 206);
    assert.equal(br.headers['content-encoding'], 'br');
    const file = readFileSync(join(server.root, 'assets', 'app-3f2a1b.js.br'));
    assert.equal(br.headers['content-range'], `bytes 0-9/${file.length}`);
    assert.deepEqual(br.body, file.subarray(0, 10));
  });

  test('a revalidation answers 304 per encoding, and the encodings never share an ETag', async () => {
    const br = await raw(server.url, '/', { 'accept-encoding': 'br' });
    const gzip = await raw(server.url, '/', { 'accept-encoding': 'gzip' });
    const plain = await raw(server.url, '/');
    const tags = [br, gzip, plain].map((r) => r.headers.etag);
    assert.equal(new Set(tags).size, 3, `three ETags: ${tags.join(' ')}`);
    const again = await raw(server.url, '/', {
      'accept-encoding': 'br',
      'if-none-match': br.headers.etag ?? '',
    });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const other = await raw(server.url, '/', {
      'accept-encoding': 'gzip',
      'if-none-match': br.headers.etag ?? '',
    });
    assert.equal(other.status, 200, 'a brotli ETag does not validate the gzip copy');
    assert.equal(decode(other).toString('utf8'), page);
  });
});

describe("the CSP allows the page's own inline styles by hash, and nothing else inline", () => {
  const css = ':root{color-scheme:light dark}body{margin:0}';
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

  test('inlineHashes hashes each inline style and inline script, never a script with a src', () => {
    const html = `<head><script type="module" src="/assets/a.js"></script><style>${css}</style><script>go()</script></head>`;
    assert.deepEqual(inlineHashes(html), {
      styles: [hash],
      scripts: [`'sha256-${createHash('sha256').update('go()').digest('base64')}'`],
    });
  });

  const server = serverOn((root) =>
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><html lang="en"><head><title>Unknot</title><style>${css}</style></head><body></body></html>`,
    ),
  );

  test("the server sends the hash of the built page's inline styles in style-src", async () => {
    const csp = String((await raw(server.url, '/')).headers['content-security-policy']);
    assert.match(csp, new RegExp(`style-src 'self' ${hash.replace(/[+/]/g, '\\$&')}(;|$)`));
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  });
});

describe("each language is a build of its own: a plain address sends a person to theirs, and each build's pages answer for it", () => {
  const css = 'p{color:teal}';
  const spanishCss = 'p{color:navy}';
  const pageIn = (lang: string, style: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Unknot</title><style>${style}</style></head><body></body></html>`;
  const server = serverOn((root) => {
    writeFileSync(join(root, 'index.html'), pageIn('en', css));
    writeFileSync(join(root, 'clinician.html'), pageIn('en', ''));
    mkdirSync(join(root, 'es'));
    writeFileSync(join(root, 'es', 'index.html'), pageIn('es', spanishCss));
    writeFileSync(join(root, 'es', 'clinician.html'), pageIn('es', ''));
  });

  test('a browser in Spanish is sent to /es/ (the query kept); the English page says it varies by both inputs', async () => {
    const es = await raw(server.url, '/?from=home', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
    assert.equal(es.status, 302);
    assert.equal(es.headers.location, '/es/?from=home');
    const en = await raw(server.url, '/', { 'accept-language': 'en-GB,es;q=0.5' });
    assert.equal(en.status, 200);
    assert.match(decode(en).toString(), /<html lang="en">/);
    for (const r of [es, en]) {
      const vary = String(r.headers.vary).toLowerCase();
      assert.match(vary, /cookie/);
      assert.match(vary, /accept-language/);
    }
  });

  test('a choice made in Settings (the cookie) wins over the browser, both ways, for the app and the dashboard', async () => {
    const english = await raw(server.url, '/', { 'accept-language': 'es', cookie: 'unknot-language=en' });
    assert.equal(english.status, 200);
    const spanish = await raw(server.url, '/clinician.html', {
      'accept-language': 'en-US',
      cookie: 'unknot-language=es',
    });
    assert.equal(spanish.status, 302);
    assert.equal(spanish.headers.location, '/es/clinician.html');
    const unknown = await raw(server.url, '/', { 'accept-language': 'fr', cookie: 'unknot-language=fr' });
    assert.equal(unknown.status, 200, 'a language Unknot does not speak gives English');
  });

  test("an address inside /es/ gets the Spanish page for the app's router; an explicit /es/ is never redirected", async () => {
    for (const path of ['/es/', '/es/anything/here', '/es']) {
      const r = await raw(server.url, path, { 'accept-language': 'en-US' });
      assert.equal(r.status, 200, path);
      assert.match(decode(r).toString(), /<html lang="es">/, path);
    }
    assert.match(decode(await raw(server.url, '/elsewhere')).toString(), /<html lang="en">/);
    // The service worker caches /index.html under that name and looks it up sending no Cookie or Accept-Language:
    // a Vary on them there would make the page unfindable offline.
    const cached = await raw(server.url, '/index.html?__WB_REVISION__=1', { 'accept-language': 'es' });
    assert.equal(cached.status, 200);
    assert.doesNotMatch(String(cached.headers.vary ?? ''), /cookie|accept-language/i);
  });

  test("the CSP allows the inline styles of every language's page", async () => {
    const csp = String((await raw(server.url, '/es/')).headers['content-security-policy']);
    for (const style of [css, spanishCss]) {
      const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
      assert.ok(csp.includes(hash), `${style} allowed`);
    }
  });
});
