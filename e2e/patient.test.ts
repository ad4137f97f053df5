import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  answerCheckIn,
  appForSuite,
  completeCheck,
  cspViolations,
  diaryPain,
  expectHeading,
  heading,
  logPain,
  newContext,
  openApp,
  openCheckIn,
  pageErrors,
  seedCheck,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

/**
 * The titles of the notifications on show, once there is one: the service worker shows it after the app's
 * announcement, so reading the list once as the announcement appears races it. Waits as long as any other
 * step (Playwright's 30 s), not a fixed few seconds that a busy machine can overrun.
 */
async function notificationTitles(page: Page): Promise<string[]> {
  const shown = await page.waitForFunction(
    async () => {
      const titles = (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => n.title);
      return titles.length > 0 && titles;
    },
    undefined,
    { polling: 50 },
  );
  return (await shown.jsonValue()) as string[];
}

describe('the patient app in Chromium', { skip }, () => {
  const app = appForSuite();

  it('takes a person from the first question to a logged pain entry and a progress chart', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await expectHeading(page, 'Back spasm? Let’s work out what to do');
    await completeCheck(page);
    await expectHeading(page, 'You can look after this yourself');
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await expectHeading(page, /^Today/);
    assert.ok(await page.getByRole('button', { name: /Start 20-minute cold session/ }).isVisible());
    await logPain(page, 6);
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('img', { name: /Pain by day/ }).waitFor();
    assert.equal(await page.locator('svg.chart circle.dot').count(), 1);
    await page.getByText('Show the numbers as a table').click();
    // Day 0 is the onset day; the expected course starts at the person's own first rating.
    assert.match(await page.locator('table').innerText(), /\b0\s+Fri,? 20 Nov\s+6\s+6$/);
    assert.deepEqual(pageErrors(page), []);
    assert.deepEqual(await cspViolations(page), [], 'nothing breaks the strict Content-Security-Policy');
    await context.close();
  });

  it('puts "Log your pain" in the first screenful of a 390 by 844 phone, above the other cards', async () => {
    const context = await newContext(app.browser, {
      viewport: { width: 390, height: 844 },
      timezoneId: 'UTC',
      locale: 'en-IE',
    });
    const { page } = await openApp(app.browser, app.url, undefined, { context });
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await expectHeading(page, /^Today/);
    // The cards it used to sit below are still there, after it.
    await page.getByRole('heading', { name: 'Activities that are hard' }).waitFor();
    await page.getByRole('heading', { name: /^Next: cold pack today at/ }).waitFor();
    const form = page.getByRole('form', { name: 'New diary entry' });
    const targets = [
      page.getByRole('heading', { level: 2, name: 'Log your pain' }),
      ...Array.from({ length: 11 }, (_, n) => form.getByRole('button', { name: new RegExp(`^${n},`) })),
      form.getByRole('button', { name: 'Save', exact: true }),
    ];
    const tabsTop = await page.locator('nav.tabs').evaluate((n) => n.getBoundingClientRect().top);
    assert.equal(await page.evaluate(() => scrollY), 0);
    for (const target of targets) {
      const box = await target.boundingBox();
      assert.ok(box, 'on screen');
      const name = (await target.textContent()) ?? '';
      assert.ok(
        box.y >= 0 && box.y + box.height <= Math.min(844, tabsTop),
        `${name} is above the fold and the tabs`,
      );
      const hit = await target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      });
      assert.ok(hit, `${name} is what a tap at its centre reaches`);
    }
    const order = await page.locator('main h2').allInnerTexts();
    assert.ok(
      order.indexOf('Log your pain') < order.indexOf('Activities that are hard'),
      `the pain log comes first: ${order.join(' | ')}`,
    );
    await context.close();
  });

  it('stops at the first emergency sign and shows whom to call', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.getByRole('link', { name: 'Check my back' }).click();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expectHeading(page, 'Get emergency care now');
    const call = page.getByRole('link', { name: 'Call 112 now' });
    assert.equal(await call.getAttribute('href'), 'tel:112');
    assert.match(await page.locator('main').innerText(), /What to tell them/);
    await page.getByRole('button', { name: /by mistake/ }).click();
    await expectHeading(page, /numbness or tingling/);
    await context.close();
  });

  it('uses the emergency number chosen in settings, and says which field is wrong', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.goto(`${app.url}/#/settings`);
    await expectHeading(page, 'Settings');
    await page.getByLabel('Number to call in an emergency').selectOption('other');
    await page.getByLabel('Your emergency number').fill('ab');
    await page.keyboard.press('Tab');
    await page
      .getByRole('alert')
      .filter({ hasText: /^Emergency number:/ })
      .waitFor();
    assert.equal(await page.getByLabel('Your emergency number').inputValue(), 'ab');
    assert.equal(
      await page.locator('header .sos').getAttribute('href'),
      'tel:112',
      'an invalid number is not saved',
    );
    await page.getByLabel('Number to call in an emergency').selectOption('999');
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await page.reload();
    assert.equal(await page.getByRole('link', { name: 'Emergency 999' }).getAttribute('href'), 'tel:999');
    await context.close();
  });

  it('times an exercise hold and shows the stop rules', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.goto(`${app.url}/#/exercises/knee_to_chest`);
    await expectHeading(page, 'Exercises');
    // One line on when to stop; the full rules open under it.
    await page.getByText(/^Stop if pain turns sharp/).waitFor();
    await page.getByText('Why, and when to call for help').click();
    await page.getByText('Stop if pain shoots down a leg.').waitFor();
    const card = page.locator('#ex-knee_to_chest');
    await card.getByRole('img', { name: 'Drawing of Knee to chest' }).waitFor();
    await card.getByRole('button', { name: 'Start hold 1' }).click();
    await page.clock.fastForward('00:16');
    await card.getByText('1 of 3 holds done').waitFor();
    await page.getByRole('status').filter({ hasText: 'Relax. 1 of 3 done.' }).waitFor();
    await context.close();
  });

  it('escalates to gp_soon when the day-2 check-in says "the same"', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00');
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(page, 7);
    await page.clock.setSystemTime(new Date('2026-11-22T09:00:00Z'));
    await page.reload();
    // Day 0 is the onset day, as in the CLI: 2026-11-22 is day 2, and so is its check-in.
    await expectHeading(page, 'Today · day 2');
    await page.getByRole('heading', { name: 'Time to check in: day 2' }).waitFor();
    await openCheckIn(page);
    await page.getByText('Warning sign 1 of 8, new since we last asked?').waitFor();
    await answerCheckIn(page, { trend: 'The same', pain: 7 });
    await page.getByRole('heading', { name: 'Book a doctor or physiotherapist soon', level: 1 }).waitFor();
    assert.match(await page.locator('main').innerText(), /not improved|48 hours|two days/i);
    await page.getByRole('link', { name: 'Progress' }).click();
    // The reason, in the triage's own words, from the check-in just given.
    await page.getByText('Two days or more since it started, the pain is not getting better').waitFor();
    await page.getByText('Why, from your check-in on day 2').waitFor();
    await page.getByText('It is time to talk to a doctor about it').waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /on track/i);
    await context.close();
  });

  it('day 3 with pain 7 then 7: Progress asks for a doctor, never says "on track", and charts the course from 7', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00');
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(page, 7);
    await page.clock.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await page.reload();
    await expectHeading(page, 'Today · day 3');
    await logPain(page, 7);
    // Today shows the same prompt as Progress, from the same function: its reasons, and what they were judged on,
    // fold under "Why".
    await page.locator('summary', { hasText: /^Why$/ }).click();
    await page.getByText('Why, from your pain ratings up to day 3').waitFor();
    await page.getByText('Two days or more since it started, the pain is not getting better').waitFor();
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByText('Day 3: it started 3 days ago').waitFor();
    await page.getByText('Two days or more since it started, the pain is not getting better').waitFor();
    await page.getByText('Why, from your pain ratings up to day 3').waitFor();
    await page.getByText('It is time to talk to a doctor about it').waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /on track/i);
    // The dashed course starts at the first dot: the chart reads the course the words were judged on.
    const points = (await page.locator('svg.chart polyline.expected').getAttribute('points')) ?? '';
    const [x, y] = (points.split(' ')[0] ?? '').split(',').map(Number);
    const dot = page.locator('svg.chart circle.dot').first();
    assert.ok(Math.abs(Number(await dot.getAttribute('cx')) - (x ?? 0)) < 0.1, points);
    assert.ok(Math.abs(Number(await dot.getAttribute('cy')) - (y ?? 0)) < 0.1, points);
    await page.getByText('Show the numbers as a table').click();
    assert.match(await page.locator('table').innerText(), /\b3\s+Mon,? 23 Nov\s+7\s+6\.6/);
    await context.close();
  });

  it('writes plan times in the person’s own 12 or 24-hour habit', async () => {
    for (const [locale, time] of [
      ['en-US', /Next: cold pack today at 9:00\sAM$/],
      ['en-IE', /Next: cold pack today at 09:00$/],
    ] as const) {
      const context = await newContext(app.browser, {
        viewport: { width: 390, height: 800 },
        timezoneId: 'UTC',
        locale,
      });
      const { page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00', { context });
      await seedCheck(page);
      await page.getByRole('link', { name: 'Start my plan' }).click();
      assert.match(await page.locator('#next-title').innerText(), time, locale);
      await context.close();
    }
  });

  it('keeps the diary across a reload and an offline reload', async () => {
    const { context, page } = await openApp(app.browser, app.url, undefined, { serviceWorker: true });
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(page, 5);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });
    await page.goto(`${app.url}/#/diary`);
    await diaryPain(page, 5).waitFor();
    await context.setOffline(true);
    await page.reload();
    await diaryPain(page, 5).waitFor();
    await page.getByRole('link', { name: 'Exercises' }).click();
    await page.getByRole('heading', { name: 'Exercises', level: 1 }).waitFor();
    assert.equal(await diaryPain(page, 5).count(), 0);
    await context.close();
  });

  it('records a finished 20-minute session in the diary, even across a reload', async () => {
    // The full browser: the headless shell shows no notifications.
    const { context, page } = await openApp(await app.fullBrowser(), app.url, '2026-11-20T09:05:00', {
      serviceWorker: true,
    });
    await context.grantPermissions(['notifications'], { origin: app.url });
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByRole('button', { name: /Start 20-minute cold session/ }).click();
    await page.getByRole('timer').waitFor();
    await page.clock.fastForward('05:00');
    await page.reload();
    assert.match(await page.getByRole('timer').innerText(), /^1[45]:\d\d$/);
    await page.clock.fastForward('16:00');
    await page.getByRole('status').filter({ hasText: 'Cold pack session done' }).waitFor();
    assert.deepEqual(await notificationTitles(page), ['Cold pack session done']);
    await page.getByRole('link', { name: 'Diary' }).click();
    const session = page.locator('.day-facts .fact').filter({ hasText: /^Cold pack, 20 minutes at / });
    await session.waitFor();
    assert.equal(await session.count(), 1);
    await context.close();
  });

  it('edits and deletes diary entries without losing the history', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await seedCheck(page);
    await page.getByRole('link', { name: 'Diary' }).click();
    await logPain(page, 8);
    // The day's one Edit opens its entries; Done closes it again.
    await page.getByRole('button', { name: /^Edit \w{3}, / }).click();
    const edit = page.getByRole('form', { name: /^Edit entry of / });
    await edit.getByRole('button', { name: '4, moderate', exact: true }).click();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: /^Done editing / }).click();
    await diaryPain(page, 4).waitFor();
    assert.equal(await diaryPain(page, 8).count(), 0);
    await page.getByRole('button', { name: /^Edit \w{3}, / }).click();
    await page.getByRole('button', { name: /^Delete entry of / }).click();
    await page.getByText('Nothing logged yet.').waitFor();
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
    assert.equal(stored, 3, 'the original, its edit and a tombstone are all kept');
    await context.close();
  });

  it('keeps earlier episodes and lets the person browse them', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-10-01T08:00:00');
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(page, 8);
    await page.clock.setSystemTime(new Date('2026-11-20T08:00:00Z'));
    await page.goto(`${app.url}/#/more`);
    await page.getByRole('link', { name: 'Start a new check' }).click();
    await completeCheck(page, { started: true });
    await page.goto(`${app.url}/#/progress`);
    await expectHeading(page, 'Progress');
    const episode = page.getByLabel('Episode', { exact: true });
    assert.equal(await episode.locator('option').count(), 2);
    assert.equal(await page.locator('svg.chart circle.dot').count(), 0, 'the new episode has no ratings yet');
    await episode.selectOption({ label: 'Thu, 1 Oct to Fri, 20 Nov (50 days)' });
    await page.locator('svg.chart circle.dot').first().waitFor();
    assert.equal(await page.locator('svg.chart circle.dot').count(), 1);
    await context.close();
  });

  it('names the field when input is wrong and keeps what was typed', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.getByRole('link', { name: 'Check my back' }).click();
    while (!(await page.locator('#age').count())) {
      const h1 = await heading(page);
      const none = page.getByRole('button', { name: 'None of these' });
      await ((await none.count()) ? none : page.getByRole('button', { name: 'No', exact: true })).click();
      await page.waitForFunction((prev) => document.querySelector('h1')?.textContent?.trim() !== prev, h1);
    }
    await page.fill('#age', '2OO');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('alert').filter({ hasText: /^Age:/ }).waitFor();
    assert.equal(await page.inputValue('#age'), '2OO');
    assert.equal(await page.getAttribute('#age', 'aria-invalid'), 'true');
    await context.close();
  });

  it('exports a backup and restores everything into a fresh profile', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await seedCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(page, 6);
    await page.goto(`${app.url}/#/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup file' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'unknot-')), 'backup.json');
    await download.saveAs(file);
    await context.close();

    const fresh = await openApp(app.browser, app.url);
    await expectHeading(fresh.page, 'Back spasm? Let’s work out what to do');
    await fresh.page.getByRole('link', { name: 'Restore a backup' }).click();
    await fresh.page.setInputFiles('#import', file);
    await fresh.page
      .getByRole('status')
      .filter({ hasText: 'Backup restored: 1 episode and 1 diary entry' })
      .waitFor();
    await expectHeading(fresh.page, /^Today/);
    await fresh.page.getByRole('link', { name: 'Diary' }).click();
    await diaryPain(fresh.page, 6).waitFor();
    await fresh.context.close();
  });
});
