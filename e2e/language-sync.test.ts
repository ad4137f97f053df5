import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { uniqueEmail } from '../test/server-helpers.ts';
import { appForSuite, newContext, openApp } from './app.ts';
import { skipReason } from './browser.ts';

const PASSWORD = 'correct horse battery';

async function signIn(page: Page, url: string, button: 'Sign in' | 'Create an account', email: string) {
  await page.goto(`${url}/#/settings`);
  await page.fill('#sync-email', email);
  await page.fill('#sync-password', PASSWORD);
  await page.getByRole('button', { name: button }).click();
  await page.getByText(/Last synced at/).waitFor();
}

/** The language a sync request sent, if any. */
const sentLanguage = (r: Request): unknown => (r.postDataJSON() as { language?: unknown }).language;
const isSync = (r: Request) => r.url().endsWith('/api/v1/sync') && r.method() === 'POST';

describe('the language chosen in Settings follows the account to another device', {
  skip: skipReason(),
}, () => {
  const app = appForSuite();

  it('chosen on one device, it opens the next start of another in Spanish, without reloading it under the person', async () => {
    const email = uniqueEmail();
    const a = await openApp(app.browser, app.url);
    await signIn(a.page, app.url, 'Create an account', email);
    // Choosing Español opens the Spanish build at once; its start syncs, sending the choice and when it was made.
    const sent = a.page.waitForRequest((r) => isSync(r) && sentLanguage(r) !== undefined);
    await a.page.getByRole('radio', { name: 'Español' }).check();
    await a.page.waitForURL(/\/es\/#\/settings$/);
    const request = await sent;
    const choice = sentLanguage(request) as { value: string; chosenAt: string };
    assert.equal(choice.value, 'es');
    assert.ok(Number.isFinite(Date.parse(choice.chosenAt)), choice.chosenAt);
    const reply = await request.response();
    assert.ok(reply, 'the sync was answered');
    assert.equal(reply.status(), 200);
    assert.equal((await reply.json()).language.value, 'es');
    assert.equal(await a.page.locator('html').getAttribute('lang'), 'es');

    // Another device, its browser in American English, signs in to the same account.
    const context = await newContext(app.browser, { locale: 'en-US', timezoneId: 'UTC' });
    const b = await openApp(app.browser, app.url, undefined, { context });
    assert.equal(await b.page.locator('html').getAttribute('lang'), 'en');
    const pulled = b.page.waitForResponse((r) => isSync(r.request()));
    await signIn(b.page, app.url, 'Sign in', email);
    assert.equal((await (await pulled).json()).language.value, 'es');
    // The choice is kept for the next start; the page in use stays as it was.
    assert.equal(new URL(b.page.url()).pathname, '/');
    assert.equal(await b.page.locator('html').getAttribute('lang'), 'en');
    await b.page.getByText(/Last synced at/).waitFor();
    const [kept, keptAt] = await b.page.evaluate(() => [
      localStorage.getItem('unknot-language'),
      localStorage.getItem('unknot-language-chosen-at'),
    ]);
    assert.equal(kept, 'es');
    assert.equal(
      Date.parse(keptAt ?? ''),
      Date.parse(choice.chosenAt),
      'with the time it was chosen on device A',
    );

    await b.page.reload();
    await b.page.waitForURL(/\/es\/#\/settings$/);
    await b.page.locator('h1').first().waitFor();
    assert.equal(await b.page.locator('html').getAttribute('lang'), 'es');
    assert.equal(await b.page.getByRole('radio', { name: 'Español' }).isChecked(), true);
  });
});
