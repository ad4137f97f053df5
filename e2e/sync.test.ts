import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { completeCheck, logPain, openApp, pageErrors } from './app.ts';
import { launch, skipReason } from './browser.ts';
import { serve } from './serve.ts';

const skip = skipReason();

async function signIn(page: Page, url: string, button: 'Sign in' | 'Create an account'): Promise<void> {
  await page.goto(`${url}/#/settings`);
  await page.fill('#sync-email', 'pat@example.org');
  await page.fill('#sync-password', 'correct horse battery');
  await page.getByRole('button', { name: button }).click();
  await page.getByText(/Last synced at/).waitFor();
}

describe('optional sync with the server', { skip }, () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('backs up the diary from one device and restores it on another, without duplicates', async () => {
    const a = await openApp(browser, server.url);
    await completeCheck(a.page);
    await a.page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(a.page, 6);
    await signIn(a.page, server.url, 'Create an account');
    await a.page.getByRole('button', { name: 'Sync now' }).click();
    await a.page.getByText(/Last synced at/).waitFor();

    const b = await openApp(browser, server.url);
    await signIn(b.page, server.url, 'Sign in');
    await b.page.goto(`${server.url}/#/diary`);
    await b.page.getByText('Pain 6 of 10').waitFor();
    await logPain(b.page, 3);
    await b.page.goto(`${server.url}/#/settings`);
    await b.page.getByRole('button', { name: 'Sync now' }).click();
    await b.page.getByText(/Last synced at/).waitFor();

    await a.page.goto(`${server.url}/#/settings`);
    await a.page.getByRole('button', { name: 'Sync now' }).click();
    await a.page.getByText(/Last synced at/).waitFor();
    await a.page.goto(`${server.url}/#/diary`);
    await a.page.getByText('Pain 3 of 10').waitFor();
    assert.equal(await a.page.getByText('Pain 6 of 10').count(), 1, 'the entry pushed twice is stored once');
    assert.deepEqual([...pageErrors(a.page), ...pageErrors(b.page)], []);
    await a.context.close();
    await b.context.close();
  });
});
