import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';

/**
 * scrypt's cost for test servers, as a power of two: 10, not production's 17 (OWASP's floor, about 0.4 s of CPU
 * a hash and more on a busy machine; 2^14 was still 6 s of the server suite's CPU), so the hundreds of sign-ups
 * and logins across the server and browser tests are not most of their time. The code that hashes and verifies
 * is the same; one accounts-hardening test starts a server with the default settings and checks that new hashes
 * carry production's cost, and its timing test runs at 2^14, above the older 2^10 hash it compares against.
 */
export const TEST_SCRYPT_LOG2N = 10;

export const POSTGRES_ADMIN =
  process.env.UNKNOT_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A new, empty PostgreSQL database for one test file, dropped afterwards. */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `unknot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = POSTGRES_ADMIN.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const a = new pg.Client({ connectionString: POSTGRES_ADMIN });
      await a.connect();
      // A server closed a moment ago may still be closing its pool: give its sessions a little time to end
      // before forcing them, bounded, so a file never waits on a leak.
      for (let i = 0; i < 50; i++) {
        const { rows } = await a.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export function tempDir(prefix = 'unknot-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

let counter = 0;
export function uniqueEmail(): string {
  counter += 1;
  return `person${counter}.${randomBytes(4).toString('hex')}@example.org`;
}

export const PASSWORD = 'a long enough password';

export function anEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: randomUUID(),
    episodeId: randomUUID(),
    recordedAt: '2026-11-21T09:30:00.000Z',
    date: '2026-11-21',
    pain: 6,
    treatments: ['ice'],
    ...overrides,
  };
}

export function anEpisode(overrides: Partial<Episode> = {}): Episode {
  return {
    id: randomUUID(),
    onset: '2026-11-20',
    case: { age: 40, onset: '2026-11-20', asOf: '2026-11-21', painNow: 6, findings: ['lifting_trigger'] },
    createdAt: '2026-11-21T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
    ...overrides,
  };
}

/** What `app.inject` needs of a Fastify app: the servers of serverWithDb (test/clinician-helpers.ts) by default. */
interface Injectable {
  inject(request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: string | Buffer;
  }): Promise<{ statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer }>;
}

/** Listening apps whose requests from Device and send() are answered in process, by their base address. */
const inProcess = new Map<string, Injectable>();

/**
 * From now on Device and send() put requests to `url` (the app's own listening address) through `app.inject`: the
 * whole of Fastify's request handling without a socket or a client. Plain fetch still reaches the real socket, so a
 * test about connections, streams or a real client keeps them. `forget()` ends it (before the app closes).
 */
export function answerInProcess(url: string, app: Injectable): { forget(): void } {
  inProcess.set(url, app);
  return { forget: () => inProcess.delete(url) };
}

/**
 * fetch(base + path), or the same request through `app.inject` when `base` is answered in process
 * (answerInProcess), answered as a standard Response either way.
 */
export async function send(base: string, path: string, init: RequestInit = {}): Promise<Response> {
  const app = inProcess.get(base);
  if (!app) return fetch(base + path, init);
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const body = init.body;
  if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array))
    throw new Error('send(): an in-process request takes a string or bytes as its body');
  const res = await app.inject({
    method: init.method ?? 'GET',
    url: path,
    headers,
    ...(body === undefined || body === null
      ? {}
      : { payload: typeof body === 'string' ? body : Buffer.from(body) }),
  });
  const out = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.append(name, String(v));
  }
  const empty = res.rawPayload.length === 0 || [204, 304].includes(res.statusCode);
  return new Response(empty ? null : new Uint8Array(res.rawPayload), {
    status: res.statusCode,
    headers: out,
  });
}

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read reply fields directly and assert each one
  body: any;
  headers: Headers;
}

/** One device talking to the API: it keeps its login cookie and CSRF token like a browser would. */
export class Device {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const res = await send(this.base, path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { 'x-unknot-csrf': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // A cookie jar of one browser: each Set-Cookie replaces its name's value, an empty one removes it.
    const jar = new Map(
      this.cookie
        .split('; ')
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf('=')), c] as const),
    );
    for (const set of res.headers.getSetCookie()) {
      const pair = set.split(';')[0] ?? '';
      const name = pair.slice(0, pair.indexOf('='));
      if (pair.endsWith('=')) jar.delete(name);
      else jar.set(name, pair);
    }
    this.cookie = [...jar.values()].join('; ');
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: res.status, body: parsed, headers: res.headers };
  }

  async signUp(email = uniqueEmail(), password = PASSWORD): Promise<string> {
    const r = await this.call('POST', '/api/v1/accounts', { email, password });
    if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${JSON.stringify(r.body)}`);
    this.csrf = r.body.csrf;
    return email;
  }

  async logIn(email: string, password = PASSWORD): Promise<Reply> {
    const r = await this.call('POST', '/api/v1/login', { email, password });
    if (r.status === 200) this.csrf = r.body.csrf;
    return r;
  }

  sync(body: unknown): Promise<Reply> {
    return this.call('POST', '/api/v1/sync', body);
  }

  /** Pulls every page from the start: the account's whole history as this device would see it. */
  async pullAll(): Promise<{ entries: Entry[]; episodes: Episode[] }> {
    const entries: Entry[] = [];
    const episodes: Episode[] = [];
    let cursor: string | undefined;
    for (;;) {
      let r = await this.sync(cursor === undefined ? {} : { cursor });
      // As the app does: a refusal for syncs still open on the account ("retry after 1 s") is tried again, a
      // few times, before it counts as a failure (a sync's slot comes back when the server sees its reply written).
      for (let i = 0; i < 20 && r.status === 429; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        r = await this.sync(cursor === undefined ? {} : { cursor });
      }
      if (r.status !== 200) throw new Error(`pull failed: ${r.status} ${JSON.stringify(r.body)}`);
      entries.push(...r.body.entries);
      episodes.push(...r.body.episodes);
      cursor = r.body.cursor;
      if (!r.body.more) return { entries, episodes };
    }
  }
}

/** The server as its own process, as in production: tests kill it, restart it, run two of it. */
/**
 * Node's switches for the short-lived server processes the tests start: PGlite's WebAssembly on V8's baseline
 * compiler alone. The optimising tier compiles PostgreSQL's hot functions on background threads, which pays back
 * only in a server that runs for long; a test's server lives seconds (the data-directory lock test starts a dozen),
 * and each start cost 0.27 s more CPU with it (1.26 s against 0.99 s). The same code runs, only compiled once;
 * JavaScript is not affected (a server on PostgreSQL runs no WebAssembly).
 */
export const SHORT_LIVED_NODE_ARGS = ['--liftoff-only'];

export class ServerProcess {
  child: ChildProcess | undefined;
  /** Everything the process printed, for tests that read its log. */
  output = '';
  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
    readonly args: string[] = [],
    readonly nodeArgs: string[] = SHORT_LIVED_NODE_ARGS,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const child = spawn(
      process.execPath,
      // The installed command, as an operator starts it: the bundle while it is fresh (about 0.7 s sooner to
      // listen than TypeScript through tsx; the crash test restarts a server a dozen times), else the sources.
      [...this.nodeArgs, 'bin/unknot.cjs', 'serve', '--port', String(this.port), ...this.args],
      {
        // Tests sign up many accounts from one address; the hourly sign-up limit has its own test.
        env: {
          ...process.env,
          UNKNOT_SIGNUPS_PER_HOUR: '100000',
          UNKNOT_SCRYPT_LOG2N: String(TEST_SCRYPT_LOG2N),
          ...this.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    let err = '';
    child.stderr?.on('data', (d) => {
      err += d;
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in time: ${err}`)), timeoutMs);
      let out = '';
      child.stdout?.on('data', (d) => {
        out += d;
        this.output += d;
        if (out.includes('Unknot is running at')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}: ${err}`));
      });
    });
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A clear refusal: a 4xx (never a 5xx) whose body carries an error message a person can read. */
export function refused(r: { status: number; body: { error?: { message?: unknown } } }, what: string): void {
  assert.ok(
    r.status >= 400 && r.status < 500,
    `${what}: got ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`,
  );
  assert.equal(typeof r.body?.error?.message, 'string', `${what}: no error message`);
  assert.ok(String(r.body.error?.message).length > 10, what);
}

/**
 * Stores `count` entries of about 20 KB each for the account, straight into the database (the API would
 * take a minute): a full note of control characters, 6 bytes each as JSON, and a field from a newer app.
 */
export async function fillAccount(
  db: { query(text: string, params?: unknown[]): Promise<unknown> },
  email: string,
  count: number,
): Promise<void> {
  await db.query(
    `WITH a AS (SELECT id FROM accounts WHERE email = $1)
     INSERT INTO entries (id, account_id, seq, body)
     SELECT u.id, a.id, g, jsonb_build_object('id', u.id::text, 'episodeId', u.id::text,
       'recordedAt', '2026-11-21T09:30:00.000Z', 'date', '2026-11-21', 'pain', 5,
       'note', repeat(chr(1), 2000), 'fromANewerApp', repeat('x', 8000))
     FROM a, generate_series(1, $2::int) AS g, LATERAL (SELECT md5($1 || g::text)::uuid AS id) u`,
    [email, count],
  );
  await db.query(
    `UPDATE accounts SET change_seq = $2, stored_bytes =
       (SELECT sum(octet_length(body::text)) FROM entries WHERE account_id = accounts.id) WHERE email = $1`,
    [email, count],
  );
}

/** A sync whose reply is never read: the whole request is sent, then the socket stops reading. */
export function unreadSync(port: number, device: Device): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.pause();
      socket.write(
        'POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
          `cookie: ${device.cookie}\r\nx-unknot-csrf: ${device.csrf}\r\ncontent-length: 2\r\n\r\n{}`,
      );
      resolve(socket);
    });
    socket.once('error', reject);
  });
}
