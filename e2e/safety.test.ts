import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { everyCatalogue } from '../src/core/knowledge/text/every.ts';
import type { Language } from '../src/core/knowledge/text/languages.ts';
import {
  answerCheckIn,
  appForSuite,
  completeCheck,
  expectHeading,
  focusSettles,
  heading,
  nextHeading,
  openApp,
  openCheckIn,
  pageErrors,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

/** Answers every question of the check "not sure", however it is asked, until the check ends. */
async function answerAllUnsure(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Check my back' }).click();
  await page.locator('.stage').first().waitFor();
  for (let i = 0; i < 60; i++) {
    const h1 = await heading(page);
    if (h1.startsWith('That’s all')) {
      await page.getByRole('button', { name: 'See what to do' }).click();
      await nextHeading(page, h1);
      return;
    }
    if (await page.locator('#age').count()) {
      await page.fill('#age', '40');
      await page.getByRole('button', { name: 'Next' }).click();
    } else if (await page.locator('#onset').count()) {
      await page.getByRole('button', { name: '2 days ago', exact: true }).click();
    } else if (await page.getByRole('button', { name: 'Still not sure' }).count()) {
      await page.getByRole('button', { name: 'Still not sure' }).click();
    } else if (await page.locator('fieldset.choice').count()) {
      for (const box of await page.getByRole('checkbox', { name: 'Not sure' }).all()) await box.check();
      await page.getByRole('button', { name: 'Continue' }).click();
    } else if (await page.getByRole('button', { name: 'None of these' }).count()) {
      // How it started offers no "not sure": an unsure start changes nothing.
      await page.getByRole('button', { name: 'None of these' }).click();
    } else {
      await page.getByRole('button', { name: 'Not sure', exact: true }).click();
    }
    await nextHeading(page, h1);
  }
  throw new Error('the all-unsure check did not finish within 60 answers');
}

describe('safety first in Chromium', { skip }, () => {
  const app = appForSuite();

  it('never reassures a person who is not sure of any warning sign', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-22T08:00:00');
    await answerAllUnsure(page);
    await expectHeading(page, 'See a doctor today');
    const text = await page.locator('main').innerText();
    assert.match(text, /You were not sure about/);
    assert.match(text, /New saddle numbness/);
    assert.match(text, /call the emergency number now/i);
    assert.doesNotMatch(text, /You can look after this yourself/);
    assert.equal(
      await page.getByRole('link', { name: /Tailor my plan/ }).count(),
      0,
      'no tailoring when urgent',
    );
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('shows how to check a sign answered "not sure", then asks once more', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.getByRole('link', { name: 'Check my back' }).click();
    await expectHeading(page, /numbness or tingling/);
    const buttons = page.locator('.answers.equal button');
    const looks = await buttons.evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return `${s.backgroundColor} ${s.color} ${s.borderColor} ${s.fontWeight} ${el.getBoundingClientRect().height}`;
      }),
    );
    assert.equal(looks.length, 3);
    assert.equal(new Set(looks).size, 1, 'Yes, No and Not sure look the same');
    await page.getByRole('button', { name: 'Not sure', exact: true }).click();
    await expectHeading(page, 'How to check it now');
    assert.match(await page.locator('main').innerText(), /wiped after the toilet/);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expectHeading(page, /bladder/);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectHeading(page, 'How to check it now');
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expectHeading(page, 'Get emergency care now');
    await context.close();
  });

  it('answers "Yes" to an emergency sign in each language, with the number of the region, not of the language', async () => {
    const cases: [locale: string, language: Language, path: string, number: string][] = [
      ['es-MX', 'es', '/es/', '911'],
      ['es-ES', 'es', '/es/', '112'],
      ['en-US', 'en', '/', '911'],
      ['en-GB', 'en', '/', '999'],
    ];
    for (const [locale, language, path, number] of cases) {
      const words = everyCatalogue[language];
      const w = words.app;
      const { context, page } = await openApp(app.browser, app.url, undefined, { locale });
      assert.equal(new URL(page.url()).pathname, path, locale);
      await page.getByRole('link', { name: w.welcome.check }).click();
      await page.locator('.stage').first().waitFor();
      await page.getByRole('button', { name: w.common.yes, exact: true }).click();
      await expectHeading(page, words.dispositions.emergency.title);
      const call = page.getByRole('link', { name: w.emergency.call(number) });
      assert.equal(await call.getAttribute('href'), `tel:${number}`, locale);
      assert.equal(
        await page
          .locator('header')
          .getByRole('link', { name: w.shell.emergency(number) })
          .count(),
        1,
        `${locale}: the header's emergency link`,
      );
      const text = await page.locator('main').innerText();
      for (const other of ['112', '911', '999'].filter((n) => n !== number))
        assert.ok(!text.includes(other), `${locale}: ${other} on the emergency screen`);
      assert.deepEqual(pageErrors(page), [], locale);
      await context.close();
    }
  });

  it('reaches the result for a 40-year-old on day 2 with no warning sign in at most 22 taps', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-22T08:00:00');
    const count = await completeCheck(page, { age: '40', onset: '2 days ago' });
    await expectHeading(page, 'You can look after this yourself');
    console.log(`# 40-year-old, day 2, no warning sign: ${count.taps} taps, ${count.answers} answers`);
    assert.ok(count.taps <= 22, `${count.taps} taps`);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await expectHeading(page, /^Today/);
    assert.equal(
      await page.getByRole('heading', { name: 'Time to check in' }).count(),
      0,
      'a check on day 2 asked the trend already: no second trend question that day',
    );
    await context.close();
  });

  it('sends a 72-year-old with thin bones who bent down to a doctor today, before any optional step', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-21T08:00:00');
    await page.getByRole('link', { name: 'Check my back' }).click();
    await page.locator('.stage').first().waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const h1 = await heading(page);
      if (h1.startsWith('That’s all')) break;
      seen.push(h1);
      if (await page.locator('#age').count()) {
        await page.fill('#age', '72');
        await page.getByRole('button', { name: 'Next' }).click();
      } else if (await page.locator('#onset').count()) {
        await page.getByRole('button', { name: 'Yesterday', exact: true }).click();
      } else if (await page.getByRole('button', { name: 'Getting better' }).count()) {
        await page.getByRole('button', { name: 'About the same' }).click();
      } else if (h1 === 'Do either of these apply to you?') {
        await page
          .getByRole('group', { name: /osteoporosis/ })
          .getByRole('checkbox', { name: 'Yes' })
          .check();
        await page.getByRole('button', { name: 'Continue' }).click();
      } else if (h1 === 'How did this pain start?') {
        await page.getByLabel(/When bending down/).check();
        await page.getByRole('button', { name: 'Continue' }).click();
      } else if (await page.getByRole('button', { name: 'None of these' }).count()) {
        await page.getByRole('button', { name: 'None of these' }).click();
      } else {
        await page.getByRole('button', { name: 'No', exact: true }).click();
      }
      await nextHeading(page, h1);
    }
    assert.ok(seen.includes('How did this pain start?'), 'how it started is asked before the result');
    assert.ok(!seen.some((h) => /Anything else/.test(h)), 'no optional step came before the result');
    await page.getByRole('button', { name: 'See what to do' }).click();
    await expectHeading(page, 'See a doctor today');
    assert.equal(
      await page.getByRole('link', { name: /Tailor my plan/ }).count(),
      0,
      'no optional step at all',
    );
    await context.close();
  });

  it('tailors the plan after the result without changing the result', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-21T08:00:00');
    await completeCheck(page, { age: '40', onset: 'Yesterday' });
    await expectHeading(page, 'You can look after this yourself');
    await page.getByRole('link', { name: /Tailor my plan/ }).click();
    await expectHeading(page, /Anything else/);
    await page.getByLabel(/sitting, standing or sleeping in one position/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'You can look after this yourself');
    await context.close();
  });

  it('re-asks the emergency signs at a check-in and acts on a new one', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00');
    await completeCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await page.clock.setSystemTime(new Date('2026-11-22T09:00:00Z'));
    await page.reload();
    await page.getByRole('heading', { name: 'Time to check in' }).waitFor();
    await openCheckIn(page);
    await page.getByText('Warning sign 1 of 8, new since we last asked?').waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Better' }).count(),
      0,
      'signs come before the trend',
    );
    // One at a time, in the check's order: numbness, bladder, then bowels.
    await page.getByText(/numbness or tingling around your genitals/).waitFor();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByText('Warning sign 2 of 8, new since we last asked?').waitFor();
    assert.equal(
      await focusSettles(page, 'text', 'No'),
      'No',
      'the next sign keeps the focus on the answers, for a keyboard or a screen reader',
    );
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByText('Warning sign 3 of 8, new since we last asked?').waitFor();
    await page.getByText(/lost control of your bowels/).waitFor();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expectHeading(page, 'Get emergency care now');
    assert.match(await page.locator('main').innerText(), /bowel/);
    await page.reload();
    await expectHeading(page, 'Get emergency care now');
    await context.close();
  });

  it('turns the episode urgent when a day-3 check-in reports a new fever, and Today says so', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00');
    await completeCheck(page);
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await page.clock.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await page.reload();
    await page.getByRole('heading', { name: /Time to check in/ }).waitFor();
    await answerCheckIn(page, { yes: /temperature of 38/, pain: 5, trend: 'Better' });
    await expectHeading(page, 'See a doctor today');
    assert.match(await page.locator('main').innerText(), /temperature|fever/i);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expectHeading(page, /^Today/);
    assert.match(await page.locator('main').innerText(), /See a doctor today/);
    assert.equal(
      await page.getByRole('heading', { name: /Time to check in/ }).count(),
      0,
      'the check-in is answered',
    );
    await context.close();
  });

  it('shows the same check-in status on Today and Progress', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-11-22T08:00:00');
    // A check on day 2 that asked the trend answers the day-2 check-in: neither screen asks it again.
    await completeCheck(page, { age: '40', onset: '2 days ago' });
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await expectHeading(page, /^Today/);
    assert.equal(await page.getByRole('heading', { name: /Time to check in/ }).count(), 0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await expectHeading(page, 'Progress');
    const list = await page.locator('main').innerText();
    assert.match(list, /Day 2, [^\n]*: Better/);
    assert.doesNotMatch(list, /not answered/);
    // On day 7 the day-7 check-in is due: Today shows its card, and so does Progress, which says so in its list.
    await page.clock.setSystemTime(new Date('2026-11-27T09:00:00Z'));
    await page.reload();
    await expectHeading(page, 'Progress');
    await page.getByRole('heading', { name: /Time to check in: day 7/ }).waitFor();
    assert.match(await page.locator('main').innerText(), /Day 7[^\n]*: due now/i);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: /Time to check in: day 7/ }).waitFor();
    await context.close();
  });
});
