import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  appForSuite,
  axeLightAndDark,
  completeCheck,
  cspViolations,
  diaryPain,
  expectHeading,
  focusSettles,
  heading,
  logPain,
  NEW_EPISODE,
  nextHeading,
  openApp,
  pageErrors,
  seedCheck,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();
/** The episodes as stored on the device: onset and whether each is closed or deleted. */
function storedEpisodes(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ onset: string; closed: boolean; deleted: boolean }[]>((resolve) => {
        const req = indexedDB.open('unknot');
        req.onsuccess = () => {
          const all = req.result.transaction('episodes').objectStore('episodes').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { onset: string; closedAt?: string; deleted?: boolean; createdAt: string }[])
                .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
                .map((e) => ({ onset: e.onset, closed: Boolean(e.closedAt), deleted: e.deleted === true })),
            );
        };
      }),
  );
}

/** An episode that began on 1 October with pain 8 logged, then the clock moved on to 20 November. */
async function withEarlierEpisode(page: Page, url: string): Promise<void> {
  await seedCheck(page);
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await expectHeading(page, /^Today/);
  await logPain(page, 8);
  await page.clock.setSystemTime(new Date('2026-11-20T08:00:00Z'));
  await page.goto(`${url}/#/more`);
  await expectHeading(page, 'More');
}

describe('episodes started on purpose, and where earlier ones went', { skip }, () => {
  const app = appForSuite();

  it('asks "new or the same?" first; the same pain changes nothing and goes to Today', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-10-01T08:00:00');
    await withEarlierEpisode(page, app.url);
    await page.getByRole('link', { name: 'Start a new check' }).click();
    await expectHeading(page, 'Is this a new bout of back pain?');
    assert.match(
      await page.locator('main').innerText(),
      /Your current episode began on Thu, 1 Oct\. Today is day 50 of it\./,
    );
    assert.equal(await page.locator('.stage').count(), 0, 'no question of the check before the answer');
    // Keyboard only: the safe choice comes first and is a link to Today. The screen puts the focus on its heading
    // in an effect after the paint: Tab from there, once it has arrived.
    assert.equal(
      await focusSettles(page, 'text', 'Is this a new bout of back pain?'),
      'Is this a new bout of back pain?',
    );
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'No, the same pain: carry on',
    );
    await page.keyboard.press('Enter');
    await expectHeading(page, /^Today · day 50/);
    assert.deepEqual(await storedEpisodes(page), [{ onset: '2026-10-01', closed: false, deleted: false }]);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('a new episode is confirmed, survives a reload halfway, says it began, and the diary groups by episode', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-10-01T08:00:00');
    await withEarlierEpisode(page, app.url);
    await page.getByRole('link', { name: 'Start a new check' }).click();
    await expectHeading(page, 'Is this a new bout of back pain?');
    assert.deepEqual(await axeLightAndDark(page, 'new-episode-ask'), []);
    const isNew = page.getByRole('button', { name: NEW_EPISODE });
    await isNew.focus();
    await page.keyboard.press('Enter');
    await page.locator('.stage').first().waitFor();
    const first = await heading(page);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await nextHeading(page, first);
    const second = await heading(page);
    // A reload halfway keeps the answers and does not ask again.
    await page.reload();
    await expectHeading(page, second);
    // completeCheck presses "Start the new episode" on the confirm; the next test reads the confirm itself.
    await completeCheck(page, { started: true });
    await page
      .locator('.toast')
      .getByText(/^A new episode began on Fri, 20 Nov\./)
      .waitFor();
    await page
      .getByRole('status')
      .filter({
        hasText: 'The one from Thu, 1 Oct is kept under “Earlier episodes” in the diary and Progress.',
      })
      .waitFor();
    assert.deepEqual(await storedEpisodes(page), [
      { onset: '2026-10-01', closed: true, deleted: false },
      { onset: '2026-11-20', closed: false, deleted: false },
    ]);

    await page.getByRole('link', { name: 'Diary' }).click();
    await expectHeading(page, 'Pain diary');
    await page.getByRole('heading', { level: 2, name: 'This episode: since Fri, 20 Nov (day 0)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Earlier episodes' }).waitFor();
    const earlier = page.locator('details.episode');
    assert.equal(await earlier.count(), 1);
    const summary = earlier.locator('summary');
    assert.equal((await summary.locator('h3').innerText()).trim(), 'Thu, 1 Oct to Fri, 20 Nov (50 days)');
    assert.match(await summary.innerText(), /1 entry/);
    const old = diaryPain(page, 8);
    assert.equal(await old.isVisible(), false, 'closed until opened');
    await summary.focus();
    await page.keyboard.press('Enter');
    await old.waitFor();
    await page.getByRole('button', { name: 'Close this message' }).click();
    assert.deepEqual(await axeLightAndDark(page, 'diary-episodes'), []);
    // An earlier entry can still be edited in its own episode: its day opens with its one Edit.
    await page.getByRole('button', { name: 'Edit Thu, 1 Oct' }).click();
    await page.getByRole('form', { name: /^Edit entry of Thu, 1 Oct / }).waitFor();

    // Progress names the episodes in the same words.
    await page.getByRole('link', { name: 'Progress' }).click();
    await expectHeading(page, 'Progress');
    const select = page.getByLabel('Episode', { exact: true });
    assert.deepEqual(await select.locator('option').allInnerTexts(), [
      'This episode: since Fri, 20 Nov (day 0)',
      'Thu, 1 Oct to Fri, 20 Nov (50 days)',
    ]);
    assert.equal(await select.locator('optgroup').getAttribute('label'), 'Earlier episodes');
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('the confirm says the current episode is closed and kept; Undo brings it back', async () => {
    const { context, page } = await openApp(app.browser, app.url, '2026-10-01T08:00:00');
    await withEarlierEpisode(page, app.url);
    await page.getByRole('link', { name: 'Start a new check' }).click();
    await page.getByRole('button', { name: NEW_EPISODE }).click();
    // Answer up to the last screen by hand, so the confirm can be read before it is pressed.
    for (let i = 0; i < 80; i++) {
      const h1 = await heading(page);
      if (h1.startsWith('That’s all')) break;
      if (await page.locator('#age').count()) {
        await page.fill('#age', '34');
        await page.getByRole('button', { name: 'Next' }).click();
      } else if (await page.locator('#onset').count()) {
        await page.getByRole('button', { name: 'Today', exact: true }).click();
      } else if (await page.getByRole('button', { name: 'Getting better' }).count()) {
        await page.getByRole('button', { name: 'Getting better' }).click();
      } else if (await page.getByRole('button', { name: 'None of these' }).count()) {
        await page.getByRole('button', { name: 'None of these' }).click();
      } else {
        await page.getByRole('button', { name: 'No', exact: true }).click();
      }
      await nextHeading(page, h1);
    }
    const confirm = page.getByRole('button', { name: 'Start the new episode' });
    await confirm.waitFor();
    assert.equal(await page.getByRole('button', { name: 'See what to do' }).count(), 0);
    const note =
      'Starting the new episode closes the one that began on Thu, 1 Oct. It is kept under “Earlier episodes” in the diary and in Progress.';
    await page.getByText(note).waitFor();
    assert.equal(
      await confirm.evaluate(
        (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
      note,
      'the button is described by what it does to the current episode',
    );
    assert.deepEqual(await axeLightAndDark(page, 'new-episode-confirm'), []);
    await confirm.click();
    const toast = page.locator('.toast');
    await toast.getByText(/^A new episode began/).waitFor();
    await toast.getByRole('button', { name: 'Undo' }).click();
    await toast.getByText('Undone.').waitFor();
    assert.deepEqual(await storedEpisodes(page), [
      { onset: '2026-10-01', closed: false, deleted: false },
      { onset: '2026-11-20', closed: false, deleted: true },
    ]);
    await page.getByRole('link', { name: 'Today' }).click();
    await expectHeading(page, /^Today · day 50/);
    await page.getByRole('link', { name: 'Diary' }).click();
    await page.getByRole('heading', { level: 2, name: 'This episode: since Thu, 1 Oct (day 50)' }).waitFor();
    await diaryPain(page, 8).waitFor();
    assert.equal(await page.locator('details.episode').count(), 0, 'no earlier episode left');
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });
});
