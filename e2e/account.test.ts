import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appForSuite, axeLightAndDark, expectHeading, openApp, pageErrors, settles } from './app.ts';
import { skipReason } from './browser.ts';

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'violet kettle on a tram';
const skip = skipReason();

async function createAccount(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/#/settings`);
  await expectHeading(page, 'Settings');
  await page.fill('#sync-email', email);
  await page.fill('#sync-password', PASSWORD);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByText(/Last synced at/).waitFor();
}

/** Signs in from outside the browser (its own cookie jar), so the app's login is left as it is. */
async function login(url: string, email: string, password: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('accounts in Settings', { skip }, () => {
  const app = appForSuite();

  it('stays signed in offline ("offline, will sync") and syncs again after reconnecting, without a reload', async () => {
    const { context, page } = await openApp(app.browser, app.url, undefined, { serviceWorker: true });
    await createAccount(page, app.url, 'offline@example.org');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });
    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, 'Settings');
    await page.getByText(/Offline: your entries are kept on this device and will sync/).waitFor();
    assert.match(await page.locator('main').innerText(), /Signed in as offline@example\.org/);
    assert.equal(await page.locator('#sync-password').count(), 0, 'no sign-in form for a signed-in person');
    await context.setOffline(false);
    await page.getByText(/Last synced at/).waitFor();
    await context.close();
  });

  it('changes the password, then deletes the account with the password typed again', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await createAccount(page, app.url, 'change@example.org');
    await page.getByText('Change password', { exact: true }).first().click();
    const change = page.getByRole('form', { name: 'Change password' });
    await change.getByLabel('Current password').fill('not my password at all');
    await change.getByLabel(/New password/).fill(NEW_PASSWORD);
    await change.getByRole('button', { name: 'Change password' }).click();
    await change
      .getByText(/currentPassword|password/i)
      .first()
      .waitFor();
    assert.equal(await change.getByLabel(/New password/).inputValue(), NEW_PASSWORD, 'what was typed stays');
    await change.getByLabel('Current password').fill(PASSWORD);
    await change.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.toast').getByText('Password changed. Your other devices are signed out.').waitFor();
    assert.equal(await login(app.url, 'change@example.org', NEW_PASSWORD), 200);

    await page.getByText('Delete my account', { exact: true }).first().click();
    const remove = page.getByRole('form', { name: 'Delete my account' });
    // Nothing typed: the message asks for the password, it does not call an empty field "too short".
    await remove.getByRole('button', { name: 'Delete my account' }).click();
    await remove.getByText('Password: type your password to confirm.').waitFor();
    assert.equal(await login(app.url, 'change@example.org', NEW_PASSWORD), 200, 'nothing was deleted');
    await remove.getByLabel('Password').fill(NEW_PASSWORD);
    await remove.getByRole('button', { name: 'Delete my account' }).click();
    await page.locator('.toast').getByText('Account deleted. Your diary stays on this device.').waitFor();
    await page.locator('#sync-email').waitFor();
    assert.equal(await login(app.url, 'change@example.org', NEW_PASSWORD), 401);
    assert.deepEqual(
      pageErrors(page).filter((e) => !/40[13]/.test(e)),
      [],
    );
    await context.close();
  });

  it('"Sign out everywhere" signs out this device at once and the other at its next sync', async () => {
    const phone = await openApp(app.browser, app.url);
    await createAccount(phone.page, app.url, 'everywhere@example.org');
    const laptop = await openApp(app.browser, app.url);
    await laptop.page.goto(`${app.url}/#/settings`);
    await expectHeading(laptop.page, 'Settings');
    await laptop.page.fill('#sync-email', 'everywhere@example.org');
    await laptop.page.fill('#sync-password', PASSWORD);
    await laptop.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await laptop.page.getByText(/Last synced at/).waitFor();

    const button = phone.page.getByRole('button', { name: 'Sign out everywhere' });
    assert.match(
      await button.evaluate(
        (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      ),
      /every other device that uses this account/,
    );
    assert.deepEqual(await axeLightAndDark(phone.page, 'settings-signed-in'), []);
    // It asks first, by keyboard: focus goes to Cancel inside the question; Cancel, and Escape, change nothing.
    const asked = phone.page.getByRole('group', { name: 'Sign out on every device, this one too?' });
    const cancel = asked.getByRole('button', { name: 'Cancel' });
    for (const how of ['Enter', 'Escape'] as const) {
      await button.focus();
      await phone.page.keyboard.press('Enter');
      await asked.waitFor();
      assert.equal(
        await settles(() => cancel.evaluate((b) => b === document.activeElement), true),
        true,
        'focus on Cancel',
      );
      if (how === 'Enter')
        assert.deepEqual(await axeLightAndDark(phone.page, 'settings-sign-out-everywhere'), []);
      await phone.page.keyboard.press(how);
      await button.waitFor();
      assert.equal(await asked.count(), 0);
      assert.equal(
        await settles(() => button.evaluate((b) => b === document.activeElement), true),
        true,
        'focus back',
      );
      assert.match(await phone.page.locator('main').innerText(), /Signed in as everywhere@example\.org/);
    }
    // Still signed in on the server too.
    const session = () => phone.page.evaluate(() => fetch('/api/v1/session').then((r) => r.json()));
    assert.equal((await session()).signedIn, true);
    await button.focus();
    await phone.page.keyboard.press('Enter');
    await asked.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
    await phone.page
      .locator('.toast')
      .getByText('Signed out on every device. Your diary stays on this device.')
      .waitFor();
    await phone.page.locator('#sync-email').waitFor();
    assert.deepEqual(await session(), { signedIn: false });
    await phone.page.reload();
    await expectHeading(phone.page, 'Settings');
    await phone.page.locator('#sync-email').waitFor();

    // The laptop still looks signed in until it next talks to the server.
    assert.match(await laptop.page.locator('main').innerText(), /Signed in as everywhere@example\.org/);
    await laptop.page.getByRole('button', { name: 'Sync now' }).click();
    await laptop.page.locator('#sync-email').waitFor();
    await laptop.page
      .getByRole('status')
      .filter({
        hasText: 'This device is no longer signed in. Your diary is still here: sign in again to sync it.',
      })
      .first()
      .waitFor();
    assert.deepEqual(await axeLightAndDark(laptop.page, 'settings-signed-out-elsewhere'), []);
    await laptop.page.reload();
    await expectHeading(laptop.page, 'Settings');
    await laptop.page.locator('#sync-email').waitFor();
    assert.equal(await login(app.url, 'everywhere@example.org', PASSWORD), 200, 'the password still works');
    for (const p of [phone.page, laptop.page])
      assert.deepEqual(
        pageErrors(p).filter((e) => !/401/.test(e)),
        [],
      );
    await phone.context.close();
    await laptop.context.close();
  });
});
