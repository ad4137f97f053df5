import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addClinician } from '../src/server/clinician/accounts.ts';
import type { Db } from '../src/server/db/types.ts';
import type { Settings } from '../src/server/settings.ts';
import { serverWithDb } from '../test/clinician-helpers.ts';
import { goToScreen, newContext, seedEpisode } from './app.ts';
import { launch, skipReason } from './browser.ts';
import { DIST, ensureBuilt } from './serve.ts';

const skip = skipReason();

const PATIENT_ZONE = 'America/Los_Angeles'; // UTC-8 in December
const CLINICIAN_ZONE = 'Europe/Berlin'; // UTC+1 in December
const ONSET = '2026-12-10';
const EMAIL = 'west@example.org';

/**
 * Four moments around midnight on each side, as instants, with the patient's day count then: the onset was
 * 10 December in Los Angeles, so the count turns at Los Angeles' midnight and never at Berlin's (or UTC's).
 */
const moments = [
  { name: "23:50 in Berlin (14:50 the patient's time)", at: '2026-12-15T22:50:00Z', day: 5 },
  { name: "00:10 in Berlin (15:10 the patient's time)", at: '2026-12-15T23:10:00Z', day: 5 },
  { name: "08:50 in Berlin, 23:50 the patient's time", at: '2026-12-16T07:50:00Z', day: 5 },
  { name: "09:10 in Berlin, 00:10 the patient's time", at: '2026-12-16T08:10:00Z', day: 6 },
];

/** Moves every clock at once: the server process's and each browser's (the same instant everywhere). */
async function setClocks(pages: Page[], at: string): Promise<void> {
  mock.timers.setTime(Date.parse(at));
  for (const page of pages) await page.clock.setSystemTime(new Date(at));
}

async function reloadOn(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.reload();
  await page.locator('h1').first().waitFor();
}

/** The first number the pattern captures in the page's text, waited for. */
async function dayIn(page: Page, pattern: RegExp): Promise<number> {
  const found = page.getByText(pattern).first();
  await found.waitFor();
  const m = pattern.exec(await found.innerText());
  assert.ok(m, `${pattern} in ${await found.innerText()}`);
  return Number(m[1]);
}

describe('a patient in Los Angeles and a clinician in Berlin see one day count', { skip }, () => {
  let browser: Browser;
  let server: { url: string; db: Db; close(): Promise<void> };

  before(async () => {
    ensureBuilt();
    // The server's clock is the process's Date (core/clock.ts reads it): held at the test's instants.
    mock.timers.enable({ apis: ['Date'], now: Date.parse(moments[0]?.at ?? '') });
    // buildApp takes the web root beside the settings; serverWithDb passes both through.
    const web = { webRoot: resolve(DIST), scryptLog2N: 12 } as Partial<Settings>;
    server = await serverWithDb({ settings: web });
    browser = await launch('shell');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    mock.timers.reset();
  });

  it("on Today, the summary, the clinician's list and the patient page, around midnight on both sides", async () => {
    const first = moments[0]?.at ?? '';
    const patientContext = await newContext(browser, {
      viewport: { width: 390, height: 800 },
      timezoneId: PATIENT_ZONE,
      locale: 'en-US',
    });
    const patient = await patientContext.newPage();
    await patient.clock.install({ time: new Date(first) });
    await patient.goto(server.url);
    await patient.locator('h1').first().waitFor();
    await seedEpisode(
      patient,
      { age: 40, onset: ONSET, painNow: 6, findings: ['lifting_trigger'] },
      '#/settings',
    );
    // The account's first sync sends the device's date and zone with the episode.
    await patient.fill('#sync-email', EMAIL);
    await patient.fill('#sync-password', 'correct horse battery');
    await patient.getByRole('button', { name: 'Create an account' }).click();
    await patient.getByText(/Last synced at/).waitFor();
    await goToScreen(patient, `${server.url}/#/share`);
    await patient.getByRole('button', { name: 'Make a share code' }).click();
    const code = (await patient.locator('.share-code').innerText()).trim();

    const added = await addClinician(server.db, 'physio.berlin@example.org');
    if (added.kind === 'is_patient') assert.fail('made as a clinician');
    const doctorContext = await newContext(browser, {
      viewport: { width: 1024, height: 800 },
      timezoneId: CLINICIAN_ZONE,
      locale: 'en-IE',
    });
    const doctor = await doctorContext.newPage();
    await doctor.clock.install({ time: new Date(first) });
    await doctor.goto(`${server.url}/clinician.html#setup=${added.token}`);
    await doctor.fill('#new-password', 'a clinician password, long');
    await doctor.getByRole('button', { name: 'Set password and sign in' }).click();
    await doctor.getByRole('heading', { name: 'Your patients', level: 1 }).waitFor();
    await doctor.fill('#share-code', code);
    await doctor.getByRole('button', { name: 'Add patient' }).click();
    await doctor.getByText(`${EMAIL} now shares their diary with you.`).waitFor();

    for (const moment of moments) {
      await setClocks([patient, doctor], moment.at);
      await reloadOn(patient, '#/today');
      const today = await dayIn(patient, /^Today · day (\d+)$/);
      await reloadOn(patient, '#/doctor');
      const summary = await dayIn(patient, /day (\d+) of this episode on/);

      await doctor.goto(`${server.url}/clinician.html`);
      const row = doctor.getByRole('row', { name: new RegExp(EMAIL.replace('.', '\\.')) });
      await row.waitFor();
      const listed = Number(/^(\d+) days?$/.exec((await row.locator('td').nth(3).innerText()).trim())?.[1]);
      await row.getByRole('link', { name: EMAIL }).click();
      await doctor.getByRole('heading', { name: `Patient: ${EMAIL}`, level: 1 }).waitFor();
      const page = await dayIn(
        doctor,
        /^Day (\d+) since onset on the patient's own calendar \(America\/Los_Angeles\)$/,
      );

      assert.deepEqual(
        { today, summary, listed, page },
        { today: moment.day, summary: moment.day, listed: moment.day, page: moment.day },
        moment.name,
      );
    }
    await patientContext.close();
    await doctorContext.close();
  });
});
