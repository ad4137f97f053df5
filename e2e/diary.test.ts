import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { currentEntries, type Entry } from '../src/core/entry.ts';
import { aDiary, ONSET, uuid } from '../test/export-diary.ts';
import {
  appForSuite,
  axeLightAndDark,
  focusSettles,
  midWordBreaks,
  newContext,
  openApp,
  pageErrors,
  seedEpisode,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();
const PHONE = { width: 390, height: 844 };
/** Day 6 of an episode that began on Thu 1 Oct: a week of diary, three entries a day (test/export-diary.ts). */
const LAST = '2026-10-07';
/** The diary of that week before the days became cards: one row an entry, 4,165 px at 390 px. */
const FLAT_LIST_HEIGHT = 4165;
const shots = process.env.UNKNOT_SCREENSHOTS;
const updateDocs = !!process.env.UNKNOT_UPDATE_DOCS;

/** Every record in the app's database, deleted and superseded ones included. */
function storedEntries(page: Page): Promise<Entry[]> {
  return page.evaluate(
    () =>
      new Promise<Entry[]>((resolve, reject) => {
        const open = indexedDB.open('unknot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as Entry[]);
          };
        };
      }),
  );
}

/** Writes diary entries straight to the app's database, then reloads on the diary. */
async function putEntries(page: Page, entries: Entry[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('unknot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          for (const e of list) tx.objectStore('entries').put(e);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
  await page.reload();
  await page.getByRole('heading', { name: 'Pain diary', level: 1 }).waitFor();
}

/** What the person sees of one day, as stored: each live entry without the ids an undo must make anew. */
function liveDay(all: Entry[], date: string) {
  return currentEntries(all)
    .filter((e) => e.date === date)
    .map(({ id: _i, supersedes: _s, v: _v, ...rest }) => rest);
}

/** The id an entry's chain of edits and deletes began with. */
function rootOf(all: Entry[], e: Entry): string {
  const byId = new Map(all.map((x) => [x.id, x]));
  let at = e;
  while (at.supersedes && byId.has(at.supersedes)) at = byId.get(at.supersedes) as Entry;
  return at.supersedes ?? at.id;
}

describe('The diary by day, in Chromium', { skip }, () => {
  const app = appForSuite();
  let context: BrowserContext;
  let page: Page;
  const day = (label: string) => page.locator('main').getByRole('region', { name: label, exact: true });

  before(async () => {
    context = await newContext(app.browser, { viewport: PHONE, timezoneId: 'UTC', locale: 'en-IE' });
    ({ page } = await openApp(app.browser, app.url, `${LAST}T20:00:00`, { context }));
    const episode = await seedEpisode(
      page,
      { age: 41, trend: 'better', findings: ['lifting_trigger'], onset: ONSET },
      '#/diary',
    );
    const week = aDiary(episode).filter((e) => e.date <= LAST);
    // Day 2 already has pain ratings, a cold session and a check-in; a medicine taken that day joins them.
    const medicine: Entry = {
      id: uuid(900),
      episodeId: episode.id,
      recordedAt: '2026-10-03T11:15:00.000Z',
      date: '2026-10-03',
      treatments: ['medicine'],
      medicines: ['ibuprofen', 'Co-codamol'],
    };
    await putEntries(page, [...week, medicine]);
  });

  after(() => context.close());

  it('shows one card a day, newest first, each with its pain, sessions, medicines, check-in and notes', async () => {
    const days = page.getByRole('list', { name: /^Days, newest first: This episode/ }).getByRole('region');
    assert.deepEqual(
      await days.evaluateAll((cards) => cards.map((c) => c.querySelector('.day-title')?.textContent)),
      ['Wed, 7 Oct', 'Tue, 6 Oct', 'Mon, 5 Oct', 'Sun, 4 Oct', 'Sat, 3 Oct', 'Fri, 2 Oct', 'Thu, 1 Oct'],
    );
    const sat = day('Sat, 3 Oct');
    const facts = await sat.locator('dl').innerText();
    for (const fact of [
      /Pain\s+8 at 07:05, 7 at 12:30, 9 at 19:45/,
      /Sessions\s+Cold pack, 20 minutes at 07:05/,
      /Medicines\s+Ibuprofen, Co-codamol/,
      /Check-in\s+The same/,
      /After\s+Sitting a long time/,
    ])
      assert.match(facts, fact);
    assert.deepEqual(
      await sat.getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label'))),
      ['Edit Sat, 3 Oct'],
      'one Edit for the day, named by it; no Edit or Delete an entry',
    );
    assert.match(await day('Fri, 2 Oct').locator('dl').innerText(), /Activities\s+Putting on socks: 2/);
    assert.match(
      await day('Thu, 1 Oct').locator('dl').innerText(),
      /Notes\s+19:45: Bent down to lift the washing basket/,
    );

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(
      `the diary of a 7-day episode at 390 px: ${height} px (as a flat list: ${FLAT_LIST_HEIGHT} px)`,
    );
    assert.ok(height < FLAT_LIST_HEIGHT * 0.7, `${height} px`);
    for (const width of [320, 390, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: PHONE.height });
      assert.equal(
        await page.evaluate(() => document.documentElement.scrollWidth),
        width,
        `no sideways scrolling at ${width} px`,
      );
      assert.deepEqual(await midWordBreaks(page, '.days'), [], `no word broken at ${width} px`);
      if (shots && width !== 390) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: join(shots, `diary-${width}.png`), fullPage: true });
      }
    }
    await page.setViewportSize(PHONE);
    if (updateDocs) {
      // The whole page in one window as tall as it is, so the tab bar sits at its foot, not across a card.
      mkdirSync('docs/screenshots', { recursive: true });
      await page.setViewportSize({ width: PHONE.width, height });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `docs/screenshots/diary-${scheme}.png` });
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(PHONE);
    }
    assert.deepEqual(await axeLightAndDark(page, 'diary-days'), []);
  });

  it('opens a day with its one Edit, saves an edited pain value at its own time, and closes again', async () => {
    const sat = day('Sat, 3 Oct');
    const edit = sat.getByRole('button', { name: 'Edit Sat, 3 Oct' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const done = sat.getByRole('button', { name: 'Done editing Sat, 3 Oct' });
    await done.waitFor();
    assert.equal(await done.getAttribute('aria-expanded'), 'true');
    assert.equal(
      await focusSettles(page, 'label', 'Done editing Sat, 3 Oct'),
      'Done editing Sat, 3 Oct',
      'the focus stays on the button that opened the day',
    );
    const forms = sat.getByRole('form', { name: /^Edit entry of Sat, 3 Oct / });
    assert.equal(await forms.count(), 4, 'each entry of the day is a form of its own');
    const morning = sat.getByRole('form', { name: 'Edit entry of Sat, 3 Oct 07:05' });
    await morning.getByRole('button', { name: '3, mild', exact: true }).click();
    await morning.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: pain 3 on Sat, 3 Oct.' }).waitFor();
    const first = sat.getByRole('heading', { level: 4 }).first();
    assert.match(await first.innerText(), /^07:05: Pain 3 of 10 · Cold pack session, 20 minutes$/);
    const saved = await first.innerText();
    assert.equal(
      await focusSettles(page, 'text', saved),
      saved,
      'after saving, the focus is on the entry it saved',
    );
    if (shots) await page.screenshot({ path: join(shots, 'diary-open-day.png'), fullPage: true });
    assert.deepEqual(await axeLightAndDark(page, 'diary-open-day'), []);

    await done.click();
    await edit.waitFor();
    assert.match(await sat.locator('dl').innerText(), /Pain\s+3 at 07:05, 7 at 12:30, 9 at 19:45/);
    const all = await storedEntries(page);
    const edited = currentEntries(all).find((e) => e.date === '2026-10-03' && e.pain === 3) as Entry;
    const old = all.find((e) => e.id === edited.supersedes) as Entry;
    assert.equal(old.pain, 8, 'the old rating is kept under the edit');
    assert.equal(edited.recordedAt, old.recordedAt, 'an edit keeps the time of the rating it corrects');
  });

  it('adds an entry to a past day from its card', async () => {
    const tue = day('Tue, 6 Oct');
    await tue.getByRole('button', { name: 'Edit Tue, 6 Oct' }).click();
    await tue.getByRole('button', { name: 'Add an entry to this day' }).click();
    const form = tue.getByRole('form', { name: 'New entry for Tue, 6 Oct' });
    await form.getByRole('button', { name: '2, mild', exact: true }).click();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: pain 2 on Tue, 6 Oct.' }).waitFor();
    await tue.getByRole('button', { name: 'Done editing Tue, 6 Oct' }).click();
    assert.match(
      await tue.locator('dl').innerText(),
      /Pain\s+7 at 07:05, 6 at 12:30, 8 at 19:45, 2 at 20:0\d/,
    );
  });

  it('deletes an entry or a whole day, and Undo brings back exactly what was there', async () => {
    const date = '2026-10-05';
    const before = liveDay(await storedEntries(page), date);
    assert.equal(before.length, 3);
    const mon = day('Mon, 5 Oct');
    await mon.getByRole('button', { name: 'Edit Mon, 5 Oct' }).click();
    await mon.getByRole('button', { name: 'Delete entry of Mon, 5 Oct 12:30' }).click();
    const toast = page.locator('.toast');
    await toast.getByText('Deleted the entry of Mon, 5 Oct, 12:30.').waitFor();
    assert.equal(await mon.getByRole('form').count(), 2);
    const next = await mon.getByRole('heading', { level: 4 }).nth(1).innerText();
    assert.equal(
      await focusSettles(page, 'text', next),
      next,
      'the focus moves to the entry that took its place',
    );
    await toast.getByRole('button', { name: 'Undo' }).click();
    await toast.getByText('Undone.').waitFor();
    assert.equal(await mon.getByRole('form').count(), 3);
    assert.deepEqual(liveDay(await storedEntries(page), date), before);

    const deleteDay = mon.getByRole('button', { name: 'Delete all entries of Mon, 5 Oct' });
    await deleteDay.click();
    await mon.getByText('Delete 3 entries of Mon, 5 Oct?').waitFor();
    await mon.getByRole('button', { name: 'Keep it' }).click();
    assert.equal(
      await focusSettles(page, 'label', 'Delete all entries of Mon, 5 Oct'),
      'Delete all entries of Mon, 5 Oct',
      '"Keep it" gives the focus back to the button that asked',
    );
    await deleteDay.click();
    await mon.getByRole('button', { name: 'Yes, delete it' }).click();
    await toast.getByText('Deleted 3 entries of Mon, 5 Oct.').waitFor();
    await mon.waitFor({ state: 'detached' });
    assert.deepEqual(liveDay(await storedEntries(page), date), []);
    assert.equal(
      await focusSettles(page, 'text', 'Wed, 7 Oct'),
      'Wed, 7 Oct',
      'the focus moves to the first day still listed',
    );
    await toast.getByRole('button', { name: 'Undo' }).click();
    await mon.waitFor();
    const all = await storedEntries(page);
    assert.deepEqual(liveDay(all, date), before, 'the same entries at the same times');
    const roots = currentEntries(all)
      .filter((e) => e.date === date)
      .map((e) => rootOf(all, e));
    assert.deepEqual(
      roots,
      aDiary()
        .filter((e) => e.date === date)
        .map((e) => e.id),
      "each restored entry's history leads back to the entry that was deleted",
    );
    assert.ok(
      all.filter((e) => e.date === date && e.deleted).length >= 4,
      'the deletions are kept, so they sync',
    );
    assert.match(await mon.locator('dl').innerText(), /Pain\s+6 at 07:05, 5 at 12:30, 7 at 19:45/);
    assert.deepEqual(pageErrors(page), []);
  });
});
