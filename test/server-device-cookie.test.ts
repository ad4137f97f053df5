import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { serverWithDb } from './clinician-helpers.ts';
import { Device } from './server-helpers.ts';

const DEVICE = 'unknot_device';

function deviceCookie(device: Device): string | undefined {
  const pair = device.cookie.split('; ').find((c) => c.startsWith(`${DEVICE}=`));
  return pair?.slice(DEVICE.length + 1);
}

/** Puts a device token into a browser's jar, as a script on a sibling site or a shared machine could. */
function plant(device: Device, token: string): void {
  const others = device.cookie.split('; ').filter((c) => c && !c.startsWith(`${DEVICE}=`));
  device.cookie = [...others, `${DEVICE}=${token}`].join('; ');
}

// The device cookie is read and issued by the server's code; its rows are the same SQL as every login's, which the
// sign-in tests of server-api.test.ts run on both databases. So this file runs on PGlite only.
for (const storage of ['PGlite'] as const) {
  describe(`device cookies the server did not issue are never adopted (${storage})`, () => {
    let url = '';
    const cleanups: Array<() => Promise<void>> = [];
    before(async () => {
      const s = await serverWithDb();
      url = s.url;
      cleanups.unshift(s.close);
    });
    after(async () => {
      for (const c of cleanups) await c();
    });

    test('a planted well-formed token is replaced at sign-in and cannot be used to lock that browser out', async () => {
      const victim = new Device(url);
      const email = await victim.signUp();
      await victim.call('POST', '/api/v1/logout', {});
      const planted = randomBytes(32).toString('base64url');
      plant(victim, planted);
      assert.equal((await victim.logIn(email)).status, 200);
      const issued = deviceCookie(victim);
      assert.ok(issued, 'a device cookie is set');
      assert.notEqual(issued, planted, 'the planted token is not adopted');

      // The planter guesses passwords under the token it planted: that is not a known device of the account.
      const planter = new Device(url);
      plant(planter, planted);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await planter.logIn(email, 'a wrong guess here')).status);
      assert.ok(statuses.includes(429), `the planter is slowed like any stranger: ${statuses.join(',')}`);

      await victim.call('POST', '/api/v1/logout', {});
      const back = await victim.logIn(email);
      assert.equal(back.status, 200, 'the browser the server knows is let through');
      assert.equal(deviceCookie(victim), issued, 'a token issued to this account is kept');
    });

    test("another account's genuine token is not adopted either", async () => {
      const other = new Device(url);
      await other.signUp();
      const theirs = deviceCookie(other);
      assert.ok(theirs);
      const victim = new Device(url);
      const email = await victim.signUp();
      await victim.call('POST', '/api/v1/logout', {});
      plant(victim, theirs);
      assert.equal((await victim.logIn(email)).status, 200);
      assert.notEqual(deviceCookie(victim), theirs);
    });
  });
}
