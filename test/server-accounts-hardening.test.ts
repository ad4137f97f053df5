import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openPglite } from '../src/server/db/pglite.ts';
import { startServer } from '../src/server/main.ts';
import { parseTrustProxy } from '../src/server/settings.ts';
import {
  Device,
  freshPostgres,
  PASSWORD,
  TEST_SCRYPT_LOG2N,
  tempDir,
  uniqueEmail,
} from './server-helpers.ts';

/**
 * This file's server hashes at 2^14, not the other tests' 2^10: its timing test compares a failed login against a
 * current hash with one against an older 2^10 hash, which the server must make as slow as a current one.
 */
const TIMING_SCRYPT_LOG2N = 14;

describe('accounts under attack (PostgreSQL, so the test can read and age rows)', () => {
  let url = '';
  let sql: pg.Pool;
  const cleanups: Array<() => Promise<void> | void> = [];
  before(async () => {
    const db = await freshPostgres();
    cleanups.push(db.drop);
    sql = new pg.Pool({ connectionString: db.url });
    cleanups.unshift(() => sql.end());
    const s = await startServer({
      port: 0,
      databaseUrl: db.url,
      settings: { authPerMinute: 100_000, signUpsPerHour: 100_000, scryptLog2N: TIMING_SCRYPT_LOG2N },
    });
    url = s.url;
    cleanups.unshift(s.close);
  });
  after(async () => {
    for (const c of cleanups) await c();
  });

  test("a stranger's wrong passwords slow guessing but never refuse the owner's own browser", async () => {
    const owner = new Device(url);
    const email = await owner.signUp();
    await owner.call('POST', '/api/v1/logout', {});
    const stranger = new Device(url);
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await stranger.logIn(email, 'wrong password, sorry')).status);
    assert.ok(statuses.includes(429), 'the stranger is slowed down');
    assert.equal((await new Device(url).logIn(email)).status, 429, 'an unknown browser waits too');
    const back = await owner.logIn(email);
    assert.equal(back.status, 200, 'the browser that signed in before is let through');
  });

  test('failed logins decay with quiet time, so a slow trickle of guesses locks no one out', async () => {
    const email = await new Device(url).signUp();
    const stranger = new Device(url);
    for (let i = 0; i < 8; i++) await stranger.logIn(email, 'wrong password, sorry');
    assert.equal((await new Device(url).logIn(email)).status, 429);
    // Two hours later (the rows are aged rather than the test waiting).
    await sql.query(
      "UPDATE login_failures SET last_failed_at = last_failed_at - interval '2 hours', locked_until = now()",
    );
    assert.equal((await stranger.logIn(email, 'one more wrong guess')).status, 401);
    assert.equal((await new Device(url).logIn(email)).status, 200, 'one new failure does not lock');
  });

  test('sign-up refuses common and guessable passwords and never quotes a password back', async () => {
    for (const password of ['password1234', 'qwertyuiop123', '1234567890']) {
      const r = await new Device(url).call('POST', '/api/v1/accounts', { email: uniqueEmail(), password });
      assert.equal(r.status, 400, password);
      assert.equal(r.body.error.field, 'password');
      assert.ok(!JSON.stringify(r.body).includes(password), 'the password is not echoed');
    }
  });

  test('a login ends after a week without use, as well as 30 days after sign-in', async () => {
    const d = new Device(url);
    await d.signUp();
    assert.equal((await d.call('GET', '/api/v1/me')).status, 200);
    await sql.query(
      `UPDATE logins SET last_seen_at = now() - interval '8 days' WHERE account_id =
         (SELECT id FROM accounts WHERE email = $1)`,
      [(await d.call('GET', '/api/v1/me')).body.email],
    );
    assert.equal((await d.call('GET', '/api/v1/me')).status, 401);
  });

  test('changing the password rotates the CSRF token: the old one is refused', async () => {
    const d = new Device(url);
    await d.signUp();
    const old = d.csrf;
    const r = await d.call('POST', '/api/v1/password', {
      currentPassword: PASSWORD,
      newPassword: 'another long password',
    });
    assert.equal(r.status, 200);
    assert.notEqual(r.body.csrf, old);
    assert.equal((await d.call('POST', '/api/v1/logout', {}, { 'x-unknot-csrf': old })).status, 403);
    d.csrf = r.body.csrf;
    assert.equal((await d.call('POST', '/api/v1/logout', {})).status, 204);
  });

  test('a failed login takes as long for an account with an old, cheaper hash as for a current one or an unknown email', async (t) => {
    // A hash stored when scrypt's cost was 2^10, in the stored format, as an older server would have left it.
    const oldHash = (password: string) => {
      const salt = randomBytes(16);
      const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
      return ['scrypt', 1024, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    };
    const TRIES = 9;
    const current: string[] = [];
    const aged: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      current.push(await new Device(url).signUp());
      const email = await new Device(url).signUp();
      await sql.query('UPDATE accounts SET password_hash = $2 WHERE email = $1', [email, oldHash(PASSWORD)]);
      aged.push(email);
    }
    // CPU time (this process's, server and client alike: scrypt's worker threads count too) is the work a
    // failure does, which is what the timing shows; wall time on a shared, busy machine adds others' noise.
    const failedLogin = async (email: string) => {
      const started = process.cpuUsage();
      const r = await new Device(url).logIn(email, 'not the password at all');
      assert.equal(r.status, 401);
      const spent = process.cpuUsage(started);
      return (spent.user + spent.system) / 1000;
    };
    await failedLogin(uniqueEmail());
    // Interleaved, one failure per account (backoff never starts), the order turning each round.
    const times = { unknown: [] as number[], aged: [] as number[], current: [] as number[] };
    for (let i = 0; i < TRIES; i++) {
      const round = [
        async () => times.unknown.push(await failedLogin(uniqueEmail())),
        async () => times.aged.push(await failedLogin(aged[i] as string)),
        async () => times.current.push(await failedLogin(current[i] as string)),
      ];
      for (let k = 0; k < round.length; k++) await (round[(i + k) % round.length] as () => Promise<number>)();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const base = median(times.current);
    t.diagnostic(
      `CPU ms per failed login, medians: unknown ${median(times.unknown).toFixed(1)}, old hash ${median(times.aged).toFixed(1)}, current ${base.toFixed(1)}`,
    );
    for (const [kind, list] of Object.entries(times)) {
      const ratio = median(list) / base;
      assert.ok(
        ratio > 0.7 && ratio < 1.4,
        `a failed login for ${kind}: median ${median(list).toFixed(1)} ms of CPU against ${base.toFixed(1)} ms for a current hash`,
      );
    }
    // The old hash still lets its owner in, and is replaced at today's cost.
    assert.equal((await new Device(url).logIn(aged[0] as string)).status, 200);
    const rows = await sql.query('SELECT password_hash FROM accounts WHERE email = $1', [aged[0]]);
    assert.match(rows.rows[0].password_hash, new RegExp(`^scrypt\\$${2 ** TIMING_SCRYPT_LOG2N}\\$`));
  });

  test('wrong current passwords at password change and deletion are backed off and audited with address and agent', async () => {
    const d = new Device(url);
    const email = await d.signUp();
    const agent = { 'user-agent': 'UnknotTest/1.0 (hardening)' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await d.call(
            'POST',
            '/api/v1/password',
            { currentPassword: 'not it', newPassword: 'x'.repeat(12) },
            agent,
          )
        ).status,
      );
      statuses.push((await d.call('DELETE', '/api/v1/account', { password: 'not it either' }, agent)).status);
    }
    assert.equal(statuses[0], 403);
    assert.equal(statuses.at(-1), 429, 'guessing through a signed-in browser is slowed');
    const rows = await sql.query(
      `SELECT event, client_address, user_agent FROM audit_log WHERE account_id =
         (SELECT id FROM accounts WHERE email = $1) AND event = 'password_check_failed'`,
      [email],
    );
    assert.ok(rows.rows.length >= 5);
    for (const row of rows.rows) {
      assert.equal(row.client_address, '127.0.0.1');
      assert.equal(row.user_agent, agent['user-agent']);
    }
  });
});

// The suites here sign up and guess with the test cost (server-helpers.ts); this one keeps production's own.
test("with the default settings, new passwords are hashed with scrypt at OWASP's cost (N=2^17, r=8, p=1)", async () => {
  const db = await freshPostgres();
  const s = await startServer({ port: 0, databaseUrl: db.url });
  const sql = new pg.Pool({ connectionString: db.url });
  try {
    const email = await new Device(s.url).signUp();
    const rows = await sql.query('SELECT password_hash FROM accounts WHERE email = $1', [email]);
    assert.match(rows.rows[0].password_hash, /^scrypt\$131072\$8\$1\$/);
  } finally {
    await sql.end();
    await s.close();
    await db.drop();
  }
});

describe('asking whether an email has an account is slow and limited', () => {
  test('sign-up answers 429 after the hourly limit per address', async () => {
    const dir = tempDir();
    const s = await startServer({
      port: 0,
      dataDir: dir.path,
      settings: { signUpsPerHour: 3, scryptLog2N: TEST_SCRYPT_LOG2N },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (
            await new Device(s.url).call('POST', '/api/v1/accounts', {
              email: uniqueEmail(),
              password: PASSWORD,
            })
          ).status,
        );
      }
      assert.deepEqual(statuses, [201, 201, 201, 429]);
    } finally {
      await s.close();
      dir.remove();
    }
  });
});

describe('behind a TLS proxy, only the proxy is trusted', () => {
  for (const [name, trust] of [
    ['a named proxy address', '127.0.0.1'],
    ['a hop count of 1', '1'],
  ] as const) {
    test(`with ${name}, a client cannot choose its own address, and TLS makes the cookie Secure`, async () => {
      const dir = tempDir();
      const s = await startServer({
        port: 0,
        dataDir: dir.path,
        authPerMinute: 5,
        settings: { trustProxy: parseTrustProxy(trust), signUpsPerHour: 100, scryptLog2N: TEST_SCRYPT_LOG2N },
      });
      try {
        // The proxy appends the address it saw after whatever the client wrote.
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) {
          const r = await new Device(s.url).call(
            'POST',
            '/api/v1/login',
            { email: uniqueEmail(), password: PASSWORD },
            { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` },
          );
          statuses.push(r.status);
        }
        assert.ok(statuses.includes(429), `the limit holds for the real address: ${statuses.join(' ')}`);
        const tls = await fetch(`${s.url}/api/v1/accounts`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': '203.0.113.8',
            'x-forwarded-proto': 'https',
          },
          body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD }),
        });
        assert.equal(tls.status, 201);
        for (const cookie of tls.headers.getSetCookie()) assert.match(cookie, /; Secure/);
      } finally {
        await s.close();
        dir.remove();
      }
    });
  }
});

test('two servers opening one PGlite directory at once: one runs, the other is refused clearly', async () => {
  const dir = tempDir();
  try {
    const [a, b] = await Promise.allSettled([openPglite(dir.path), openPglite(dir.path)]);
    const opened = [a, b].filter((r) => r.status === 'fulfilled');
    const refused = [a, b].filter((r) => r.status === 'rejected');
    assert.equal(opened.length, 1);
    assert.equal(refused.length, 1);
    assert.match(String((refused[0] as PromiseRejectedResult).reason), /is in use/);
    for (const r of opened)
      await (r as PromiseFulfilledResult<Awaited<ReturnType<typeof openPglite>>>).value.close();
  } finally {
    dir.remove();
  }
});
