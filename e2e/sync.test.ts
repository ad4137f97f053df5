import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appForSuite, completeCheck, logPain, openApp, pageErrors } from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

async function signIn(
  page: Page,
  url: string,
  button: 'Sign in' | 'Create an account',
  email = 'pat@example.org',
): Promise<void> {
  await page.goto(`${url}/#/settings`);
  await page.fill('#sync-email', email);
  await page.fill('#sync-password', 'correct horse battery');
  await page.getByRole('button', { name: button }).click();
  await page.getByText(/Last synced at/).waitFor();
}

describe('optional sync with the server', { skip }, () => {
  const app = appForSuite();

  it('backs up the diary from one device and restores it on another, without duplicates', async () => {
    const a = await openApp(app.browser, app.url);
    await completeCheck(a.page);
    await a.page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(a.page, 6);
    await signIn(a.page, app.url, 'Create an account');
    await a.page.getByRole('button', { name: 'Sync now' }).click();
    await a.page.getByText(/Last synced at/).waitFor();

    const b = await openApp(app.browser, app.url);
    await signIn(b.page, app.url, 'Sign in');
    await b.page.goto(`${app.url}/#/diary`);
    await b.page.getByText('Pain 6 of 10').waitFor();
    await logPain(b.page, 3);
    await b.page.goto(`${app.url}/#/settings`);
    await b.page.getByRole('button', { name: 'Sync now' }).click();
    await b.page.getByText(/Last synced at/).waitFor();

    await a.page.goto(`${app.url}/#/settings`);
    await a.page.getByRole('button', { name: 'Sync now' }).click();
    await a.page.getByText(/Last synced at/).waitFor();
    await a.page.goto(`${app.url}/#/diary`);
    await a.page.getByText('Pain 3 of 10').waitFor();
    assert.equal(await a.page.getByText('Pain 6 of 10').count(), 1, 'the entry pushed twice is stored once');
    assert.deepEqual([...pageErrors(a.page), ...pageErrors(b.page)], []);
    await a.context.close();
    await b.context.close();
  });

  it('keeps an entry logged offline and sends it by itself when the connection returns', async () => {
    const email = 'offline@example.org';
    const a = await openApp(app.browser, app.url);
    await completeCheck(a.page);
    await a.page.getByRole('link', { name: 'Start my plan' }).click();
    await signIn(a.page, app.url, 'Create an account', email);

    await a.context.setOffline(true);
    await a.page.getByRole('link', { name: 'Today' }).click();
    await logPain(a.page, 8);
    await a.page.getByRole('link', { name: 'More' }).click();
    await a.page.getByRole('link', { name: /Settings/ }).click();
    await a.page.getByText(/Not synced yet/).waitFor();

    const b = await openApp(app.browser, app.url);
    await signIn(b.page, app.url, 'Sign in', email);
    await b.page.goto(`${app.url}/#/diary`);
    assert.equal(
      await b.page.getByText('Pain 8 of 10').count(),
      0,
      'nothing reached the server while offline',
    );

    // No tap on "Sync now": coming back online is enough.
    await a.context.setOffline(false);
    await a.page.evaluate(() => dispatchEvent(new Event('online')));
    await a.page.getByText(/Last synced at/).waitFor();

    await b.page.goto(`${app.url}/#/settings`);
    await b.page.getByRole('button', { name: 'Sync now' }).click();
    await b.page.getByText(/Last synced at/).waitFor();
    await b.page.goto(`${app.url}/#/diary`);
    await b.page.getByText('Pain 8 of 10').waitFor();
    assert.equal(await b.page.getByText('Pain 8 of 10').count(), 1);
    // The browser logs each refused fetch while offline; anything else is a real error.
    const offline = /net::ERR_INTERNET_DISCONNECTED/;
    assert.deepEqual(
      [...pageErrors(a.page), ...pageErrors(b.page)].filter((e) => !offline.test(e)),
      [],
    );
    await a.context.close();
    await b.context.close();
  });
});
