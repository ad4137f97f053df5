import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Entry } from '../src/core/entry.ts';
import { startServer } from '../src/server/main.ts';
import { retryDelayMs, SyncError, syncAll, syncOnce, whoAmI } from '../src/web/sync/client.ts';
import { anEntry, anEpisode, Device, freePort, TEST_SCRYPT_LOG2N, tempDir } from './server-helpers.ts';

/** A browser-like fetch for Node: it carries the device's login cookie, as a same-origin page would. */
function fetchAs(device: Device): typeof fetch {
  return (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as object), cookie: device.cookie } });
}

describe('the web sync client against a real server', () => {
  const dir = tempDir();
  let url = '';
  let close = async () => {};
  before(async () => {
    const s = await startServer({
      port: 0,
      settings: { scryptLog2N: TEST_SCRYPT_LOG2N, signUpsPerHour: 100_000 },
      dataDir: dir.path,
    });
    url = s.url;
    close = s.close;
  });
  after(async () => {
    await close();
    dir.remove();
  });

  test('syncAll pushes any number of entries in batches, and a second device pulls them all', async () => {
    const phone = new Device(url);
    const email = await phone.signUp();
    const pending = Array.from({ length: 1200 }, () => anEntry());
    const acked = new Set<string>();
    const cursor = await syncAll({
      fetch: fetchAs(phone),
      baseUrl: url,
      csrf: phone.csrf,
      pending: { entries: pending, episodes: [anEpisode()] },
      onRound: (r) => {
        for (const id of r.acknowledged) acked.add(id);
      },
    });
    assert.equal(acked.size, 1201);
    assert.ok(cursor);

    const laptop = new Device(url);
    await laptop.logIn(email);
    const pulled: Entry[] = [];
    const rounds: number[] = [];
    await syncAll({
      fetch: fetchAs(laptop),
      baseUrl: url,
      csrf: laptop.csrf,
      pending: { entries: [], episodes: [] },
      onRound: (r) => {
        pulled.push(...r.entries);
        rounds.push(r.entries.length);
      },
    });
    assert.equal(new Set(pulled.map((e) => e.id)).size, 1200);
    assert.ok(rounds.length >= 3, 'the history came in pages');
  });

  test('a retried push is acknowledged again and stored once', async () => {
    const d = new Device(url);
    await d.signUp();
    const entries = [anEntry(), anEntry()];
    const opts = { fetch: fetchAs(d), baseUrl: url, csrf: d.csrf, pending: { entries, episodes: [] } };
    const first = await syncOnce(opts);
    const again = await syncOnce(opts);
    assert.deepEqual(again.acknowledged.sort(), first.acknowledged.sort());
    assert.equal((await d.pullAll()).entries.length, 2);
  });

  test('failures say what to do: offline, signed out, stale CSRF, invalid record or cursor', async () => {
    const d = new Device(url);
    await d.signUp();
    const base = {
      fetch: fetchAs(d),
      baseUrl: url,
      csrf: d.csrf,
      pending: { entries: [anEntry()], episodes: [] },
    };
    const closedPort = `http://127.0.0.1:${await freePort()}`;
    const kinds = async (opts: Parameters<typeof syncOnce>[0]) => {
      try {
        await syncOnce(opts);
        return 'ok';
      } catch (error) {
        assert.ok(error instanceof SyncError);
        return error.kind;
      }
    };
    assert.equal(await kinds({ ...base, baseUrl: closedPort }), 'offline');
    assert.equal(await kinds({ ...base, fetch }), 'signed_out');
    assert.equal(await kinds({ ...base, csrf: 'stale' }), 'forbidden');
    // An invalid record is refused on its own, naming its field; the good one beside it is stored.
    const bad = { ...anEntry(), pain: 42 } as Entry;
    const good = anEntry();
    const r = await syncOnce({ ...base, pending: { entries: [bad, good], episodes: [] } });
    assert.deepEqual(r.acknowledged, [good.id]);
    assert.deepEqual(
      r.rejected.map((x) => [x.id, x.field]),
      [[bad.id, 'entries[0].pain']],
    );
    try {
      await syncOnce({ ...base, pending: { entries: [], episodes: [] }, cursor: 'not a cursor' });
      assert.fail('a bad cursor must be refused');
    } catch (error) {
      assert.ok(error instanceof SyncError);
      assert.equal(error.kind, 'invalid');
      assert.equal(error.field, 'cursor');
      assert.equal(error.retryable, false);
    }
  });

  test('whoAmI gives the CSRF token to a signed-in device and nothing to a signed-out one', async () => {
    const d = new Device(url);
    const email = await d.signUp();
    const me = await whoAmI({ fetch: fetchAs(d), baseUrl: url });
    assert.equal(me?.email, email);
    assert.equal(me?.csrf, d.csrf);
    assert.equal(await whoAmI({ fetch, baseUrl: url }), undefined);
  });

  test('retry delays grow, with jitter, and honour Retry-After', () => {
    assert.equal(
      retryDelayMs(0, undefined, () => 1),
      1000,
    );
    assert.equal(
      retryDelayMs(3, undefined, () => 0),
      4000,
    );
    assert.equal(
      retryDelayMs(30, undefined, () => 1),
      300_000,
    );
    assert.equal(retryDelayMs(0, new SyncError('server', 'busy', undefined, 7000)), 7000);
  });
});
