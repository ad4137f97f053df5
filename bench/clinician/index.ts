/**
 * The clinician dashboard at scale, on PostgreSQL: PATIENTS sharing patients with DAYS days of diary each,
 * CLINICIANS clinicians who each see every one of them (the worst case: a clinic-wide list). Then, with
 * CLINICIANS connections reading at once (autocannon), the list's first page sorted by each key (and
 * searched by a part of an email address or of the name a patient showed) and a random patient's page, each beside the database's own
 * time for the same statements (EXPLAIN ANALYZE EXECUTE of the prepared statements the server runs).
 *   npm run bench:clinician                  10,000 patients x 90 days, 20 clinicians, 10 s per cell
 *   npm run bench:clinician -- --smoke       CI's check: 200 patients x 14 days, 2 clinicians, 1 s per cell
 *   [-- --patients N] [-- --days N] [-- --clinicians N] [-- --seconds N] [-- --keep]   (--keep: leave the database)
 * Budgets: list p95 <= 100 ms, patient page p95 <= 150 ms, over every response's own time; any cell over
 * its budget (or any non-2xx) makes the exit code 1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { type ListQuery, listQuerySchema, sortKeys } from '../../src/core/share.ts';
import { createLogin } from '../../src/server/accounts/logins.ts';
import { listStatement, PATIENT_STATEMENT } from '../../src/server/clinician/routes.ts';
import { openDb } from '../../src/server/db/open.ts';
import { refreshFlags } from '../../src/server/shares/flags.ts';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    patients: { type: 'string' },
    days: { type: 'string' },
    clinicians: { type: 'string' },
    seconds: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const PATIENTS = Number(args.patients ?? (args.smoke ? 200 : 10_000));
const DAYS = Number(args.days ?? (args.smoke ? 14 : 90));
const CLINICIANS = Number(args.clinicians ?? (args.smoke ? 2 : 20));
const SECONDS = Number(args.seconds ?? (args.smoke ? 1 : 10));
const LIST_BUDGET_MS = 100;
const PAGE_BUDGET_MS = 150;
const ADMIN = process.env.UNKNOT_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function database(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `unknot_bench_clinician_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: ADMIN.replace(/\/[^/]*$/, `/${name}`),
    async drop() {
      const a = new pg.Client({ connectionString: ADMIN });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * Accounts, episodes, entries and shares in a few set-based statements (generate_series): no row leaves
 * PostgreSQL. Pain eases along a noisy course; one patient in 9 gets worse, one in 40 reported a warning
 * sign, one in 7 was not sure of one.
 */
async function generate(sql: pg.Pool): Promise<void> {
  await sql.query(
    `INSERT INTO accounts (id, email, password_hash, role)
     SELECT gen_random_uuid(), 'patient' || i || '@bench.example', '!unset', 'patient' FROM generate_series(1, $1) i`,
    [PATIENTS],
  );
  await sql.query(
    `INSERT INTO accounts (id, email, password_hash, role)
     SELECT gen_random_uuid(), 'clinician' || i || '@bench.example', '!unset', 'clinician' FROM generate_series(1, $1) i`,
    [CLINICIANS],
  );
  await sql.query(
    `WITH p AS (SELECT id, substring(email from 8 for position('@' in email) - 8)::int AS i FROM accounts WHERE role = 'patient')
     INSERT INTO episodes (id, account_id, seq, updated_at, body)
     SELECT e.id, p.id, $1 + 1, now(), jsonb_build_object(
       'id', e.id, 'onset', (current_date - $1)::text,
       'case', jsonb_build_object('age', 20 + p.i % 50, 'onset', (current_date - $1)::text, 'asOf', (current_date - $1)::text,
         'painNow', 6, 'findings', CASE WHEN p.i % 40 = 0 THEN '["lifting_trigger","leg_weakness"]'::jsonb ELSE '["lifting_trigger"]'::jsonb END,
         'unsure', CASE WHEN p.i % 7 = 0 THEN '["fever"]'::jsonb ELSE '[]'::jsonb END),
       'answers', jsonb_build_object('leg_weakness', CASE WHEN p.i % 40 = 0 THEN 'yes' ELSE 'no' END,
         'fever', CASE WHEN p.i % 7 = 0 THEN 'unsure' ELSE 'no' END),
       'createdAt', to_char(now() - make_interval(days => $1), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'updatedAt', to_char(now() - make_interval(days => $1), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
     FROM p, LATERAL (SELECT gen_random_uuid() AS id WHERE p.id IS NOT NULL) e`,
    [DAYS],
  );
  await sql.query(
    `WITH p AS (SELECT a.id, e.id AS episode, substring(a.email from 8 for position('@' in a.email) - 8)::int AS i
                FROM accounts a JOIN episodes e ON e.account_id = a.id)
     INSERT INTO entries (id, account_id, seq, body)
     SELECT x.id, p.id, d, jsonb_build_object('id', x.id, 'episodeId', p.episode,
       'recordedAt', to_char(current_date - $1 + d, 'YYYY-MM-DD') || 'T09:00:00.000Z',
       'date', to_char(current_date - $1 + d, 'YYYY-MM-DD'),
       'pain', greatest(0, least(10, CASE WHEN p.i % 9 = 0 THEN 4 + d * 5 / $1 ELSE 7 - d * 6 / $1 END
                                     + (abs(hashint4(p.i * 1000 + d)) % 3) - 1)),
       'treatments', CASE WHEN d % 2 = 0 THEN '["heat"]'::jsonb ELSE '["exercise"]'::jsonb END)
     FROM p, generate_series(0, $1 - 1) d, LATERAL (SELECT gen_random_uuid() AS id WHERE d >= 0 AND p.id IS NOT NULL) x`,
    [DAYS],
  );
  await sql.query(`UPDATE accounts a SET change_seq = $1 + 1 WHERE role = 'patient'`, [DAYS]);
  // Every second patient showed a name with their code ("Robin Lee 12"): the list searches and sorts on it.
  await sql.query(
    `WITH p AS (SELECT id, email, CASE WHEN substring(email from 8 for position('@' in email) - 8)::int % 2 = 0
                  THEN 'Robin Lee ' || substring(email from 8 for position('@' in email) - 8) END AS name
                FROM accounts WHERE role = 'patient')
     INSERT INTO shares (id, patient_id, clinician_id, patient_email, patient_display_name, patient_search)
     SELECT gen_random_uuid(), p.id, c.id, p.email, p.name, coalesce(lower(p.name) || E'\\n', '') || p.email
     FROM p, accounts c WHERE c.role = 'clinician'`,
  );
}

/** The flags as the server computes them (core/flags.ts on each diary), four patients at a time. */
async function flags(db: Awaited<ReturnType<typeof openDb>>, ids: string[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < ids.length) await refreshFlags(db, ids[next++] as string);
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

type Statement = { text: string; params: unknown[] };

/**
 * The database's own time for one request's statements: each prepared once on one connection (as the
 * server's driver does, so the plan cache behaves the same), then EXPLAIN ANALYZE EXECUTE n times;
 * planning plus execution, summed over the request's statements. Median and p95.
 */
async function dbTime(client: pg.PoolClient, statements: () => Statement[], n = 40) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (const { text, params } of statements()) {
      let name = prepared.get(text);
      if (!name) {
        name = `bench_${prepared.size}`;
        await client.query(`PREPARE ${name} AS ${text}`);
        prepared.set(text, name);
      }
      // EXECUTE takes no bound parameters: its arguments are literals, quoted by the driver.
      const args = params.map((v) => client.escapeLiteral(String(v))).join(', ');
      const r = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE ${name}(${args})`);
      const plan = r.rows[0]['QUERY PLAN'][0];
      total += (plan['Planning Time'] ?? 0) + plan['Execution Time'];
    }
    times.push(total);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
const prepared = new Map<string, string>();

/** CLINICIANS connections for SECONDS seconds (or the seconds given); every response's own time is kept for the percentiles. */
function load(url: string, paths: () => string, cookies: string[], seconds = SECONDS) {
  let n = 0;
  const times: number[] = [];
  return new Promise<{ rate: number; non2xx: number; errors: number; p50: number; p95: number }>(
    (resolve, reject) => {
      const run = autocannon(
        {
          url,
          connections: CLINICIANS,
          duration: seconds,
          requests: [
            {
              setupRequest: (req) => {
                n++;
                return { ...req, path: paths(), headers: { cookie: cookies[n % cookies.length] as string } };
              },
            },
          ],
        },
        (error, result) => {
          if (error) return reject(error);
          times.sort((a, b) => a - b);
          resolve({
            rate: result.requests.average,
            non2xx: result.non2xx,
            errors: result.errors,
            p50: percentile(times, 50),
            p95: percentile(times, 95),
          });
        },
      );
      run.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    },
  );
}

const t0 = process.hrtime.bigint();
const target = await database();
const db = await openDb({ databaseUrl: target.url });
const sql = new pg.Pool({ connectionString: target.url, max: 4 });
let failed = false;
let server: ChildProcess | undefined;
try {
  await generate(sql);
  const patients = (
    await sql.query<{ id: string }>(`SELECT id FROM accounts WHERE role = 'patient' ORDER BY id`)
  ).rows.map((r) => r.id);
  const staff = (
    await sql.query<{ id: string; email: string }>(`SELECT id, email FROM accounts WHERE role = 'clinician'`)
  ).rows;
  const clinicians = staff.map((r) => r.id);
  const generated = ms(t0);
  await flags(db, patients);
  await sql.query('VACUUM ANALYZE');
  const counts = (
    await sql.query(
      `SELECT (SELECT count(*) FROM entries)::int AS entries, (SELECT count(*) FROM shares)::int AS shares,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    )
  ).rows[0];
  console.log(
    `generated ${PATIENTS} patients x ${DAYS} days (${counts.entries} entries, ${counts.shares} shares, ${counts.size}) ` +
      `in ${(generated / 1000).toFixed(1)} s; flags in ${((ms(t0) - generated) / 1000).toFixed(1)} s`,
  );
  const cookies: string[] = [];
  for (const id of clinicians) cookies.push(`unknot_login=${(await createLogin(db, id)).token}`);

  server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('serve.ts', import.meta.url))], {
    env: { ...process.env, DATABASE_URL: target.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [port] = (await once(server.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  const url = `http://127.0.0.1:${String(port).trim()}`;
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)] as T;

  console.log(
    `\n${CLINICIANS} clinicians reading at once, ${SECONDS} s per cell (server: one Node process of its own, pool 8)`,
  );
  console.log(`${'cell'.padEnd(40)} req/s  p50 ms  p95 ms | database p50 / p95 ms | budget`);
  const row = (
    name: string,
    r: Awaited<ReturnType<typeof load>>,
    d: { p50: number; p95: number },
    budget: number,
  ) => {
    const ok = r.non2xx === 0 && r.errors === 0 && r.p95 <= budget;
    if (!ok) failed = true;
    const extra = r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : '';
    console.log(
      `${name.padEnd(40)} ${String(Math.round(r.rate)).padStart(5)} ${r.p50.toFixed(0).padStart(7)} ${r.p95.toFixed(0).padStart(7)} | ${d.p50.toFixed(1).padStart(8)} / ${d.p95.toFixed(1).padEnd(10)} | ${ok ? 'ok' : 'OVER'} (p95 <= ${budget}${extra})`,
    );
  };
  const client = await sql.connect();
  const list = (q: Record<string, string>) => () => listQuerySchema.parse(q);
  type Cell = readonly [name: string, query: () => ListQuery];
  const cells: Cell[] = [
    ...sortKeys.map((sort): Cell => [`list, first page, by ${sort}`, list({ sort })]),
    ...sortKeys.map((sort): Cell => [`list, first page, by ${sort}, desc`, list({ sort, dir: 'desc' })]),
    // A clinician looking a patient up by a part of their address (mostly one matches, at most a tenth) ...
    [
      'list, search one address',
      () => listQuerySchema.parse({ q: `patient${1 + Math.floor(Math.random() * PATIENTS)}` }),
    ],
    // ... or of the name they chose to show ...
    [
      'list, search one name',
      () => listQuerySchema.parse({ q: `lee ${2 * (1 + Math.floor((Math.random() * PATIENTS) / 2))}` }),
    ],
    // ... and a part every address holds: the search that cannot narrow anything.
    ['list, search every address', list({ q: 'bench' })],
  ];
  try {
    // The server has just started: its code is not yet compiled by V8, its pool holds no connection and the
    // indexes it reads are not in PostgreSQL's buffers. A deployed server is warm; so the cells are measured
    // after a few seconds of every cell's requests, shown and not judged.
    {
      const all = cells.map(([, query]) => query);
      const warm = await load(
        url,
        () => {
          const q = pick(all)();
          return `/api/v1/clinician/patients?sort=${q.sort}&dir=${q.dir}&q=${encodeURIComponent(q.q)}`;
        },
        cookies,
        Math.min(SECONDS, 3),
      );
      console.log(
        `${'warm-up, every cell mixed (not judged)'.padEnd(40)} ${String(Math.round(warm.rate)).padStart(5)} ${warm.p50.toFixed(0).padStart(7)} ${warm.p95.toFixed(0).padStart(7)} |`,
      );
    }
    for (const [name, query] of cells) {
      const path = () => {
        const q = query();
        return `/api/v1/clinician/patients?sort=${q.sort}&dir=${q.dir}&q=${encodeURIComponent(q.q)}`;
      };
      const r = await load(url, path, cookies);
      // The list's one statement also records the page's reads: timed whole, as each request runs it.
      const d = await dbTime(client, () => {
        const c = pick(staff);
        return [listStatement(query(), { accountId: c.id, email: c.email })];
      });
      row(name, r, d, LIST_BUDGET_MS);
    }
    const page = await load(url, () => `/api/v1/clinician/patients/${pick(patients)}`, cookies);
    const pageDb = await dbTime(client, () => [
      { text: PATIENT_STATEMENT, params: [pick(clinicians), pick(patients), new Date().toISOString()] },
    ]);
    row('patient page', page, pageDb, PAGE_BUDGET_MS);
  } finally {
    client.release();
  }
  if (failed) process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await sql.end();
  await db.close();
  if (args.keep) console.log(`kept: ${target.url}`);
  else await target.drop();
}
