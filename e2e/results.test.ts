import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { emergencySigns } from '../src/core/knowledge/findings.ts';
import { unsureCountsSigns } from '../src/core/knowledge/rules.ts';
import {
  appForSuite,
  axeLightAndDark,
  expectHeading,
  foldOf,
  newContext,
  openApp,
  pageErrors,
  seedEpisode,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();
const PHONE = { width: 390, height: 844 };

/** A fresh profile on a 390 by 844 phone. */
async function phone(browser: Browser, url: string) {
  const context = await newContext(browser, { viewport: PHONE, timezoneId: 'UTC', locale: 'en-IE' });
  return openApp(browser, url, '2026-11-20T08:00:00', { context });
}

/** Where an element sits on the page as loaded, with no scrolling: its top and bottom in page pixels. */
async function box(
  page: Page,
  target: ReturnType<Page['locator']>,
): Promise<{ top: number; bottom: number }> {
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page has not scrolled');
  const b = await target.boundingBox();
  assert.ok(b, 'the element is shown');
  return { top: b.y, bottom: b.y + b.height };
}

describe('result screens for a person in pain, and a plan that follows the disposition, in Chromium', {
  skip,
}, () => {
  const app = appForSuite();

  it('keeps the exercise programme from a person told to see a doctor today until they say a clinician has seen them', async () => {
    const { context, page } = await phone(app.browser, app.url);
    const ep = await seedEpisode(page, { age: 45, findings: ['fever', 'lifting_trigger'] }, '#/exercises');
    await expectHeading(page, 'Exercises wait until a clinician has seen you');
    const held = await page.locator('main').innerText();
    assert.match(held, /needs a doctor today/);
    assert.equal(
      await page.locator('main details[id^="ex-"]').count(),
      0,
      'no exercise in the Exercises tab',
    );
    assert.equal(await page.getByRole('heading', { name: 'Stop at once if' }).count(), 0);

    await page.getByRole('link', { name: 'Today' }).click();
    await expectHeading(page, /^Today/);
    assert.equal(await page.getByRole('heading', { name: 'Today’s exercise' }).count(), 0);
    assert.equal(await page.locator('main a[href^="#/exercises/"]').count(), 0, 'Today links to no exercise');
    // The rest advice is folded on Today: opened, it says to keep comfortable until seen.
    await page.locator('summary', { hasText: 'Rest and movement' }).click();
    assert.match(await page.locator('main').innerText(), /Until a doctor has seen you/);

    await page.getByRole('link', { name: 'Exercises' }).click();
    await expectHeading(page, 'Exercises wait until a clinician has seen you');
    await page.getByRole('button', { name: 'A clinician has seen me' }).click();
    await expectHeading(page, 'Exercises');
    assert.ok((await page.locator('main details[id^="ex-"]').count()) > 0, 'the programme is back');

    // The word is kept on the episode, so it survives a reload, and Today's exercise returns with it.
    await page.reload();
    await expectHeading(page, 'Exercises');
    const stored = await page.evaluate(
      (id) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('unknot');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('episodes').objectStore('episodes').get(id);
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result);
            };
          };
        }),
      ep.id,
    );
    assert.deepEqual((stored as { seen?: { reasons: unknown } }).seen?.reasons, [{ rule: 'fever' }]);
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Today’s exercise' }).waitFor();

    // Taken back, the programme is put away again.
    await page.getByRole('button', { name: 'I have not been seen yet' }).click();
    await page.getByRole('link', { name: 'Exercises' }).click();
    await expectHeading(page, 'Exercises wait until a clinician has seen you');
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('shows the unsure result with its action in the first screenful and each sign folded over how to check it', async () => {
    const { context, page } = await phone(app.browser, app.url);
    const unsure = [...emergencySigns, ...unsureCountsSigns];
    await seedEpisode(page, { age: 45, unsure });
    await expectHeading(page, 'See a doctor today');
    const fold = await foldOf(page);
    const call = await box(page, page.getByRole('link', { name: /^Call \d+ if a warning sign appears$/ }));
    assert.ok(call.bottom <= fold, `the call button ends at ${call.bottom}, above the fold at ${fold}`);
    const when = await box(page, page.getByText('Today, within a few hours.'));
    assert.ok(when.bottom <= fold);

    const net = await box(page, page.getByRole('heading', { name: /^Call \d+ if any of these appears$/ }));
    assert.ok(net.top <= 2 * PHONE.height, `the safety net starts at ${net.top}, within two screens`);

    const signs = page.locator('.checks summary');
    assert.equal(await signs.count(), unsure.length, 'every sign the person was not sure about, once');
    for (const s of await signs.all()) {
      const b = await s.boundingBox();
      assert.ok(b && b.height >= 44 && b.width >= 44, `hit area ${b?.width}x${b?.height}`);
      const marker = await s.evaluate((el) => {
        const m = getComputedStyle(el, '::before');
        return m.content !== 'none' && Number.parseFloat(m.borderLeftWidth) > 0;
      });
      assert.ok(marker, 'a visible marker says it opens');
    }
    const first = page.locator('.checks details').first();
    assert.equal(await first.locator('p').isVisible(), false, 'how to check is folded');
    await signs.first().click();
    assert.match(await first.locator('p').innerText(), /wiped after the toilet/);

    const why = await page.locator('main h2:text-is("Why") + ul > li').allInnerTexts();
    assert.ok(why.length >= 2, 'each reason its own item');
    for (const item of why) assert.ok(item.split(/\s+/).length < 60, `a short reason: ${item}`);
    assert.deepEqual(await axeLightAndDark(page, 'unsure result'), []);
    await context.close();
  });

  it('leads the self-care result with "Start my plan", and a calm, headed safety net below it', async () => {
    const { context, page } = await phone(app.browser, app.url);
    await seedEpisode(page, { age: 34, trend: 'better', findings: ['lifting_trigger'] });
    await expectHeading(page, 'You can look after this yourself');
    const fold = await foldOf(page);
    const startLink = page.getByRole('link', { name: 'Start my plan' });
    const start = await box(page, startLink);
    assert.ok(start.bottom <= fold, `Start my plan ends at ${start.bottom}, above the fold at ${fold}`);
    assert.match((await startLink.getAttribute('class')) ?? '', /\bprimary\b/);
    const tailor = page.getByRole('link', { name: /Tailor my plan/ });
    assert.doesNotMatch((await tailor.getAttribute('class')) ?? '', /\bprimary\b/, 'tailoring is secondary');
    assert.ok((await box(page, tailor)).top > start.bottom);
    const net = page.getByRole('region', { name: /^Call \d+ if any of these appears$/ });
    assert.ok((await box(page, net)).top > start.bottom, 'the safety net comes below the action');
    assert.equal(await net.locator('li').count(), emergencySigns.length, 'every emergency sign by name');
    assert.equal(await page.locator('main .card.alert').count(), 0, 'no red alarm box');
    assert.deepEqual(await axeLightAndDark(page, 'self-care result'), []);
    await context.close();
  });

  it('names the reported sign in "What to tell them" on the emergency screen, under the call button', async () => {
    const { context, page } = await phone(app.browser, app.url);
    await seedEpisode(page, { age: 45, findings: ['bladder_dysfunction_new'] });
    await expectHeading(page, 'Get emergency care now');
    const call = await box(page, page.getByRole('link', { name: /^Call \d+ now$/ }));
    assert.ok(call.bottom <= (await foldOf(page)));
    const tell = await page.locator('main h2:text-is("What to tell them") + ul').innerText();
    assert.match(tell, /You have back pain with a warning sign: new bladder problem/);
    assert.deepEqual(await axeLightAndDark(page, 'emergency result'), []);
    await context.close();
  });
});
