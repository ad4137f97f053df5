import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  appForSuite,
  axe,
  cspViolations,
  expectHeading,
  goToScreen,
  heading,
  keyTo,
  logPain,
  openApp,
  seedCheck,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

/** Waits for the next screen and for focus to land on its heading, where a keyboard user continues from. */
async function nextHeading(page: Page, previous: string): Promise<string> {
  await page.waitForFunction((prev) => {
    const h = document.querySelector('h1');
    // Focus lands on the new heading, or on the age question's field (its one field, typed in at once).
    const landed = document.activeElement === h || document.activeElement?.id === 'age';
    return h && h.textContent?.trim() !== prev && landed;
  }, previous);
  return heading(page);
}

describe('accessibility', { skip }, () => {
  const app = appForSuite();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every screen has no axe violations (${colorScheme})`, async () => {
      const { context, page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00', { colorScheme });
      const found: string[] = [];
      found.push(...(await axe(page, 'welcome')));
      await page.getByRole('link', { name: 'Check my back' }).click();
      await page.locator('.stage').waitFor();
      found.push(...(await axe(page, 'question')));
      await page.getByRole('button', { name: 'Yes', exact: true }).click();
      await page.getByRole('link', { name: 'Call 112 now' }).waitFor();
      found.push(...(await axe(page, 'emergency')));
      await page.getByRole('button', { name: /by mistake/ }).click();
      await page.getByRole('link', { name: 'Unknot', exact: true }).click();
      await expectHeading(page, 'Back spasm? Let’s work out what to do');
      // The check's own screens are tapped through (and the first question axed) in the keyboard test below and
      // in e2e/patient.test.ts; this test's subject is the screens, so it starts from the episode the check makes.
      await seedCheck(page);
      found.push(...(await axe(page, 'result')));
      await page.getByRole('link', { name: 'Start my plan' }).click();
      await page.getByRole('heading', { name: 'Log your pain' }).waitFor();
      await logPain(page, 6);
      await page.getByRole('button', { name: /Start 20-minute/ }).click();
      await page.getByRole('timer').waitFor();
      found.push(...(await axe(page, 'today')));
      for (const [tab, title] of [
        ['Diary', 'Pain diary'],
        ['Progress', 'Progress'],
        ['Exercises', 'Exercises'],
        ['More', 'More'],
      ] as const) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: tab }).click();
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        if (tab === 'Progress') await page.getByText('Show the numbers as a table').click();
        if (tab === 'Exercises') await page.getByText(/^Knee to chest/).click();
        if (tab === 'Diary') await page.getByRole('button', { name: /^Edit \w{3}, / }).click();
        found.push(...(await axe(page, tab)));
      }
      for (const [path, title] of [
        ['/#/learn', 'Learn about back spasms'],
        ['/#/settings', 'Settings'],
      ] as const) {
        await page.goto(app.url + path);
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        found.push(...(await axe(page, title)));
      }
      assert.deepEqual(found, []);
      assert.deepEqual(await cspViolations(page), []);
      await context.close();
    });
  }

  it('the axe check can fail: a picture without a text alternative and grey-on-grey text are reported', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    assert.deepEqual(await axe(page, 'welcome'), []);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/icons/icon-192.png';
      const faint = document.createElement('p');
      faint.textContent = 'hard to read';
      faint.style.cssText = 'color:#bbb;background:#fff';
      document.querySelector('main')?.append(img, faint);
    });
    const found = await axe(page, 'probe');
    assert.ok(
      found.some((v) => v.startsWith('probe: image-alt (1)')),
      found.join('; '),
    );
    assert.ok(
      found.some((v) => v.startsWith('probe: color-contrast (1)')),
      found.join('; '),
    );
    await context.close();
  });

  it('reflows at 320 CSS pixels (400% zoom of a 1280 screen) without sideways scrolling', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.setViewportSize({ width: 320, height: 640 });
    await seedCheck(page);
    const wide: string[] = [];
    for (const path of [
      '/#/result',
      '/#/today',
      '/#/diary',
      '/#/progress',
      '/#/exercises/bridge',
      '/#/learn',
      '/#/settings',
    ]) {
      await goToScreen(page, app.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    assert.deepEqual(wide, []);
    await context.close();
  });

  it('the whole check and a pain entry work with the keyboard alone', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await keyTo(page, 'Check my back');
    let h1 = await nextHeading(page, 'Back spasm? Let’s work out what to do');
    for (let i = 0; i < 80 && !h1.startsWith('That’s all'); i++) {
      if (await page.locator('#age').count()) {
        // The age field has focus as its question opens: typing needs no Tab first.
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'age');
        await page.keyboard.type('34');
        await page.keyboard.press('Enter');
      } else if (await page.locator('#onset').count()) await keyTo(page, 'Today');
      else if (await page.getByRole('button', { name: 'None of these' }).count())
        await keyTo(page, 'None of these');
      else await keyTo(page, 'No');
      h1 = await nextHeading(page, h1);
    }
    await keyTo(page, 'See what to do');
    h1 = await nextHeading(page, h1);
    assert.equal(h1, 'You can look after this yourself');
    await keyTo(page, 'Start my plan');
    await nextHeading(page, h1);
    await keyTo(page, '6, moderate');
    await keyTo(page, 'Save');
    await page.getByRole('status').filter({ hasText: 'Saved: pain 6' }).waitFor();
    await context.close();
  });
});
