import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { syncResponseSchema } from '../src/core/sync.ts';
import { startServer } from '../src/server/main.ts';
import {
  anEntry,
  anEpisode,
  Device,
  freshPostgres,
  PASSWORD,
  TEST_SCRYPT_LOG2N,
  tempDir,
  uniqueEmail,
} from './server-helpers.ts';

for (const mode of ['pglite', 'postgres'] as const) {
  describe(`the server on ${mode}`, () => {
    let url = '';
    let close: () => Promise<void> = async () => {};
    let sql: pg.Pool | undefined;
    const cleanups: Array<() => unknown> = [];

    before(async () => {
      const web = tempDir('unknot-web-');
      cleanups.push(web.remove);
      mkdirSync(join(web.path, 'assets'));
      writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>Unknot</title>');
      writeFileSync(join(web.path, 'assets', 'app-3f2a1b.js'), 'export {}');
      writeFileSync(join(web.path, 'sw.js'), '');
      if (mode === 'postgres') {
        const db = await freshPostgres();
        cleanups.push(db.drop);
        sql = new pg.Pool({ connectionString: db.url });
        const s = await startServer({
          port: 0,
          settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 100_000 },
          databaseUrl: db.url,
          webRoot: web.path,
        });
        url = s.url;
        close = s.close;
      } else {
        const dir = tempDir();
        cleanups.push(dir.remove);
        const s = await startServer({
          port: 0,
          settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 100_000 },
          dataDir: dir.path,
          webRoot: web.path,
          databaseUrl: undefined,
        });
        url = s.url;
        close = s.close;
      }
    });

    /**
     * A test that reads and writes no SQL of its own (headers, static files, the API document, the engines, request
     * checks before any query) runs on PGlite only: on PostgreSQL it would run the same code again.
     */
    const withoutSql = (name: string, fn: () => Promise<void>) => {
      if (mode === 'pglite') test(name, fn);
    };

    after(async () => {
      await close();
      await sql?.end();
      for (const c of cleanups.reverse()) await c();
    });

    test('health reports the database it uses', async () => {
      const r = await new Device(url).call('GET', '/api/health');
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, { status: 'ok', database: mode });
    });

    withoutSql(
      'every response carries the strict CSP and the other security headers, and no CORS',
      async () => {
        for (const path of ['/', '/api/health', '/api/v1/me', '/no/such/page']) {
          const r = await new Device(url).call('GET', path, undefined, { origin: 'https://evil.example' });
          const csp = r.headers.get('content-security-policy') ?? '';
          assert.match(csp, /default-src 'self'/);
          assert.match(csp, /script-src 'self'(;|$)/);
          assert.match(csp, /frame-ancestors 'none'/);
          assert.match(csp, /object-src 'none'/);
          assert.doesNotMatch(csp, /unsafe-inline/);
          assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
          assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
          assert.match(
            r.headers.get('permissions-policy') ?? '',
            /camera=\(\), microphone=\(\), geolocation=\(\)/,
          );
          assert.equal(r.headers.get('access-control-allow-origin'), null);
          if (path.startsWith('/api/')) assert.equal(r.headers.get('cache-control'), 'no-store', path);
        }
      },
    );

    withoutSql(
      'the web app: hashed assets are immutable, the shell is no-cache, unknown paths get index.html',
      async () => {
        const d = new Device(url);
        const asset = await d.call('GET', '/assets/app-3f2a1b.js');
        assert.equal(asset.status, 200);
        assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
        for (const path of ['/', '/index.html', '/sw.js', '/today/diary']) {
          const r = await d.call('GET', path);
          assert.equal(r.status, 200, path);
          assert.equal(r.headers.get('cache-control'), 'no-cache', path);
        }
        const deep = await d.call('GET', '/today/diary');
        assert.match(String(deep.body), /<title>Unknot<\/title>/);
        const api = await d.call('GET', '/api/v1/nothing-here');
        assert.equal(api.status, 404);
        assert.match(api.body.error.message, /no GET \/api\/v1\/nothing-here/);
      },
    );

    withoutSql('the OpenAPI document describes every endpoint with schemas from zod', async () => {
      const r = await new Device(url).call('GET', '/api/v1/openapi.json');
      assert.equal(r.status, 200);
      for (const path of [
        '/api/v1/accounts',
        '/api/v1/login',
        '/api/v1/sync',
        '/api/v1/triage',
        '/api/v1/plan',
        '/api/v1/me',
      ]) {
        assert.ok(r.body.paths[path], path);
      }
      const entry = r.body.components.schemas.Entry;
      assert.ok(entry.properties.pain);
      assert.deepEqual(entry.required.sort(), ['date', 'episodeId', 'id', 'recordedAt']);
    });

    withoutSql('triage and plan run the clinical engines and name a bad field', async () => {
      const d = new Device(url);
      const t = await d.call('POST', '/api/v1/triage', {
        age: 34,
        onset: '2026-11-20',
        asOf: '2026-11-21',
        findings: ['saddle_numbness'],
      });
      assert.equal(t.status, 200);
      assert.equal(t.body.disposition, 'emergency');
      const p = await d.call('POST', '/api/v1/plan', { age: 34, onset: '2026-11-20', asOf: '2026-11-21' });
      assert.equal(p.status, 200);
      assert.ok(p.body.sessions.length > 0);
      const bad = await d.call('POST', '/api/v1/triage', {
        age: 34,
        onset: '2026-02-30',
        asOf: '2026-11-21',
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.field, 'onset');
      assert.match(bad.body.error.message, /onset/);
    });

    test('sign-up signs in; me tells the email and the CSRF token; logout ends the login', async () => {
      const d = new Device(url);
      const email = await d.signUp();
      const me = await d.call('GET', '/api/v1/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.email, email);
      assert.equal(me.body.csrf, d.csrf);
      const again = await new Device(url).call('POST', '/api/v1/accounts', { email, password: PASSWORD });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.field, 'email');
      assert.equal((await d.call('POST', '/api/v1/logout', undefined)).status, 204);
      assert.equal((await d.call('GET', '/api/v1/me')).status, 401);
    });

    test('the login cookie is HttpOnly and SameSite=Strict, and logins expire', async () => {
      const d = new Device(url);
      const r = await d.call('POST', '/api/v1/accounts', { email: uniqueEmail(), password: PASSWORD });
      const cookie = r.headers.get('set-cookie') ?? '';
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      assert.match(cookie, /Max-Age=2592000/);
      if (sql) {
        await sql.query("UPDATE logins SET expires_at = now() - interval '1 second'");
        assert.equal((await d.call('GET', '/api/v1/me')).status, 401);
      }
    });

    withoutSql(
      'sign-up and login refuse bodies that are not JSON (cross-site forms cannot post them)',
      async () => {
        const d = new Device(url);
        const r = await d.call('POST', '/api/v1/login', 'email=a@b.org&password=x', {
          'content-type': 'application/x-www-form-urlencoded',
        });
        assert.equal(r.status, 415);
        assert.match(r.body.error.message, /application\/json/);
        const t = await d.call('POST', '/api/v1/accounts', '{"email":"x@y.org","password":"0123456789ab"}', {
          'content-type': 'text/plain',
        });
        assert.equal(t.status, 415);
      },
    );

    withoutSql('state-changing requests without the CSRF header are refused', async () => {
      const d = new Device(url);
      await d.signUp();
      const csrf = d.csrf;
      d.csrf = '';
      const r = await d.sync({ entries: [anEntry()] });
      assert.equal(r.status, 403);
      assert.equal(r.body.error.field, 'x-unknot-csrf');
      d.csrf = 'not-the-token';
      assert.equal((await d.call('POST', '/api/v1/logout', undefined)).status, 403);
      d.csrf = csrf;
      const pulled = await d.pullAll();
      assert.equal(pulled.entries.length, 0);
    });

    test('wrong passwords back off: after five failures the next try must wait', async () => {
      const d = new Device(url);
      const email = await d.signUp();
      const other = new Device(url);
      for (let i = 0; i < 5; i++)
        assert.equal((await other.logIn(email, 'wrong password, sorry')).status, 401);
      assert.equal((await other.logIn(email, 'wrong password, sorry')).status, 401);
      const locked = await other.logIn(email, PASSWORD);
      assert.equal(locked.status, 429);
      assert.ok(Number(locked.headers.get('retry-after')) > 0);
      assert.match(locked.body.error.message, /wait \d+ seconds?/);
    });

    test('changing the password signs out other devices and needs the current one', async () => {
      const a = new Device(url);
      const email = await a.signUp();
      const b = new Device(url);
      assert.equal((await b.logIn(email)).status, 200);
      const wrong = await a.call('POST', '/api/v1/password', {
        currentPassword: 'nope nope nope',
        newPassword: 'a new long password',
      });
      assert.equal(wrong.status, 403);
      assert.equal(wrong.body.error.field, 'currentPassword');
      const ok = await a.call('POST', '/api/v1/password', {
        currentPassword: PASSWORD,
        newPassword: 'a new long password',
      });
      assert.equal(ok.status, 200);
      assert.equal((await a.call('GET', '/api/v1/me')).status, 200);
      assert.equal((await b.call('GET', '/api/v1/me')).status, 401);
      assert.equal((await new Device(url).logIn(email, 'a new long password')).status, 200);
    });

    test('signing out everywhere ends every login of the account, and no other account’s', async () => {
      const phone = new Device(url);
      const email = await phone.signUp();
      const laptop = new Device(url);
      assert.equal((await laptop.logIn(email)).status, 200);
      const stranger = new Device(url);
      const strangerEmail = await stranger.signUp();
      const strangerTablet = new Device(url);
      assert.equal((await strangerTablet.logIn(strangerEmail)).status, 200);
      const phoneCookie = phone.cookie;

      const out = await phone.call('POST', '/api/v1/account/sign-out-everywhere', {});
      assert.equal(out.status, 204);
      assert.doesNotMatch(phone.cookie, /unknot_login=/, 'this device’s login cookie is cleared');
      for (const [who, device] of [
        ['the device that asked', phone],
        ['the other device', laptop],
      ] as const) {
        assert.equal((await device.call('GET', '/api/v1/me')).status, 401, who);
        assert.equal((await device.sync({ entries: [anEntry()] })).status, 401, who);
      }
      const replayed = new Device(url);
      replayed.cookie = phoneCookie;
      assert.equal(
        (await replayed.call('GET', '/api/v1/me')).status,
        401,
        'the old cookie is dead on the server',
      );
      for (const device of [stranger, strangerTablet])
        assert.equal((await device.call('GET', '/api/v1/me')).status, 200, 'another account is untouched');
      assert.equal((await new Device(url).logIn(email)).status, 200, 'the password still works');
      if (sql) {
        const rows = await sql.query(
          "SELECT a.detail FROM audit_log a JOIN accounts c ON c.id = a.account_id WHERE c.email = $1 AND a.event = 'signed_out_everywhere'",
          [email],
        );
        assert.deepEqual(
          rows.rows.map((r) => r.detail),
          [{ logins: 2 }],
        );
      }
    });

    test('a retried push never duplicates, and the response matches the sync schema', async () => {
      const d = new Device(url);
      await d.signUp();
      const entries = [anEntry(), anEntry({ pain: 3 })];
      const first = await d.sync({ entries });
      assert.equal(first.status, 200);
      syncResponseSchema.parse(first.body);
      assert.deepEqual(first.body.acknowledged.sort(), entries.map((e) => e.id).sort());
      const retry = await d.sync({ entries });
      assert.deepEqual(retry.body.acknowledged.sort(), entries.map((e) => e.id).sort());
      const shouted = anEntry({ id: crypto.randomUUID().toUpperCase() });
      assert.deepEqual((await d.sync({ entries: [shouted] })).body.acknowledged, [shouted.id]);
      assert.deepEqual(
        (await d.sync({ entries: [shouted] })).body.acknowledged,
        [shouted.id],
        'a retry in capitals too',
      );
      const all = await d.pullAll();
      assert.equal(all.entries.length, 3);
      assert.deepEqual(
        all.entries.find((e) => e.id === entries[1]?.id),
        entries[1],
      );
    });

    test('two devices of one account converge, supersedes and tombstones included', async () => {
      const phone = new Device(url);
      const email = await phone.signUp();
      const laptop = new Device(url);
      await laptop.logIn(email);
      const original = anEntry({ pain: 8 });
      const p1 = await phone.sync({ entries: [original] });
      const l1 = await laptop.sync({});
      assert.deepEqual(l1.body.entries, [original]);
      const edit = anEntry({ pain: 5, supersedes: original.id, episodeId: original.episodeId });
      const l2 = await laptop.sync({ cursor: l1.body.cursor, entries: [edit] });
      assert.deepEqual(l2.body.acknowledged, [edit.id]);
      const tomb = anEntry({ supersedes: edit.id, deleted: true, episodeId: original.episodeId });
      await phone.sync({ cursor: p1.body.cursor, entries: [tomb] });
      const phoneAll = await phone.pullAll();
      const laptopAll = await laptop.pullAll();
      const ids = (es: { id: string }[]) => es.map((e) => e.id).sort();
      assert.deepEqual(ids(phoneAll.entries), ids([original, edit, tomb]));
      assert.deepEqual(ids(laptopAll.entries), ids(phoneAll.entries));
    });

    test('the cursor pulls only what changed, and pushed entries are not echoed back', async () => {
      const a = new Device(url);
      const email = await a.signUp();
      const b = new Device(url);
      await b.logIn(email);
      const first = await a.sync({ entries: [anEntry()] });
      assert.deepEqual(first.body.entries, []);
      const fromB = anEntry();
      await b.sync({ entries: [fromB] });
      const next = await a.sync({ cursor: first.body.cursor });
      assert.deepEqual(next.body.entries, [fromB]);
      const none = await a.sync({ cursor: next.body.cursor });
      assert.deepEqual(none.body.entries, []);
      assert.equal(none.body.cursor, next.body.cursor);
      const bad = await a.sync({ cursor: 'drop table entries' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.field, 'cursor');
    });

    test('clients that give up while waiting in line do not block the syncs after them', async () => {
      const d = new Device(url);
      await d.signUp();
      const headers = { 'content-type': 'application/json', cookie: d.cookie, 'x-unknot-csrf': d.csrf };
      const abandoned = Array.from({ length: 60 }, () =>
        fetch(`${url}/api/v1/sync`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ entries: Array.from({ length: 50 }, () => anEntry()) }),
          signal: AbortSignal.timeout(5),
        }).catch(() => undefined),
      );
      await Promise.all(abandoned);
      // The account's own two turns are free again too: two at a time, twenty times.
      const after = [];
      for (let i = 0; i < 20; i++)
        after.push(
          ...(await Promise.all([d.sync({ entries: [anEntry()] }), d.sync({ entries: [anEntry()] })])),
        );
      assert.deepEqual(
        after.map((r) => r.status),
        after.map(() => 200),
      );
    });

    test('a long history comes in pages with more=true until the end', async () => {
      const a = new Device(url);
      const email = await a.signUp();
      const batch = () => Array.from({ length: 400 }, () => anEntry());
      const pushed = [...batch(), ...batch()];
      await a.sync({ entries: pushed.slice(0, 400) });
      await a.sync({ entries: pushed.slice(400) });
      const b = new Device(url);
      await b.logIn(email);
      const page1 = await b.sync({});
      assert.equal(page1.body.entries.length, 500);
      assert.equal(page1.body.more, true);
      const page2 = await b.sync({ cursor: page1.body.cursor });
      assert.equal(page2.body.entries.length, 300);
      assert.equal(page2.body.more, false);
      const got = new Set([...page1.body.entries, ...page2.body.entries].map((e: { id: string }) => e.id));
      assert.equal(got.size, 800);
    });

    test('episodes: the latest updatedAt wins, whichever device pushes last', async () => {
      const a = new Device(url);
      const email = await a.signUp();
      const b = new Device(url);
      await b.logIn(email);
      const episode = anEpisode();
      const newer = {
        ...episode,
        updatedAt: '2026-11-22T08:00:00.000Z',
        closedAt: '2026-11-22T08:00:00.000Z',
      };
      assert.deepEqual((await b.sync({ episodes: [newer] })).body.acknowledged, [episode.id]);
      // The older copy arrives late: acknowledged (the server holds a newer one) but not stored over it.
      assert.deepEqual((await a.sync({ episodes: [episode] })).body.acknowledged, [episode.id]);
      const all = await a.pullAll();
      assert.deepEqual(all.episodes, [newer]);
    });

    test('an id held by another account is refused, and nothing of it is shown', async () => {
      const owner = new Device(url);
      await owner.signUp();
      const secret = anEntry({ note: 'private' });
      const episode = anEpisode();
      await owner.sync({ entries: [secret], episodes: [episode] });
      const thief = new Device(url);
      await thief.signUp();
      const r = await thief.sync({
        entries: [{ ...secret, note: 'mine now' }],
        episodes: [{ ...episode, updatedAt: '2030-01-01T00:00:00Z' }],
      });
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.acknowledged, []);
      assert.deepEqual(r.body.refused.sort(), [secret.id, episode.id].sort());
      assert.deepEqual(r.body.entries, []);
      assert.doesNotMatch(JSON.stringify(r.body), /private/);
      const ownerView = await owner.pullAll();
      assert.deepEqual(ownerView.entries, [secret]);
      assert.deepEqual(ownerView.episodes, [episode]);
    });

    test('deleting the account needs the password and erases every row of it', async () => {
      const d = new Device(url);
      const email = await d.signUp();
      await d.sync({ entries: [anEntry(), anEntry()], episodes: [anEpisode()] });
      await new Device(url).logIn(email, 'a wrong password here');
      const wrong = await d.call('DELETE', '/api/v1/account', { password: 'not my password' });
      assert.equal(wrong.status, 403);
      const accountId = sql
        ? (await sql.query('SELECT id FROM accounts WHERE email = $1', [email])).rows[0].id
        : '';
      if (sql) {
        const held = await sql.query(
          `SELECT (SELECT count(*) FROM entries WHERE account_id = $1)::int AS entries,
                  (SELECT count(*) FROM audit_log WHERE account_id = $1)::int AS audit`,
          [accountId],
        );
        // Sign-up, the failed login, the wrong password at deletion.
        assert.deepEqual(held.rows[0], { entries: 2, audit: 3 }, 'the account held rows before');
      }
      const gone = await d.call('DELETE', '/api/v1/account', { password: PASSWORD });
      assert.equal(gone.status, 204);
      assert.equal((await d.call('GET', '/api/v1/me')).status, 401);
      if (sql) {
        const left = await sql.query(
          `SELECT (SELECT count(*) FROM accounts WHERE id = $1)::int AS accounts,
                  (SELECT count(*) FROM entries WHERE account_id = $1)::int AS entries,
                  (SELECT count(*) FROM episodes WHERE account_id = $1)::int AS episodes,
                  (SELECT count(*) FROM logins WHERE account_id = $1)::int AS logins,
                  (SELECT count(*) FROM audit_log WHERE account_id = $1)::int AS audit`,
          [accountId],
        );
        assert.deepEqual(left.rows[0], { accounts: 0, entries: 0, episodes: 0, logins: 0, audit: 0 });
        const emailKey = createHash('sha256').update(`unknot-login:${email}`).digest('base64url');
        const backoff = await sql.query(
          'SELECT count(*)::int AS n FROM login_failures WHERE email_hash = $1',
          [emailKey],
        );
        assert.equal(backoff.rows[0].n, 0, 'no trace of the email in the login backoff');
        const events = await sql.query(
          "SELECT count(*)::int AS n FROM audit_log WHERE event = 'account_deleted'",
        );
        assert.ok(events.rows[0].n >= 1);
      }
      assert.equal((await new Device(url).logIn(email)).status, 401);
    });

    withoutSql('errors are JSON that name the field, never a stack trace', async () => {
      const d = new Device(url);
      const cases: Array<[string, string, unknown, number]> = [
        ['POST', '/api/v1/accounts', { email: 'not-an-email', password: PASSWORD }, 400],
        ['POST', '/api/v1/accounts', { email: uniqueEmail(), password: 'short' }, 400],
        ['POST', '/api/v1/login', '{"email": ', 400],
        ['POST', '/api/v1/triage', [], 400],
      ];
      for (const [method, path, body, status] of cases) {
        const r = await d.call(method, path, body);
        assert.equal(r.status, status, `${path} ${JSON.stringify(body)}`);
        assert.equal(typeof r.body.error.message, 'string');
        assert.doesNotMatch(r.body.error.message, /at .*\.ts:\d+/);
      }
      const signedIn = new Device(url);
      await signedIn.signUp();
      // A bad record in a batch is refused on its own, with its field and reason.
      const bad = { ...anEntry(), pain: 11 };
      const pain = await signedIn.sync({ entries: [bad] });
      assert.equal(pain.status, 200);
      assert.deepEqual(pain.body.acknowledged, []);
      assert.deepEqual(pain.body.rejected, [
        { id: bad.id, field: 'entries[0].pain', message: 'entries[0].pain must be at most 10 (got 11)' },
      ]);
      const date = await signedIn.sync({ entries: [{ ...anEntry(), date: '2026-02-30' }] });
      assert.equal(
        date.body.rejected[0].message,
        'entries[0].date is not a real calendar date (got "2026-02-30")',
      );
      const short = await d.call('POST', '/api/v1/accounts', { email: uniqueEmail(), password: 'short' });
      assert.equal(short.body.error.field, 'password');
      assert.match(short.body.error.message, /10 to 200 characters/);
      assert.doesNotMatch(short.body.error.message, /short/, 'a password is never quoted back');
    });
  });
}
