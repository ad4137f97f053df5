/**
 * The README's screenshots: Today, Progress and a question of the check, light and dark, 390 CSS px wide, from a
 * diary seeded through the app itself (a check, then pain 7, 5 and 4 on three days); and every result screen
 * (emergency, urgent, gp_soon, unsure, self_care) whole, light and dark, at 390 px, from an episode written to the
 * app's database (result-*.png: the top 844 px of each is the first screenful of a 390 by 844 phone).
 *   node --import tsx scripts/screenshots.ts [out-dir]      (default docs/screenshots)
 * With UNKNOT_SHOTS_ZOOM=1 (or =only) it also (or only) writes the same screens at 320 px and at 200% and 400% zoom, to look at.
 * With UNKNOT_SHOTS=results it writes only the result screens; UNKNOT_SHOTS_FOLD=1 adds each one's first screenful.
 * With UNKNOT_SHOTS=first it writes only the welcome screen (also with a check half done) and Exercises.
 * With UNKNOT_SHOTS=today it writes only Today: light and dark at 390 by 844, and light at 1280 by 800 (today-1280-light.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  answerCheckIn,
  completeCheck,
  expectHeading,
  logPain,
  NEW_EPISODE,
  openApp,
  seedEpisode,
} from '../e2e/app.ts';
import { launch } from '../e2e/browser.ts';
import { serve } from '../e2e/serve.ts';
import type { Case } from '../src/core/case.ts';
import { emergencySigns } from '../src/core/knowledge/findings.ts';
import { unsureCountsSigns } from '../src/core/knowledge/rules.ts';

const out = process.argv[2] ?? 'docs/screenshots';

interface View {
  name: string;
  width: number;
  height: number;
  scale: number;
}
const phone: View = { name: '', width: 390, height: 844, scale: 1 };
const zooms: View[] = [
  { name: '-320', width: 320, height: 700, scale: 1 },
  { name: '-zoom200', width: 195, height: 422, scale: 2 },
  { name: '-zoom400', width: 98, height: 211, scale: 4 },
];

/** A fresh profile with the app open at 08:00 on 20 Nov (UTC, en-IE), in a view and a colour scheme. */
async function openAt(
  browser: Browser,
  url: string,
  colorScheme: 'light' | 'dark',
  v: View = phone,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: v.width, height: v.height },
    deviceScaleFactor: v.scale,
    timezoneId: 'UTC',
    locale: 'en-IE',
    colorScheme,
  });
  return (await openApp(browser, url, '2026-11-20T08:00:00', { context })).page;
}

async function seeded(browser: Browser, url: string, colorScheme: 'light' | 'dark', v: View): Promise<Page> {
  const page = await openAt(browser, url, colorScheme, v);
  await completeCheck(page);
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await logPain(page, 7);
  await page.clock.setSystemTime(new Date('2026-11-21T09:00:00Z'));
  await page.reload();
  await expectHeading(page, 'Today · day 1');
  await logPain(page, 5);
  await page.clock.setSystemTime(new Date('2026-11-22T09:00:00Z'));
  await page.reload();
  await expectHeading(page, 'Today · day 2');
  if (await page.getByRole('heading', { name: /Time to check in/ }).count()) {
    await answerCheckIn(page, { trend: 'Better' });
    await page.goto(`${url}#/`);
    await expectHeading(page, 'Today · day 2');
  }
  await logPain(page, 4);
  return page;
}

async function shoot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, file) });
  console.log(join(out, file));
}

/** One case for each result screen; "unsure" is the longest: not sure of every sign that counts. */
export const resultCases: Record<string, Omit<Case, 'asOf' | 'onset'>> = {
  emergency: { age: 45, findings: ['saddle_numbness'] },
  urgent: { age: 45, findings: ['fever', 'lifting_trigger'] },
  gp_soon: { age: 45, findings: ['pain_radiates_below_knee'] },
  unsure: { age: 45, unsure: [...emergencySigns, ...unsureCountsSigns] },
  self_care: { age: 34, trend: 'better', findings: ['lifting_trigger'] },
};

/** Each result screen whole, light and dark, at 390 px. */
async function results(browser: Browser, url: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, c] of Object.entries(resultCases)) {
      const page = await openAt(browser, url, scheme);
      await seedEpisode(page, c);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.waitForTimeout(300);
      const file = join(out, `result-${name}-${scheme}.png`);
      // A window as tall as the page, so the fixed tab bar sits at its foot instead of over a line of it.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: phone.width, height: Math.max(phone.height, height) });
      await page.screenshot({ path: file });
      await page.setViewportSize({ width: phone.width, height: phone.height });
      console.log(file);
      if (process.env.UNKNOT_SHOTS_FOLD)
        await page.screenshot({ path: join(out, `result-${name}-${scheme}-fold.png`) });
      await page.context().close();
    }
  }
}

/**
 * The welcome screen (and with a check half done: continue or start again) and Exercises on day 4, light and
 * dark, at 390 by 844: their first screenful, as a phone shows them.
 */
async function firstScreens(browser: Browser, url: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await openAt(browser, url, scheme);
    await expectHeading(page, /^Back spasm/);
    await shoot(page, `welcome-${scheme}.png`);
    await page.getByRole('link', { name: 'Check my back' }).click();
    await page.locator('.stage').first().waitFor();
    const first = await page.locator('h1').innerText();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.waitForFunction((prev) => document.querySelector('h1')?.textContent !== prev, first);
    await page.goto(`${url}#/`);
    await page.getByRole('heading', { name: 'Continue your check?' }).waitFor();
    await shoot(page, `welcome-resume-${scheme}.png`);
    await seedEpisode(page, { age: 40, findings: ['lifting_trigger'], onset: '2026-11-16' }, '#/exercises');
    await expectHeading(page, 'Exercises');
    await shoot(page, `exercises-${scheme}.png`);
    await page.context().close();
  }
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await serve();
  const browser = await launch();
  try {
    if (process.env.UNKNOT_SHOTS === 'today') {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await seeded(browser, server.url, scheme, phone);
        // The "Saved" message of the last rating would cover the page: closed, as a person would.
        await page.locator('.toast button[aria-label]').click();
        await page.evaluate(() => scrollTo(0, 0));
        await shoot(page, `today-${scheme}.png`);
        if (scheme === 'light') {
          await page.setViewportSize({ width: 1280, height: 800 });
          await shoot(page, 'today-1280-light.png');
        }
        await page.context().close();
      }
      return;
    }
    if (process.env.UNKNOT_SHOTS === 'first') {
      await firstScreens(browser, server.url);
      return;
    }
    await results(browser, server.url);
    if (process.env.UNKNOT_SHOTS === 'results') return;
    const views =
      process.env.UNKNOT_SHOTS_ZOOM === 'only'
        ? zooms
        : process.env.UNKNOT_SHOTS_ZOOM
          ? [phone, ...zooms]
          : [phone];
    for (const v of views) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await seeded(browser, server.url, scheme, v);
        await page.evaluate(() => scrollTo(0, 0));
        await shoot(page, `today-${scheme}${v.name}.png`);
        await page.getByRole('link', { name: 'Progress' }).click();
        await expectHeading(page, 'Progress');
        await shoot(page, `progress-${scheme}${v.name}.png`);
        await page.goto(`${server.url}#/check`);
        // With an episode under way the check first asks whether the pain is new.
        await page.getByRole('button', { name: NEW_EPISODE }).click();
        await page.locator('.stage').first().waitFor();
        await shoot(page, `check-${scheme}${v.name}.png`);
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
