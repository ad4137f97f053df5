import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import { Device } from '../test/server-helpers.ts';
import {
  appForSuite,
  completeCheck,
  diaryPain,
  logPain,
  openApp,
  pageErrors,
  seedCheck,
  untilOfflineReady,
} from './app.ts';
import { skipReason } from './browser.ts';

const PASSWORD = 'correct horse battery';

/** What this browser holds in IndexedDB, read directly, not through the app. */
function stored(page: Page): Promise<{ episodes: unknown[]; entries: unknown[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('unknot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['episodes', 'entries']);
          const episodes = tx.objectStore('episodes').getAll();
          const entries = tx.objectStore('entries').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ episodes: episodes.result, entries: entries.result });
          };
        };
      }),
  );
}

const skip = skipReason();

async function signIn(
  page: Page,
  url: string,
  button: 'Sign in' | 'Create an account',
  email = 'pat@example.org',
): Promise<void> {
  await page.goto(`${url}/#/settings`);
  await page.fill('#sync-email', email);
  await page.fill('#sync-password', PASSWORD);
  await page.getByRole('button', { name: button }).click();
  await page.getByText(/Last synced at/).waitFor();
}

describe('optional sync with the server', { skip }, () => {
  const app = appForSuite();

  it('backs up the diary from one device and restores it on another, without duplicates', async () => {
    const a = await openApp(app.browser, app.url);
    await seedCheck(a.page);
    await a.page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(a.page, 6);
    await signIn(a.page, app.url, 'Create an account');
    await a.page.getByRole('button', { name: 'Sync now' }).click();
    await a.page.getByText(/Last synced at/).waitFor();

    const b = await openApp(app.browser, app.url);
    await signIn(b.page, app.url, 'Sign in');
    await b.page.goto(`${app.url}/#/diary`);
    await diaryPain(b.page, 6).waitFor();
    await logPain(b.page, 3);
    await b.page.goto(`${app.url}/#/settings`);
    await b.page.getByRole('button', { name: 'Sync now' }).click();
    await b.page.getByText(/Last synced at/).waitFor();

    await a.page.goto(`${app.url}/#/settings`);
    await a.page.getByRole('button', { name: 'Sync now' }).click();
    await a.page.getByText(/Last synced at/).waitFor();
    await a.page.goto(`${app.url}/#/diary`);
    await diaryPain(a.page, 3).waitFor();
    assert.equal(await diaryPain(a.page, 6).count(), 1, 'the entry pushed twice is stored once');
    assert.deepEqual([...pageErrors(a.page), ...pageErrors(b.page)], []);
    await a.context.close();
    await b.context.close();
  });

  it('keeps an entry logged offline and sends it by itself when the connection returns', async () => {
    const email = 'sync.offline@example.org';
    const a = await openApp(app.browser, app.url, undefined, { serviceWorker: true });
    await seedCheck(a.page);
    await a.page.getByRole('link', { name: 'Start my plan' }).click();
    await signIn(a.page, app.url, 'Create an account', email);

    await untilOfflineReady(a.page);
    await a.context.setOffline(true);
    await a.page.getByRole('link', { name: 'Today' }).click();
    await logPain(a.page, 8);
    await a.page.getByRole('link', { name: 'More' }).click();
    await a.page.getByRole('link', { name: /Settings/ }).click();
    await a.page.getByText(/Not synced yet/).waitFor();

    const b = await openApp(app.browser, app.url);
    await signIn(b.page, app.url, 'Sign in', email);
    await b.page.goto(`${app.url}/#/diary`);
    assert.equal(await diaryPain(b.page, 8).count(), 0, 'nothing reached the server while offline');

    // No tap on "Sync now": coming back online is enough.
    await a.context.setOffline(false);
    await a.page.evaluate(() => dispatchEvent(new Event('online')));
    await a.page.getByText(/Last synced at/).waitFor();

    await b.page.goto(`${app.url}/#/settings`);
    await b.page.getByRole('button', { name: 'Sync now' }).click();
    await b.page.getByText(/Last synced at/).waitFor();
    await b.page.goto(`${app.url}/#/diary`);
    await diaryPain(b.page, 8).waitFor();
    assert.equal(await diaryPain(b.page, 8).count(), 1);
    // The browser logs each refused fetch while offline; anything else is a real error.
    const offline = /net::ERR_INTERNET_DISCONNECTED/;
    assert.deepEqual(
      [...pageErrors(a.page), ...pageErrors(b.page)].filter((e) => !offline.test(e)),
      [],
    );
    await a.context.close();
    await b.context.close();
  });

  it('keeps the fields and version a newer app wrote, through a reload, a re-sync and its own edit', async () => {
    // A newer app: a higher schema version and fields this version of the app and server does not know.
    const newer = new Device(app.url);
    const email = await newer.signUp('newer@example.org', PASSWORD);
    const episode = {
      v: 2,
      id: '5d2a7c1e-3b4f-4a6d-8e9f-0a1b2c3d4e5f',
      onset: '2026-11-19',
      case: { age: 40, onset: '2026-11-19', asOf: '2026-11-19', painNow: 6, sleepHours: 7 },
      createdAt: '2026-11-19T20:00:00.000Z',
      updatedAt: '2026-11-19T20:00:00.000Z',
      mood: { score: 3, words: ['calm', 'tired'] },
    } as Episode;
    const entry = {
      v: 2,
      id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
      episodeId: episode.id,
      recordedAt: '2026-11-19T20:05:00.000Z',
      date: '2026-11-19',
      pain: 6,
      functionScale: [{ activity: 'Putting on socks', score: 4, importance: 'high' }],
      steps: 4200,
    } as Entry;
    const pushed = await newer.sync({ entries: [entry], episodes: [episode] });
    assert.deepEqual(pushed.body.acknowledged, [entry.id, episode.id]);

    // This app, which knows none of those fields, syncs them in, reloads and syncs again.
    const a = await openApp(app.browser, app.url);
    await signIn(a.page, app.url, 'Sign in', email);
    assert.deepEqual(await stored(a.page), { episodes: [episode], entries: [entry] });
    await a.page.reload();
    await a.page.goto(`${app.url}/#/settings`);
    await a.page.getByText(/Last synced at/).waitFor();
    assert.deepEqual(await stored(a.page), { episodes: [episode], entries: [entry] });

    // Its own change to the episode (a new check closes it) carries the unknown fields and version along.
    await a.page.goto(`${app.url}/#/check`);
    await completeCheck(a.page, { started: true });
    await a.page.goto(`${app.url}/#/settings`);
    await a.page.getByRole('button', { name: 'Sync now' }).click();
    await a.page.getByText(/Last synced at/).waitFor();

    const other = new Device(app.url);
    await other.logIn(email, PASSWORD);
    const all = await other.pullAll();
    assert.deepEqual(
      all.entries.find((e) => e.id === entry.id),
      entry,
    );
    const closed = all.episodes.find((e) => e.id === episode.id);
    assert.deepEqual(closed, { ...episode, closedAt: closed?.closedAt, updatedAt: closed?.updatedAt });
    assert.ok(closed?.closedAt, 'the episode came back closed by the older app');
    assert.deepEqual(pageErrors(a.page), []);
    await a.context.close();
  });
});
