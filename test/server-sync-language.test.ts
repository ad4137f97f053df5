import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syncResponseSchema } from '../src/core/sync.ts';
import { patient, suiteServer } from './clinician-helpers.ts';
import { Device, PASSWORD, refused } from './server-helpers.ts';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

for (const store of ['PGlite', 'PostgreSQL'] as const) {
  describe(`the language chosen in Settings syncs with the account (${store})`, () => {
    const suite = suiteServer(store);

    test('a reply carries no language until a device sends one, then the account keeps it for every device', async () => {
      const a = await patient(suite.url);
      const first = await a.device.sync({});
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.body.language, undefined);

      const chosenAt = ago(60_000);
      const sent = await a.device.sync({ language: { value: 'es', chosenAt } });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.ok(syncResponseSchema.safeParse(sent.body).success, JSON.stringify(sent.body));
      assert.equal(sent.body.language.value, 'es');
      assert.equal(Date.parse(sent.body.language.chosenAt), Date.parse(chosenAt));

      // Another device of the same account, on its first sync: the choice comes with the reply.
      const b = new Device(suite.url);
      assert.equal((await b.logIn(a.email)).status, 200);
      const pulled = await b.sync({});
      assert.equal(pulled.status, 200, JSON.stringify(pulled.body));
      assert.deepEqual(pulled.body.language, sent.body.language);
    });

    test('the later choice wins whichever device syncs first; an older one is ignored', async () => {
      const a = await patient(suite.url);
      const b = new Device(suite.url);
      assert.equal((await b.logIn(a.email)).status, 200);
      const older = ago(2 * DAY);
      const newer = ago(DAY);
      assert.equal((await a.device.sync({ language: { value: 'en', chosenAt: newer } })).status, 200);
      const stale = await b.sync({ language: { value: 'es', chosenAt: older } });
      assert.equal(stale.status, 200, JSON.stringify(stale.body));
      assert.equal(stale.body.language.value, 'en', 'the older choice does not replace the newer');
      assert.equal(Date.parse(stale.body.language.chosenAt), Date.parse(newer));

      // The same instant written with another offset is not newer.
      const sameInstant = new Date(Date.parse(newer)).toISOString().replace('Z', '+00:00');
      const tie = await b.sync({ language: { value: 'es', chosenAt: sameInstant } });
      assert.equal(tie.body.language.value, 'en');

      const later = ago(1000).replace('Z', '123Z');
      const won = await b.sync({ language: { value: 'es', chosenAt: later } });
      assert.equal(won.body.language.value, 'es');
      assert.equal(Date.parse(won.body.language.chosenAt), Date.parse(later));
      assert.equal(won.body.language.chosenAt.slice(-7), later.slice(-7), 'kept to the microsecond');
      assert.equal((await a.device.sync({})).body.language.value, 'es');
    });

    test('a choice dated in the future beyond a few minutes counts as made now', async () => {
      const a = await patient(suite.url);
      const before = Date.now();
      const r = await a.device.sync({ language: { value: 'es', chosenAt: '2999-01-01T00:00:00Z' } });
      const after = Date.now();
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const at = Date.parse(r.body.language.chosenAt);
      assert.ok(at >= before - 1000 && at <= after + 1000, r.body.language.chosenAt);
      // So a choice made a minute later on another device still wins.
      const later = new Date(at + 60_000).toISOString();
      const b = new Device(suite.url);
      assert.equal((await b.logIn(a.email)).status, 200);
      assert.equal((await b.sync({ language: { value: 'en', chosenAt: later } })).body.language.value, 'en');
      // A device clock a minute fast is within the skew: its time is kept as sent.
      const c = await patient(suite.url);
      const soon = new Date(Date.now() + 60_000).toISOString();
      const kept = await c.device.sync({ language: { value: 'es', chosenAt: soon } });
      assert.equal(Date.parse(kept.body.language.chosenAt), Date.parse(soon));
    });

    test('a language that is not one, or a choice without its time, is refused with a 400 naming language', async () => {
      const a = await patient(suite.url);
      const chosenAt = ago(1000);
      for (const bad of [
        { value: 'fr', chosenAt },
        { value: 'ES', chosenAt },
        { value: 'es' },
        { value: 'es', chosenAt: 'yesterday' },
        { value: 'es', chosenAt: '2026-12-01T10:00:00' },
        { chosenAt },
        'es',
        null,
      ]) {
        const r = await a.device.sync({ language: bad });
        refused(r, `language ${JSON.stringify(bad)}`);
        assert.equal(r.status, 400);
        assert.match(r.body.error.field, /^language\b/, JSON.stringify(r.body));
        assert.match(r.body.error.message, /^language\b/, JSON.stringify(r.body));
      }
      assert.equal((await a.device.sync({})).body.language, undefined, 'nothing was kept');
      const fr = await a.device.sync({ language: { value: 'fr', chosenAt } });
      assert.match(fr.body.error.message, /en, es/, 'the message names the languages to choose from');
    });

    test('another account never sees the choice', async () => {
      const a = await patient(suite.url);
      const other = await patient(suite.url);
      assert.equal((await a.device.sync({ language: { value: 'es', chosenAt: ago(1000) } })).status, 200);
      const r = await other.device.sync({});
      assert.equal(r.status, 200);
      assert.equal(r.body.language, undefined);
      const own = await other.device.sync({ language: { value: 'en', chosenAt: ago(500) } });
      assert.equal(own.body.language.value, 'en');
      assert.equal((await a.device.sync({})).body.language.value, 'es');
    });

    test('erasing the account erases its choice: a new account under the same email starts without one', async () => {
      const a = await patient(suite.url);
      assert.equal((await a.device.sync({ language: { value: 'es', chosenAt: ago(1000) } })).status, 200);
      assert.equal((await a.device.call('DELETE', '/api/v1/account', { password: PASSWORD })).status, 204);
      const again = new Device(suite.url);
      await again.signUp(a.email);
      const r = await again.sync({});
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.language, undefined);
    });
  });
}
