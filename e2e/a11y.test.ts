import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { everyCatalogue } from '../src/core/knowledge/text/every.ts';
import type { Language } from '../src/core/knowledge/text/languages.ts';
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
  wordsBefore,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

/**
 * Each language's build as a person there opens it: the browser's locale sends them to theirs (`/` or `/es/`),
 * and its region gives the emergency number.
 */
type Build = { language: Language; locale: string; path: string; number: string };
const ENGLISH: Build = { language: 'en', locale: 'en-IE', path: '/', number: '112' };
const SPANISH: Build = { language: 'es', locale: 'es-MX', path: '/es/', number: '911' };
const BUILDS = [ENGLISH, SPANISH];

/** Escapes a catalogue string for a RegExp. */
const literal = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

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

  // Every screen in English in both themes; in Spanish the same screens in the light theme only: the dark
  // theme changes colours alone (test/dark-theme.test.ts), which the words of a language do not.
  const runs = [
    { build: ENGLISH, colorScheme: 'light' },
    { build: ENGLISH, colorScheme: 'dark' },
    { build: SPANISH, colorScheme: 'light' },
  ] as const;
  for (const { build, colorScheme } of runs) {
    it(`every screen has no axe violations (${build.language}, ${colorScheme})`, async () => {
      const words = everyCatalogue[build.language];
      const w = words.app;
      const { context, page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00', {
        colorScheme,
        locale: build.locale,
      });
      assert.equal(new URL(page.url()).pathname, build.path);
      assert.equal(await page.evaluate(() => document.documentElement.lang), build.language);
      const found: string[] = [];
      found.push(...(await axe(page, 'welcome')));
      await page.getByRole('link', { name: w.welcome.check }).click();
      await page.locator('.stage').waitFor();
      found.push(...(await axe(page, 'question')));
      await page.getByRole('button', { name: w.common.yes, exact: true }).click();
      await page.getByRole('link', { name: w.emergency.call(build.number) }).waitFor();
      found.push(...(await axe(page, 'emergency')));
      await page.getByRole('button', { name: w.emergency.mistake }).click();
      await page.getByRole('link', { name: 'Unknot', exact: true }).click();
      await expectHeading(page, w.welcome.title);
      // The check's own screens are tapped through (and the first question axed) in the keyboard test below and
      // in e2e/patient.test.ts; this test's subject is the screens, so it starts from the episode the check makes.
      await seedCheck(page);
      found.push(...(await axe(page, 'result')));
      await page.getByRole('link', { name: w.result.startPlan }).click();
      await page.getByRole('heading', { name: w.today.logPain }).waitFor();
      await logPain(page, 6);
      // Day 0 of a new episode: the first cold session.
      await page.getByRole('button', { name: w.today.start(20, 'ice') }).click();
      await page.getByRole('timer').waitFor();
      found.push(...(await axe(page, 'today')));
      const tabs = w.shell.tabs;
      for (const [tab, title] of [
        [tabs.diary, w.diary.title],
        [tabs.progress, w.progress.title],
        [tabs.exercises, w.exercises.title],
        [tabs.more, w.more.title],
      ] as const) {
        await page
          .getByRole('navigation', { name: w.shell.mainNav })
          .getByRole('link', { name: tab })
          .click();
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        if (tab === tabs.progress) await page.getByText(w.progress.showTable).click();
        if (tab === tabs.exercises)
          await page.getByText(new RegExp(`^${literal(words.exercises.items.knee_to_chest.name)}`)).click();
        // The first day's Edit button (named "Edit" and the day).
        if (tab === tabs.diary) await page.locator('.day-head').first().getByRole('button').click();
        found.push(...(await axe(page, tab)));
      }
      for (const [hash, title] of [
        ['#/learn', w.learn.title],
        ['#/settings', w.settings.title],
      ] as const) {
        await page.goto(app.url + build.path + hash);
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

  for (const build of BUILDS) {
    it(`the whole check and a pain entry work with the keyboard alone (${build.language})`, async () => {
      const w = everyCatalogue[build.language].app;
      const { context, page } = await openApp(app.browser, app.url, undefined, { locale: build.locale });
      assert.equal(new URL(page.url()).pathname, build.path);
      await keyTo(page, w.welcome.check);
      let h1 = await nextHeading(page, w.welcome.title);
      for (let i = 0; i < 80 && h1 !== w.check.doneTitle; i++) {
        if (await page.locator('#age').count()) {
          // The age field has focus as its question opens: typing needs no Tab first.
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'age');
          await page.keyboard.type('34');
          await page.keyboard.press('Enter');
        } else if (await page.locator('#onset').count()) await keyTo(page, w.check.quick.today);
        else if (await page.getByRole('button', { name: w.common.noneOfThese }).count())
          await keyTo(page, w.common.noneOfThese);
        else await keyTo(page, w.common.no);
        h1 = await nextHeading(page, h1);
      }
      await keyTo(page, w.common.seeWhatToDo);
      h1 = await nextHeading(page, h1);
      assert.equal(h1, everyCatalogue[build.language].dispositions.self_care.title);
      await keyTo(page, w.result.startPlan);
      await nextHeading(page, h1);
      await keyTo(page, w.pain.name(6, w.pain.bands.moderate));
      await keyTo(page, w.common.save);
      await page
        .getByRole('status')
        .filter({ hasText: wordsBefore((d) => w.diaryForm.savedPain(6, d)) })
        .waitFor();
      await context.close();
    });
  }
});
