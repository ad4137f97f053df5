import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appForSuite, expectHeading, openApp, seedCheck } from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

/** Makes every IndexedDB write fail as a full disk does, leaving reads working; returns the switch back. */
async function refuseWrites(page: Page, refuse: boolean): Promise<void> {
  await page.evaluate((on) => {
    const proto = IDBDatabase.prototype as IDBDatabase & { realTransaction?: IDBDatabase['transaction'] };
    proto.realTransaction ??= proto.transaction;
    const real = proto.realTransaction;
    proto.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (on && args[1] === 'readwrite') throw new DOMException('The disk is full', 'QuotaExceededError');
      return real.apply(this, args);
    } as IDBDatabase['transaction'];
  }, refuse);
}

describe('saves that fail in Chromium', { skip }, () => {
  const app = appForSuite();

  it('settings say the save failed, keep what was typed, and save once the device allows it', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await seedCheck(page);
    await page.goto(`${app.url}#/settings`);
    await expectHeading(page, 'Settings');
    await refuseWrites(page, true);
    // A time field saves as soon as it holds a whole time: there is no Save button.
    await page.getByLabel('Wake-up time').fill('08:15');
    await page.getByRole('alert').filter({ hasText: 'Could not save the settings' }).waitFor();
    assert.equal(await page.getByLabel('Wake-up time').inputValue(), '08:15');
    await refuseWrites(page, false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Could not save the settings' })
      .waitFor({ state: 'detached' });
    await page.reload();
    await expectHeading(page, 'Settings');
    assert.equal(await page.getByLabel('Wake-up time').inputValue(), '08:15');
    await context.close();
  });
});
