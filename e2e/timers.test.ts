import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { appForSuite, expectHeading, newContext, openApp, pageErrors, seedCheck } from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

/** A profile where notifications are denied and every tone and vibration is counted. */
async function deniedProfile(browser: Browser, url: string, at?: string) {
  const context = await newContext(browser, {
    viewport: { width: 390, height: 800 },
    timezoneId: 'UTC',
    locale: 'en-IE',
  });
  // A string, not a function: tsx would add helpers (__name) that do not exist in the page.
  await context.addInitScript(`
    const seen = { tones: 0, vibrations: 0, wakeLocks: 0, awake: 0 };
    window.seen = seen;
    // The real screen wake lock, counted: how many were asked for, and how many are held now.
    if (navigator.wakeLock) {
      const request = navigator.wakeLock.request.bind(navigator.wakeLock);
      navigator.wakeLock.request = async (type) => {
        seen.wakeLocks++;
        const sentinel = await request(type);
        seen.awake++;
        sentinel.addEventListener('release', () => seen.awake--);
        return sentinel;
      };
    }
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...a) {
      seen.tones++;
      return start.apply(this, a);
    };
    navigator.vibrate = () => {
      seen.vibrations++;
      return true;
    };
    Object.defineProperty(Notification, 'permission', { configurable: true, get: () => 'denied' });
    Notification.requestPermission = () => Promise.resolve('denied');
  `);
  return openApp(browser, url, at, { context });
}

type Seen = { tones: number; vibrations: number; wakeLocks: number; awake: number };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

describe('timers that finish out loud, keep the screen on', { skip }, () => {
  // The full browser: the headless shell has no screen wake lock.
  const app = appForSuite('full');

  it('ends a session with notifications denied: on screen, a tone and a vibration, then "how did that feel?"', async () => {
    const { context, page } = await deniedProfile(app.browser, app.url, '2026-11-20T09:05:00');
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await page.getByRole('button', { name: /Start 20-minute cold session/ }).click();
    await page.getByRole('timer').waitFor();
    assert.equal((await seen(page)).tones, 0);
    await page.waitForFunction(() => (window as unknown as { seen: Seen }).seen.awake === 1);
    assert.equal((await seen(page)).wakeLocks, 1, 'the screen is kept awake while the session runs');
    await page.clock.fastForward('20:01');
    await page.getByRole('heading', { name: 'Cold pack session done' }).waitFor();
    await page.getByText('How did that feel?').waitFor();
    await page.getByRole('status').filter({ hasText: 'Cold pack session done' }).waitFor();
    await page.waitForFunction(() => (window as unknown as { seen: Seen }).seen.awake === 0);
    const after = await seen(page);
    assert.ok(after.tones >= 1, 'a tone played');
    assert.ok(after.vibrations >= 1, 'the phone vibrated');
    await page.getByRole('button', { name: 'Better', exact: true }).click();
    await page.locator('.toast').getByText('Saved: better after the session.').waitFor();
    await page.getByRole('link', { name: 'Diary' }).click();
    await page
      .locator('.day-facts .fact')
      .filter({ hasText: /^Cold pack, 20 minutes at \d\d:\d\d, felt better after$/ })
      .waitFor();
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('stopping early keeps the minutes done; sound can be turned off', async () => {
    const { context, page } = await deniedProfile(app.browser, app.url, '2026-11-20T09:05:00');
    await seedCheck(page);
    await page.goto(`${app.url}/#/settings`);
    await expectHeading(page, 'Settings');
    await page.getByLabel(/Play a sound/).uncheck();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('button', { name: /Start 20-minute cold session/ }).click();
    await page.getByRole('timer').waitFor();
    await page.clock.fastForward('07:30');
    await page.getByRole('button', { name: 'Stop now' }).click();
    await page
      .locator('.toast')
      .getByText('Cold pack session stopped: 7 minutes saved to your diary.')
      .waitFor();
    await page.getByText('How did that feel?').waitFor();
    const after = await seen(page);
    assert.equal(after.tones, 0, 'no tone with sound off');
    await page.getByRole('link', { name: 'Diary' }).click();
    await page
      .locator('.day-facts .fact')
      .filter({ hasText: /^Cold pack, 7 minutes at / })
      .waitFor();
    await context.close();
  });

  it('advances exercise holds by themselves with a tone at each hold end', async () => {
    const { context, page } = await deniedProfile(app.browser, app.url);
    await page.goto(`${app.url}/#/exercises/knee_to_chest`);
    const card = page.locator('#ex-knee_to_chest');
    await card.getByRole('button', { name: 'Start hold 1' }).click();
    // runFor fires every timer on the way, as passing time would; a jump (fastForward) fires each due timer
    // once, and a tick left from the phase before could restart a hold after the jump.
    for (const done of [1, 2, 3]) {
      if (done > 1) {
        await page.clock.runFor(5_500); // the 5 s rest (REST_SECONDS in exercise-timer.tsx)
        await card.getByRole('button', { name: 'Holding…' }).waitFor();
      }
      await page.clock.runFor(15_500); // the 15 s hold
      await card.getByText(`${done} of 3 holds done`).waitFor();
    }
    await page.getByRole('status').filter({ hasText: 'Knee to chest: all done.' }).waitFor();
    assert.ok((await seen(page)).tones >= 3, 'a tone at the end of each hold');
    await context.close();
  });
});
