import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { askAdmin } from '../src/server/admin.ts';
import { startServer } from '../src/server/main.ts';
import { CLINICIAN_PASSWORD } from '../test/clinician-helpers.ts';
import { Device, tempDir } from '../test/server-helpers.ts';
import {
  axeLightAndDark,
  browserForSuite,
  cspViolations,
  expectHeading,
  newContext,
  openApp,
  pageErrors,
  seedCheck,
} from './app.ts';
import { skipReason } from './browser.ts';
import { DIST, ensureBuilt } from './serve.ts';

const skip = skipReason();

/** HH:MM of an instant on the page's clock (its zone is UTC; en-IE writes 24 hours). */
const hhmm = (iso: string) => iso.slice(11, 16);

/** The trail's lines as the patient reads them. */
async function trail(page: Page): Promise<string[]> {
  return (await page.locator('.share-trail li').allInnerTexts()).map((l) => l.trim());
}

describe('Share with your clinician, as the patient makes and follows a share', { skip }, () => {
  let browser: Browser;
  let url = '';
  let socket = '';
  let close = async () => {};
  let closeBrowser = async () => {};
  const dir = tempDir();

  before(async () => {
    ensureBuilt();
    // The embedded database, as `npm start` runs it: the operator's side goes through its socket.
    const server = await startServer({
      port: 0,
      dataDir: dir.path,
      webRoot: DIST,
      settings: { signUpsPerHour: 100_000, authPerMinute: 100_000, scryptLog2N: 12 },
    });
    url = server.url;
    socket = server.adminSocket ?? '';
    close = server.close;
    ({ browser, done: closeBrowser } = await browserForSuite());
  });

  after(async () => {
    await closeBrowser();
    await close();
    dir.remove();
  });

  it('from For your doctor: an account first, then a code shown large with Copy, Share and its expiry; the read log grouped; the operator removing the clinician ends it', async () => {
    const context = await newContext(browser, {
      viewport: { width: 390, height: 844 },
      timezoneId: 'UTC',
      locale: 'en-IE',
      acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    // A phone's share sheet, recorded: the Web Share API is absent from desktop Chromium on Linux.
    // As text: a function handed over would carry the test runner's compiled helpers, absent from the page.
    await context.addInitScript({
      content: `window.shared = [];
        Object.defineProperty(navigator, 'share', { configurable: true, value: async (data) => { window.shared.push(data); } });`,
    });
    // The page's clock is the real one (the server stamps the code's expiry with it), read in UTC.
    const { page } = await openApp(browser, url, new Date().toISOString().slice(0, 19), { context });
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) sent.push(`${r.url()} ${r.postData() ?? ''}`);
    });
    await seedCheck(page);

    // "For your doctor" leads to sharing; without an account it says so plainly and links to making one.
    await page.goto(`${url}/#/doctor`);
    await page.getByRole('link', { name: 'Share with your clinician' }).click();
    await expectHeading(page, 'Share with your clinician');
    await page.getByText(/Sharing needs an account/).waitFor();
    await page.getByRole('link', { name: 'Create an account or sign in' }).click();
    await expectHeading(page, 'Settings');
    await page.waitForFunction(() => document.activeElement?.id === 'sync-email');
    await page.keyboard.type('ann@example.org');
    await page.fill('#sync-password', 'correct horse battery');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByText(/Last synced at/).waitFor();

    // Settings leads there too.
    await page.getByRole('link', { name: 'Share with your clinician' }).click();
    await expectHeading(page, 'Share with your clinician');
    await page.getByLabel('Your name, as your clinician should see it').fill('Ann Lee');
    await page.keyboard.press('Tab');
    await page.getByLabel('Your date of birth').fill('1980-03-04');
    await page.keyboard.press('Tab');
    await page.locator('.toast').getByText('Saved on this phone.').first().waitFor();

    const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/shares/codes'));
    await page.getByRole('button', { name: 'Make a share code' }).click();
    const reply = await (await made).json();
    const code = page.locator('.share-code');
    assert.equal((await code.innerText()).trim(), reply.code);
    assert.match(reply.code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const size = await code.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 30, `the code is large: ${size}px`);
    assert.equal(await code.evaluate((el) => el.getBoundingClientRect().height < 60), true, 'on one line');
    assert.equal(
      (await page.locator('.share-until').innerText()).trim(),
      `Valid until ${hhmm(reply.expiresAt)} tomorrow. It works once, for one clinician.`,
    );
    await page
      .getByText('With it they see your email, the name Ann Lee and your date of birth, 4 March 1980.')
      .waitFor();
    // The name and date of birth went with the code, and with nothing else (never with a sync).
    const withCode = sent.filter((s) => s.includes('/api/v1/shares/codes'));
    assert.equal(withCode.length, 1);
    assert.deepEqual(JSON.parse(withCode[0]?.split(' ').slice(1).join(' ') ?? ''), {
      displayName: 'Ann Lee',
      birthDate: '1980-03-04',
    });
    assert.deepEqual(
      sent.filter((s) => !s.includes('/api/v1/shares/codes') && /Ann Lee|1980-03-04/.test(s)),
      [],
    );

    await page.getByRole('button', { name: 'Copy the share code' }).click();
    await page
      .locator('.share-made')
      .getByText(/^Copied\./)
      .waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), reply.code);
    await page.getByRole('button', { name: 'Share the share code' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { text: string }[] }).shared);
    assert.equal(shared.length, 1);
    assert.match(shared[0]?.text ?? '', new RegExp(`${reply.code}.*Valid until`));

    // A clinician added by the operator while the server runs, set up, adds the patient and reads them often.
    const added = await askAdmin(socket, { op: 'add', email: 'dr.lee@example.org' });
    assert.ok(added?.op === 'add' && added.added.kind === 'created');
    const doctor = new Device(url);
    const set = await doctor.call('POST', '/api/v1/clinician/setup', {
      token: added.added.token,
      password: CLINICIAN_PASSWORD,
    });
    assert.equal(set.status, 200);
    doctor.csrf = set.body.csrf;
    const redeemed = await doctor.call('POST', '/api/v1/clinician/shares', { code: reply.code });
    assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
    const id = redeemed.body.patient.id;
    for (let i = 0; i < 5; i++)
      assert.equal((await doctor.call('GET', `/api/v1/clinician/patients/${id}`)).status, 200);
    for (let i = 0; i < 2; i++)
      assert.equal((await doctor.call('GET', '/api/v1/clinician/patients')).status, 200);

    await page.reload();
    await expectHeading(page, 'Share with your clinician');
    await page.getByText('dr.lee@example.org', { exact: true }).waitFor();
    await page.locator('.share-trail').waitFor();
    const lines = await trail(page);
    assert.ok(
      lines.some((l) =>
        /^dr\.lee@example\.org viewed your diary 5 times today, last at \d\d:\d\d\.$/.test(l),
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) =>
        /^dr\.lee@example\.org saw you in their list of patients twice today, last at/.test(l),
      ),
      lines.join('\n'),
    );
    assert.equal(new Set(lines).size, lines.length, 'no line repeats');
    assert.ok(lines.length <= 3, lines.join('\n'));

    // The screen as the patient sees it, with a code made: light and dark, checked by axe.
    await page.getByRole('button', { name: 'Make a share code' }).click();
    await page.locator('.share-code').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.deepEqual(await axeLightAndDark(page, 'share'), []);
    if (process.env.UNKNOT_UPDATE_DOCS) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // The phone's screen with the code in view, then the whole screen in a window as tall as the page.
        await page.evaluate(() => document.querySelector('.share h2')?.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `docs/screenshots/share-390-${scheme}.png` });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: 390, height });
        await page.screenshot({ path: `docs/screenshots/share-390-whole-${scheme}.png` });
        await page.setViewportSize({ width: 390, height: 844 });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }

    // Where the browser has no share sheet, there is no Share button.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    });
    await page.getByRole('button', { name: 'Make a share code' }).click();
    await page.waitForFunction(() => !document.querySelector('[aria-label="Share the share code"]'));
    await page.getByRole('button', { name: 'Copy the share code' }).waitFor();

    // The operator removes the clinician: the patient's access list drops them, and the trail says why.
    const removed = await askAdmin(socket, { op: 'remove', email: 'dr.lee@example.org' });
    assert.deepEqual(removed, { op: 'remove', removed: { kind: 'removed', shares: 1, logins: 1 } });
    await page.reload();
    await page.getByText('Nobody: your diary is yours alone.').waitFor();
    const after = await trail(page);
    assert.match(
      after[0] ?? '',
      /^Access ended today at \d\d:\d\d: the account of dr\.lee@example\.org was removed by the people who run this server\.$/,
    );
    assert.equal((await doctor.call('GET', '/api/v1/clinician/patients')).status, 401);

    assert.deepEqual(pageErrors(page), []);
    assert.deepEqual(await cspViolations(page), []);
    await context.close();
  });

  it('the clinician reads a wrong code and a spent set-up link in plain words, the field marked but not named', async () => {
    const added = await askAdmin(socket, { op: 'add', email: 'physio.plain@example.org' });
    assert.ok(added?.op === 'add' && added.added.kind === 'created');
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, locale: 'en-IE' });
    const page = await context.newPage();
    await page.goto(`${url}/clinician.html#setup=${added.added.token}`);
    await page.fill('#new-password', CLINICIAN_PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.locator('#share-code').waitFor();
    await page.fill('#share-code', 'AAAAA-AAAAA');
    await page.getByRole('button', { name: 'Add patient' }).click();
    const message = page.locator('#code-error');
    await message.waitFor();
    assert.match(
      await message.innerText(),
      /^This share code is not valid; it may have expired or been used/,
    );
    assert.equal(await page.locator('#share-code').getAttribute('aria-invalid'), 'true');
    // The message is tied to the field (beside the field's own help), so a screen reader hears which field.
    const describedBy = (await page.locator('#share-code').getAttribute('aria-describedby')) ?? '';
    assert.ok(describedBy.split(' ').includes('code-error'), describedBy);

    // The set-up link again, spent: its message does not start with the field's name either.
    const again = await context.newPage();
    await again.goto(`${url}/clinician.html#setup=${added.added.token}`);
    await again.fill('#new-password', CLINICIAN_PASSWORD);
    await again.getByRole('button', { name: 'Set password and sign in' }).click();
    const spent = again.getByText(/set-up link is not valid any more/);
    await spent.waitFor();
    assert.match(await spent.innerText(), /^This set-up link is not valid any more/);
    await context.close();
  });
});
