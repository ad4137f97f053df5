import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Episode } from '../src/core/episode.ts';
import type { PatientIdentity } from '../src/core/share.ts';
import { addClinician } from '../src/server/clinician/accounts.ts';
import type { Db } from '../src/server/db/types.ts';
import { patient as apiPatient } from '../test/clinician-helpers.ts';
import { axe, midWordBreaks, newContext } from './app.ts';
import { skipReason } from './browser.ts';
import { clinicForSuite } from './clinic.ts';

const skip = skipReason();
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const shots = process.env.UNKNOT_UPDATE_DOCS ? 'docs/screenshots' : undefined;

/** The patients a clinic might see: names the patients chose (one long), one who gave none, varied flags. */
const people: {
  name?: string;
  email: string;
  birthDate?: string;
  answers?: Episode['answers'];
  pains?: number[];
}[] = [
  {
    name: 'Ann Lee',
    email: 'ann.lee@example.org',
    birthDate: '1984-02-29',
    answers: { fever: 'unsure', saddle_numbness: 'no', leg_weakness: 'yes' },
    pains: [4, 6, 8],
  },
  {
    name: 'Maximilian Featherstonehaugh-Cholmondeley',
    email: 'maximilian.featherstonehaugh-cholmondeley@physiotherapy-practice.example.org',
    birthDate: '1951-11-30',
    pains: [3, 5, 7],
  },
  {
    email: 'robert.obrien@example.org',
    answers: { fever: 'unsure', saddle_numbness: 'no' },
    pains: [6, 5, 4],
  },
  { name: 'Élodie Martin', email: 'elodie.martin@example.org', birthDate: '1990-07-14' },
  { name: 'Bilal Hussain', email: 'bilal.hussain@example.org', pains: [7, 6, 4] },
  { name: 'Chiara Rossi', email: 'c.rossi@example.org', pains: [5, 5, 5] },
  { name: 'Dmitri Ivanov', email: 'dmitri.ivanov@example.org', answers: { leg_weakness: 'yes' } },
  { name: 'Farah Khan', email: 'farah.khan@example.org' },
  { name: 'Grace O’Neill', email: 'grace.oneill@example.org', pains: [8, 6, 3] },
  { name: 'Hiro Tanaka', email: 'hiro.tanaka@example.org' },
  { name: 'Inés García', email: 'ines.garcia@example.org', answers: { fever: 'unsure' } },
  { name: 'Jonas Berg', email: 'jonas.berg@example.org', pains: [2, 3, 6] },
  { name: 'Kwame Mensah', email: 'kwame.mensah@example.org' },
  { name: 'Lena Fischer', email: 'lena.fischer@example.org' },
  { name: 'Mateo Silva', email: 'mateo.silva@example.org', pains: [6, 4, 2] },
  { name: 'Nadia Haddad', email: 'nadia.haddad@example.org' },
  { name: 'Oskar Nilsson', email: 'oskar.nilsson@example.org' },
  { name: 'Priya Raman', email: 'priya.raman@example.org', answers: { fever: 'unsure' } },
];

describe('the clinician list at a desk (1280x800) and on a phone (390x844)', { skip }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url = '';
  let db: Db;
  const ids = new Map<string, string>();
  const clinic = clinicForSuite({ dataDir: true });

  before(async () => {
    ({ url, db, browser } = clinic);

    // The clinician sets a password through the operator's link, then redeems each patient's code.
    const added = await addClinician(db, 'dr.lee@clinic.example.org');
    if (added.kind === 'is_patient') assert.fail('made as a clinician');
    context = await newContext(browser, { viewport: DESK, locale: 'en-IE', colorScheme: 'light' });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/clinician.html#setup=${added.token}`);
    await page.fill('#new-password', 'a clinician password, long');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('heading', { name: 'Your patients', level: 1 }).waitFor();
    const { csrf } = await (await context.request.get(`${url}/api/v1/me`)).json();
    for (const p of people) {
      const made = await apiPatient(url, {
        email: p.email,
        ...(p.answers ? { answers: p.answers } : {}),
        ...(p.pains ? { pains: p.pains } : {}),
      });
      const identity: PatientIdentity = {
        ...(p.name ? { displayName: p.name } : {}),
        ...(p.birthDate ? { birthDate: p.birthDate } : {}),
      };
      const code = await made.device.call('POST', '/api/v1/shares/codes', identity);
      assert.equal(code.status, 201);
      const r = await context.request.post(`${url}/api/v1/clinician/shares`, {
        data: { code: code.body.code },
        headers: { 'x-unknot-csrf': csrf },
      });
      assert.equal(r.status(), 201, await r.text());
      ids.set(p.email, (await r.json()).patient.id);
    }
    await page.reload();
    await page.getByText(`${people.length} of ${people.length} patients`).waitFor();
    assert.deepEqual(errors, []);
  });

  after(async () => {
    await context?.close();
  });

  it('the mid-word check can fail: a squeezed address breaking anywhere is caught, one breaking at @ and dots is not', async () => {
    await page.evaluate(() => {
      for (const [id, html, wrap] of [
        ['probe-bad', 'alice@example.org', 'anywhere'],
        ['probe-good', 'alice@<wbr>example<wbr>.org', 'normal'],
      ]) {
        const div = document.createElement('div');
        div.id = id as string;
        div.style.cssText = `width: 7ch; overflow-wrap: ${wrap}; position: absolute; left: 0; top: 0`;
        div.innerHTML = html as string;
        document.body.append(div);
      }
    });
    try {
      const bad = await midWordBreaks(page, '#probe-bad');
      assert.ok(bad.length > 0, 'a break inside "example" is reported');
      assert.deepEqual(await midWordBreaks(page, '#probe-good'), []);
    } finally {
      await page.evaluate(() => {
        for (const id of ['probe-bad', 'probe-good']) document.getElementById(id)?.remove();
      });
    }
  });

  it('at 1280x800: one wide table, no word broken in any cell, the band above it, the first patient in the first screen, axe clean in light and dark', async () => {
    await page.setViewportSize(DESK);
    await page.evaluate(() => window.scrollTo(0, 0));
    const table = page.locator('table.patients');
    const width = (await table.boundingBox())?.width ?? 0;
    assert.ok(width >= DESK.width - 64, `the table uses the width: ${width} px`);
    assert.equal(await page.locator('table').count(), 1, 'one table');
    assert.deepEqual(
      await midWordBreaks(page, 'table.patients th, table.patients td, table.patients caption'),
      [],
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'nothing scrolls sideways');

    // The patients by the names they chose, the email beneath; the email alone when no name was given.
    const ann = page.getByRole('row', { name: /Ann Lee/ });
    assert.equal((await ann.getByRole('link').innerText()).trim(), 'Ann Lee');
    assert.equal((await ann.locator('.email').innerText()).trim(), 'ann.lee@example.org');
    assert.equal((await ann.locator('.born').innerText()).trim(), 'born 1984-02-29');
    const annName = await ann.getByRole('link').boundingBox();
    const annEmail = await ann.locator('.email').boundingBox();
    assert.ok(
      annName && annEmail && annEmail.y >= annName.y + annName.height - 1,
      'the email is beneath the name',
    );
    const robert = page.getByRole('row', { name: /robert\.obrien@example\.org/ });
    assert.equal((await robert.getByRole('link').innerText()).trim(), 'robert.obrien@example.org');
    assert.equal(await robert.locator('.email').count(), 0);

    // The add-patient form and the filters: one band, side by side, above the table.
    const band = await page.locator('.band').boundingBox();
    const add = await page.locator('form.add').boundingBox();
    const find = await page.locator('form.filters').boundingBox();
    const tableTop = (await table.boundingBox())?.y ?? 0;
    assert.ok(band && add && find);
    assert.ok(Math.abs(add.y - find.y) < 2 && add.x + add.width <= find.x, 'the two forms side by side');
    assert.ok(band.height < 200, `a compact band: ${band.height} px`);
    assert.ok(band.y + band.height <= tableTop, 'above the table');

    const first = await page.locator('tbody tr').first().boundingBox();
    assert.ok(
      first && first.y + first.height <= DESK.height,
      `the first patient ends at ${first?.y}+${first?.height}`,
    );

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axe(page, `clinician list at 1280 (${scheme})`), []);
      if (shots) await page.screenshot({ path: `${shots}/clinician-list-1280-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // The narrowest desk, 1024 px: still one band, no word broken, nothing sideways.
    await page.setViewportSize({ width: 1024, height: 768 });
    assert.deepEqual(
      await midWordBreaks(page, 'table.patients th, table.patients td, table.patients caption'),
      [],
    );
    const narrow = await page.evaluate(() => ({
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: document.querySelector('.table-wrap')?.scrollWidth ?? 0,
      wrap: document.querySelector('.table-wrap')?.clientWidth ?? 0,
      forms: [...document.querySelectorAll('.band form')].map((f) =>
        Math.round(f.getBoundingClientRect().top),
      ),
    }));
    assert.equal(narrow.sideways, 0);
    assert.ok(narrow.table <= narrow.wrap, `the table fits at 1024: ${narrow.table} > ${narrow.wrap}`);
    assert.equal(new Set(narrow.forms).size, 1, 'the two forms side by side at 1024');
    await page.setViewportSize(DESK);
  });

  it('the header row stays in view while the rows scroll', async () => {
    await page.setViewportSize(DESK);
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(tall > DESK.height + 300, `the list is taller than the screen (${tall} px)`);
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.waitForFunction(() => window.scrollY === 600);
    const header = await page.locator('thead th').first().boundingBox();
    assert.ok(header && Math.abs(header.y) < 1, `the header row at the top of the screen: ${header?.y}`);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('keyboard only: Tab reaches the list as one stop, the arrow keys move between patients, Enter opens one', async () => {
    await page.setViewportSize(DESK);
    await page.reload();
    await page.getByText(`${people.length} of ${people.length} patients`).waitFor();
    // The caption says how, for everyone and for screen readers (it names the table).
    await page.getByRole('table', { name: /arrow keys move between patients; Enter opens one/ }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const rows = [...document.querySelectorAll('tbody tr')];
        return {
          row: rows.findIndex((r) => r.contains(el)),
          text: (el as HTMLElement | null)?.innerText ?? '',
        };
      });
    let at = { row: -1, text: '' };
    for (let i = 0; i < 40 && at.row < 0; i++) {
      await page.keyboard.press('Tab');
      at = await focused();
    }
    assert.equal(at.row, 0, 'Tab reached the first patient');
    const linkText = (row: number) => page.locator('tbody tr').nth(row).locator('th a').innerText();
    assert.equal(at.text, await linkText(0));
    assert.equal(await page.locator('tbody a[tabindex="0"]').count(), 1, 'one Tab stop for the whole list');

    await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).row, 1);
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).row, 2);
    await page.keyboard.press('ArrowUp');
    assert.equal((await focused()).row, 1);
    await page.keyboard.press('End');
    assert.equal((await focused()).row, people.length - 1);
    // Back up the list from the bottom: each patient focused is in view, below the sticky header row.
    for (let row = people.length - 2; row >= 0; row--) {
      await page.keyboard.press('ArrowUp');
      const shown = await page.evaluate(() => ({
        top: (document.activeElement as HTMLElement).getBoundingClientRect().top,
        under: (document.querySelector('thead th') as HTMLElement).getBoundingClientRect().bottom,
      }));
      assert.ok(
        shown.top >= shown.under,
        `row ${row} (at ${shown.top}) is below the header (${shown.under})`,
      );
    }
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).row, people.length - 1, 'the last stays the last');
    await page.keyboard.press('Home');
    assert.equal((await focused()).row, 0);
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('tbody tr').nth(1).locator('th a').getAttribute('href');
    // Tab leaves the list from where the arrows left it, and Shift+Tab comes back to the same patient.
    await page.keyboard.press('Tab');
    assert.equal((await focused()).row, -1, 'Tab moves on past the list');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused()).row, 1, 'and back to the patient the arrows chose');

    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === chosen);
    await page.locator('h1').filter({ hasNotText: 'Your patients' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Your patients', level: 1 }).waitFor();
  });

  it('the search finds a part of a name; the Patient column sorts by the name shown', async () => {
    await page.setViewportSize(DESK);
    await page.fill('#search', 'ÉLODIE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('1 of 1 patient').waitFor();
    assert.equal((await page.locator('tbody th a').innerText()).trim(), 'Élodie Martin');
    await page.fill('#search', '');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(`${people.length} of ${people.length} patients`).waitFor();
    await page.getByRole('button', { name: /^Sort by Patient, ascending/ }).click();
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Patient' }).waitFor();
    // Names beginning with a letter outside A to Z (É) sort by the database's collation: compared without them.
    const expected = people
      .map((p) => p.name ?? p.email)
      .filter((x) => /^[a-z]/i.test(x))
      .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    const inOrder = await page
      .waitForFunction(
        (want) =>
          [...document.querySelectorAll<HTMLElement>('tbody th a')]
            .map((a) => a.innerText.trim())
            .filter((x) => /^[a-z]/i.test(x))
            .join('|') === want,
        expected.join('|'),
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    assert.ok(inOrder, `by name: ${(await page.locator('tbody th a').allInnerTexts()).join(', ')}`);
  });

  it('at 390x844: each patient is a card, nothing scrolls sideways, axe clean in light and dark', async () => {
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.equal(await page.locator('thead').isVisible(), false, 'no header row: each card labels its facts');
    const card = page.locator('tbody tr', { hasText: 'Ann Lee' });
    assert.equal(await card.evaluate((tr) => getComputedStyle(tr).display), 'block');
    assert.equal(
      await card
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content),
      '"Advice"',
    );
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: Math.max(
        ...[...document.querySelectorAll('.table-wrap')].map((e) => e.scrollWidth - e.clientWidth),
      ),
    }));
    assert.deepEqual(overflow, { page: 0, table: 0 });
    assert.ok(await page.locator('#sort').isVisible(), 'the "Sort by" field replaces the headers');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axe(page, `clinician list at 390 (${scheme})`), []);
      // The whole page: on a phone the cards come below the band.
      if (shots) await page.screenshot({ path: `${shots}/clinician-list-390-${scheme}.png`, fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(DESK);
  });
});
