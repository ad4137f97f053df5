import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appForSuite, completeCheck, expectHeading, logPain, openApp, pageErrors } from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

describe('visible feedback with undo', { skip }, () => {
  const app = appForSuite();

  it('shows "Saved: pain 6" with Undo, keeps the focus, and Undo takes the entry back', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await completeCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await expectHeading(page, /^Today/);
    await page.getByText('No pain rating logged yet.').waitFor();
    await logPain(page, 6);
    const toast = page.locator('.toast');
    await toast.getByText(/^Saved: pain 6/).waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Save',
      'the focus stays on the button the person pressed',
    );
    await page.getByText('Last logged: pain 6, just now.').waitFor();
    await page.clock.fastForward('02:00:00');
    // The toast went after its time; "last logged" counts the hours.
    assert.equal(await toast.count(), 0);
    await page.getByText('Last logged: pain 6, 2 hours ago.').waitFor();

    await logPain(page, 4);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Undone.' }).waitFor();
    await toast.getByText('Undone.').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Close this message',
      'after Undo the focus stays in the message box',
    );
    await page.getByText('Last logged: pain 6, 2 hours ago.').waitFor();
    await page.getByRole('link', { name: 'Diary' }).click();
    await page.getByText('Pain 6 of 10').waitFor();
    assert.equal(await page.getByText('Pain 4 of 10').count(), 0, 'the undone entry is gone');
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('stays at least 6 seconds, waits while hovered, and Undo brings a deleted entry back', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await completeCheck(page);
    await page.getByRole('link', { name: 'Diary' }).click();
    await logPain(page, 8);
    await page.getByRole('button', { name: /^Delete entry/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('Nothing logged yet.').waitFor();
    const toast = page.locator('.toast');
    await toast.getByText('Entry deleted.').waitFor();
    await page.clock.fastForward('00:06');
    assert.ok(await toast.isVisible(), 'still there after 6 seconds');
    await toast.hover();
    await page.clock.fastForward('00:30');
    assert.ok(await toast.isVisible(), 'still there while the pointer is over it');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Pain 8 of 10').waitFor();
    await page.mouse.move(0, 0);
    await page.locator('main').focus();
    await page.clock.fastForward('00:09');
    assert.equal(await toast.count(), 0, 'gone once the pointer left and its time passed');
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('unknot');
          req.onsuccess = () => {
            const count = req.result.transaction('entries').objectStore('entries').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    assert.equal(stored, 3, 'the entry, its tombstone and the restoring entry: history is append-only');
    await context.close();
  });
});
