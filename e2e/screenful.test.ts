import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import {
  appForSuite,
  axeLightAndDark,
  expectHeading,
  focusSettles,
  foldOf,
  goToScreen,
  newContext,
  openApp,
  pageErrors,
  seedEpisode,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();
const PHONE = { width: 390, height: 844 };

/** The bottom of an element as the page loaded, unscrolled. */
async function bottomOf(page: Page, target: ReturnType<Page['locator']>, name: string): Promise<number> {
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page has not scrolled');
  const b = await target.boundingBox();
  assert.ok(b, `${name} is shown`);
  return b.y + b.height;
}

/** Whether an element is inside a closed disclosure (so not seen until opened). */
function folded(target: ReturnType<Page['locator']>): Promise<boolean> {
  return target.evaluate((el) => el.parentElement?.closest('details:not([open])') !== null);
}

/**
 * Every summary on the screen, with every disclosure opened (nested ones too): its box, and whether it draws a
 * marker (a ::before or ::after with content and a border or a size), as found in the page.
 */
function summaries(page: Page): Promise<{ text: string; width: number; height: number; marker: boolean }[]> {
  return page.evaluate(() => {
    for (let i = 0; i < 5; i++)
      for (const d of document.querySelectorAll<HTMLDetailsElement>('main details')) d.open = true;
    return [...document.querySelectorAll('main summary')].map((s) => {
      const r = s.getBoundingClientRect();
      const drawn = ['::before', '::after'].some((pseudo) => {
        const m = getComputedStyle(s, pseudo);
        const border = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) => Number.parseFloat(m.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        );
        return m.content !== 'none' && m.content !== 'normal' && m.display !== 'none' && border;
      });
      return {
        text: (s.textContent ?? '').trim().slice(0, 40),
        width: r.width,
        height: r.height,
        marker: drawn || s.querySelector('svg, .marker') !== null,
      };
    });
  });
}

describe('Today in one screenful, and a marker on every disclosure, in Chromium', { skip }, () => {
  const app = appForSuite();
  let context: BrowserContext;
  let page: Page;

  // One phone for the file: a gp_soon episode from two days ago, so the status card and the day-2 check-in show.
  before(async () => {
    if (skip) return;
    context = await newContext(app.browser, { viewport: PHONE, timezoneId: 'UTC', locale: 'en-IE' });
    ({ page } = await openApp(app.browser, app.url, '2026-11-20T08:00:00', { context }));
    await seedEpisode(page, { age: 45, findings: ['pain_radiates_below_knee'], onset: '2026-11-18' }, '#/');
    await expectHeading(page, 'Today · day 2');
  });
  after(async () => {
    await context?.close();
  });

  it('shows the status, the next session with its day, the pain log and the due check-in above the fold', async () => {
    const fold = await foldOf(page);
    const parts = {
      status: page.getByRole('region', { name: /^Book a doctor or physiotherapist soon/ }),
      'next session': page.locator('section:has(#next-title)'),
      'pain log': page.getByRole('region', { name: 'Log your pain' }),
      'check-in': page.getByRole('region', { name: 'Time to check in: day 2' }),
    };
    for (const [name, target] of Object.entries(parts)) {
      const bottom = await bottomOf(page, target, name);
      assert.ok(bottom <= fold, `${name} ends at ${bottom}, above the fold at ${fold}`);
    }
    assert.equal(await page.locator('#next-title').innerText(), 'Next: cold pack today at 09:00');
    // The compact scale: every number a 44 by 44 target or more, named with its word, the words once in a key.
    const form = page.getByRole('form', { name: 'New diary entry' });
    for (let n = 0; n <= 10; n++) {
      const b = await form.locator('fieldset.scale button').nth(n).boundingBox();
      assert.ok(b && b.width >= 44 && b.height >= 44, `${n}: ${b?.width}x${b?.height}`);
    }
    await form.getByRole('button', { name: '6, moderate' }).waitFor();
    await form.getByRole('group', { name: 'How bad is your pain now?' }).waitFor();
    assert.match(await form.locator('.scale-key').innerText(), /4–6 moderate/);
    // The rest of the plan is folded; the safety net is not.
    const net = page.getByRole('region', { name: /^Call the emergency number now/ });
    assert.equal(await folded(net), false, 'the safety net is open');
    assert.ok((await net.locator('li').count()) >= 5, 'it lists the signs');
    for (const name of ['Rest and movement', 'Today’s exercise', 'Why this plan']) {
      const heading = page.getByRole('heading', { name, exact: true });
      assert.equal(
        await heading.evaluate((h) => h.closest('summary') !== null),
        true,
        `${name} is a disclosure`,
      );
      assert.equal(await heading.evaluate((h) => (h.closest('details') as HTMLDetailsElement).open), false);
    }
    assert.deepEqual(pageErrors(page), []);
  });

  it('opens the check-in in place, its first sign asked and the focus on its heading', async () => {
    const card = page.getByRole('region', { name: 'Time to check in: day 2' });
    await card.getByRole('button', { name: 'Check in now' }).click();
    await card.getByText('Warning sign 1 of 8, new since we last asked?').waitFor();
    assert.equal(await focusSettles(page, 'id', 'checkin-title'), 'checkin-title');
    await page.reload();
    await expectHeading(page, 'Today · day 2');
  });

  it('says tomorrow for the next session late in the evening, and offers no session to start then', async () => {
    await page.clock.setSystemTime(new Date('2026-11-20T23:05:00Z'));
    await page.reload();
    await expectHeading(page, 'Today · day 2');
    // Day 3 is the first heat day: tomorrow's first session is heat at the waking hour.
    assert.equal(await page.locator('#next-title').innerText(), 'Next: heat tomorrow at 07:00');
    assert.equal(await page.getByRole('button', { name: /^Start \d+-minute/ }).count(), 0);
    await page.clock.setSystemTime(new Date('2026-11-20T08:00:00Z'));
    await page.reload();
    await expectHeading(page, 'Today · day 2');
  });

  it('keeps an emergency plan’s status, pain log and "get emergency care now" open above the folded rest', async () => {
    const { context: other, page: p } = await openApp(app.browser, app.url, '2026-11-20T08:00:00', {
      context: await newContext(app.browser, { viewport: PHONE, timezoneId: 'UTC', locale: 'en-IE' }),
    });
    await seedEpisode(p, { age: 45, findings: ['saddle_numbness'] }, '#/');
    await expectHeading(p, 'Today · day 0');
    const fold = await foldOf(p);
    for (const [name, target] of [
      ['status', p.locator('main .card.alert').first()],
      ['pain log', p.getByRole('region', { name: 'Log your pain' })],
    ] as const) {
      const bottom = await bottomOf(p, target, name);
      assert.ok(bottom <= fold, `${name} ends at ${bottom}, above the fold at ${fold}`);
    }
    const net = p.getByRole('region', { name: 'Get emergency care now' });
    assert.equal(await folded(net), false, 'what to do in an emergency is open');
    assert.match(await net.innerText(), /Call the emergency number/);
    await other.close();
  });

  it('draws a turning marker on every summary of every screen, each a target of 44 by 44 or more', async () => {
    const found: string[] = [];
    let seen = 0;
    for (const hash of [
      '#/',
      '#/exercises',
      '#/learn',
      '#/result',
      '#/progress',
      '#/doctor',
      '#/settings',
      '#/diary',
    ]) {
      await goToScreen(page, `${app.url}${hash}`);
      await page.locator('main').waitFor();
      const list = await summaries(page);
      if (hash === '#/' || hash === '#/exercises' || hash === '#/learn') assert.ok(list.length > 0, hash);
      seen += list.length;
      for (const s of list) {
        if (!s.marker) found.push(`${hash} "${s.text}": no marker`);
        if (s.width < 44 || s.height < 44) found.push(`${hash} "${s.text}": ${s.width}x${s.height}`);
      }
    }
    assert.deepEqual(found, []);
    assert.ok(seen >= 40, `${seen} summaries measured`);
    // The marker turns: pointing right when closed, down when open.
    await goToScreen(page, `${app.url}#/`);
    const summary = page.locator('main details summary').first();
    const turn = () => summary.evaluate((s) => getComputedStyle(s, '::before').transform);
    const closed = await turn();
    await summary.click();
    await page.waitForFunction(
      (before) =>
        getComputedStyle(document.querySelector('main details summary') as Element, '::before').transform !==
        before,
      closed,
    );
    assert.notEqual(await turn(), closed);
  });

  it('passes axe in light and dark with every disclosure of Today open', async () => {
    await goToScreen(page, `${app.url}#/`);
    await summaries(page);
    assert.deepEqual(await axeLightAndDark(page, 'today, all open'), []);
    assert.deepEqual(pageErrors(page), []);
  });
});
