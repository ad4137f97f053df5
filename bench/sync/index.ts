/**
 * Throughput and latency of POST /api/v1/sync, on PGlite and on PostgreSQL, at 50 and 200 clients,
 * beside each database's own rate for a batched INSERT of the same rows into the same table.
 * The server runs as its own process (as in production), so its memory is measured alone.
 *   npm run bench:sync                  the full table: both databases, 10 s per cell, 200 accounts
 *   npm run bench:sync -- --quick       both databases, 3 s per cell
 *   npm run bench:sync -- --smoke       CI's check that it runs: PostgreSQL only, 1 s per cell, 20 accounts
 *   [-- --seconds N] [-- --batch N] [-- --only pglite|postgres] [-- --accounts N]
 *   [-- --paced ENTRIES_PER_S]   (the paced cell's load; default 20,000 or half the saturated rate)
 *   [-- --clients 10,25,50,100,200]   (the saturated cells' connection counts)
 * Only 127.0.0.1 is ever a target.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    accounts: { type: 'string' },
    batch: { type: 'string', default: '100' },
    only: { type: 'string' },
    paced: { type: 'string' },
    clients: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds ?? (args.smoke ? 1 : args.quick ? 3 : 10));
const BATCH = Number(args.batch);
// --clients 10,25,50,100,200 finds where a storage mode stops holding p99 under a second.
const CLIENTS = (args.clients ?? '50,200').split(',').map(Number);
// Signing up is scrypt's deliberate cost (about 0.1 s of CPU each): the smoke shares fewer accounts.
const ACCOUNTS = Number(args.accounts ?? (args.smoke ? 20 : Math.max(...CLIENTS)));
const ONLY = args.only ?? (args.smoke ? 'postgres' : undefined);
const ADMIN = process.env.UNKNOT_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function entryJson(id: string, episodeId: string): string {
  return `{"id":"${id}","episodeId":"${episodeId}","recordedAt":"2026-11-21T09:30:00.000Z","date":"2026-11-21","pain":6,"treatments":["ice","exercise"],"triggers":["lifting"],"note":"bench entry"}`;
}

function batchJson(cursor: string | undefined): string {
  const episodeId = randomUUID();
  const entries = Array.from({ length: BATCH }, () => entryJson(randomUUID(), episodeId)).join(',');
  return `{${cursor ? `"cursor":"${cursor}",` : ''}"entries":[${entries}]}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.UNKNOT_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      'src/server/run.ts',
      '--port',
      String(port),
    ],
    {
      env: {
        ...process.env,
        UNKNOT_AUTH_PER_MINUTE: '1000000',
        UNKNOT_SIGNUPS_PER_HOUR: '1000000',
        UNKNOT_RECORDS_PER_DAY: '100000000',
        UNKNOT_STORED_BYTES: '100000000000',
        UNKNOT_SCRYPT_LOG2N: '15',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      if (out.includes('Unknot is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface Login {
  cookie: string;
  csrf: string;
}

async function signUp(url: string, count: number): Promise<Login[]> {
  const one = async (): Promise<Login> => {
    const res = await fetch(`${url}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `bench.${randomBytes(6).toString('hex')}@example.org`,
        password: 'bench password 123',
      }),
    });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { csrf: string };
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrf };
  };
  const out: Login[] = [];
  for (let i = 0; i < count; i += 20)
    out.push(...(await Promise.all(Array.from({ length: Math.min(20, count - i) }, one))));
  return out;
}

interface Cell {
  storage: string;
  clients: number;
  /** Set for a paced cell: the offered load, so latency shows service time rather than queueing. */
  paced?: number;
  entriesPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number;
}

async function load(
  url: string,
  pid: number,
  logins: Login[],
  clients: number,
  storage: string,
): Promise<Cell> {
  let next = 0;
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 200);
  // autocannon resets a connection's context before each request, so each account's cursor lives here.
  const cursors = new Map<Login, string>();
  type Ctx = { login?: Login };
  const result = await autocannon({
    url: `${url}/api/v1/sync`,
    connections: clients,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          // Each request is one device of one account, in turn: many people syncing at once.
          const login = logins[next++ % logins.length] as Login;
          (context as Ctx).login = login;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              cookie: login.cookie,
              'x-unknot-csrf': login.csrf,
            },
            body: batchJson(cursors.get(login)),
          };
        },
        onResponse: (status, body, context) => {
          const login = (context as Ctx).login;
          if (status === 200 && login) cursors.set(login, (JSON.parse(body) as { cursor: string }).cursor);
        },
      },
    ],
  });
  clearInterval(sampler);
  const ok = result['2xx'];
  return {
    storage,
    clients,
    entriesPerSec: (ok * BATCH) / SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    rssMb: peak,
  };
}

/**
 * Saturated cells first (every client sends again as soon as it is answered: the throughput), then
 * 200 clients paced at the target 20,000 entries/s, or half the saturated rate if lower: the latency
 * a person's sync sees when the server is busy but not overrun.
 */
async function measure(
  server: { url: string; child: ChildProcess },
  logins: Login[],
  storage: string,
  cells: Cell[],
) {
  for (const clients of CLIENTS)
    cells.push(await load(server.url, server.child.pid ?? 0, logins, clients, storage));
  const saturated = cells[cells.length - 1]?.entriesPerSec ?? 0;
  const rate = args.paced ? Number(args.paced) : Math.min(20_000, saturated / 2);
  cells.push(await paced(server.url, server.child.pid ?? 0, logins, Math.max(...CLIENTS), storage, rate));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Clients that each sync on their own steady clock, spread evenly over the interval, as people do:
 * the latency then shows service time, not the queue a closed loop builds. (autocannon's rate limit
 * releases each second's requests in one burst, which measures the burst instead.)
 */
async function paced(
  url: string,
  pid: number,
  logins: Login[],
  clients: number,
  storage: string,
  entriesPerSecond: number,
): Promise<Cell> {
  const intervalMs = (1000 * clients * BATCH) / entriesPerSecond;
  const latencies: number[] = [];
  let errors = 0;
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 200);
  const started = performance.now();
  const end = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const login = logins[i % logins.length] as Login;
      let cursor: string | undefined;
      let due = started + (i / clients) * intervalMs;
      while (due < end) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const t = performance.now();
        try {
          const res = await fetch(`${url}/api/v1/sync`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: login.cookie,
              'x-unknot-csrf': login.csrf,
            },
            body: batchJson(cursor),
          });
          const text = await res.text();
          if (res.status === 200) cursor = (JSON.parse(text) as { cursor: string }).cursor;
          else errors++;
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
        due += intervalMs;
      }
    }),
  );
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    storage,
    clients,
    paced: entriesPerSecond,
    entriesPerSec: ((latencies.length - errors) * BATCH) / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    rssMb: peak,
  };
}

const INSERT = `INSERT INTO entries (id, account_id, seq, body)
  SELECT (e.value->>'id')::uuid, $1, $2 + e.ord, e.value FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(value, ord)
  ON CONFLICT (id) DO NOTHING`;

/** The database's own rate: the server's INSERT of the same rows, with no HTTP, no JSON parsing, no login. */
async function directRate(
  query: (text: string, params: unknown[]) => Promise<unknown>,
  parallel: number,
): Promise<number> {
  const rows = await query('SELECT id FROM accounts LIMIT 1', []);
  const account = (rows as Array<{ id: string }>)[0]?.id;
  let inserted = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (Date.now() < deadline) {
        const episodeId = randomUUID();
        const batch = `[${Array.from({ length: BATCH }, () => entryJson(randomUUID(), episodeId)).join(',')}]`;
        await query(INSERT, [account, 1_000_000_000 + inserted, batch]);
        inserted += BATCH;
      }
    }),
  );
  return inserted / ((Date.now() - started) / 1000);
}

async function benchPostgres(): Promise<{ cells: Cell[]; direct: number }> {
  const name = `unknot_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = ADMIN.replace(/\/[^/]*$/, `/${name}`);
  try {
    const server = await startServer({ DATABASE_URL: url });
    const cells: Cell[] = [];
    try {
      const logins = await signUp(server.url, ACCOUNTS);
      await measure(server, logins, 'PostgreSQL', cells);
    } finally {
      await stop(server.child);
    }
    const pool = new pg.Pool({ connectionString: url, max: 16 });
    pool.on('error', () => {});
    try {
      const direct = await directRate((text, params) => pool.query(text, params).then((r) => r.rows), 16);
      return { cells, direct };
    } finally {
      await pool.end();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function benchPglite(): Promise<{ cells: Cell[]; direct: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
  try {
    const server = await startServer({ UNKNOT_DATA_DIR: dir, DATABASE_URL: '' });
    const cells: Cell[] = [];
    try {
      const logins = await signUp(server.url, ACCOUNTS);
      await measure(server, logins, 'PGlite', cells);
    } finally {
      await stop(server.child);
    }
    // PGlite is one process's database: the direct rate is measured here, once the server has let go.
    const db = await PGlite.create(join(dir, 'pg'));
    const direct = await directRate((text, params) => db.query(text, params).then((r) => r.rows), 1);
    await db.close();
    return { cells, direct };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(results: Array<{ cells: Cell[]; direct: number }>): string {
  const head = [
    'storage',
    'clients',
    'entries/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'server RSS MB',
    'DB INSERT entries/s',
    'of DB',
  ];
  const rows = results.flatMap(({ cells, direct }) =>
    cells.map((c) => [
      c.storage,
      c.paced ? `${c.clients} paced ${Math.round(c.paced).toLocaleString('en')}/s` : String(c.clients),
      Math.round(c.entriesPerSec).toLocaleString('en'),
      c.p50.toFixed(0),
      c.p99.toFixed(0),
      String(c.errors),
      c.rssMb.toFixed(0),
      Math.round(direct).toLocaleString('en'),
      `${Math.round((100 * c.entriesPerSec) / direct)}%`,
    ]),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const results: Array<{ cells: Cell[]; direct: number }> = [];
if (ONLY !== 'postgres') results.push(await benchPglite());
if (ONLY !== 'pglite') results.push(await benchPostgres());
console.log(
  `\nPOST /api/v1/sync, ${BATCH} entries per request, ${SECONDS} s per cell, ${ACCOUNTS} accounts, server on 127.0.0.1\n`,
);
console.log(table(results));
const failed = results.some((r) => r.cells.some((c) => c.entriesPerSec === 0));
process.exitCode = failed ? 1 : 0;
