import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { addClinician } from '../src/server/clinician/accounts.ts';
import type { Db } from '../src/server/db/types.ts';
import { patient as apiPatient } from '../test/clinician-helpers.ts';
import type { Device } from '../test/server-helpers.ts';
import { axe, cspViolations, keyTo, logPain, newContext, openApp, pageErrors, seedCheck } from './app.ts';
import { skipReason } from './browser.ts';
import { clinicForSuite } from './clinic.ts';

const skip = skipReason();

/** A share code made by the patient's device through the API, as the Settings button makes it. */
async function shareCode(device: Device): Promise<string> {
  const r = await device.call('POST', '/api/v1/shares/codes', {});
  assert.equal(r.status, 201);
  return r.body.code;
}

describe('sharing with a clinician, in two browser profiles', { skip }, () => {
  let browser: Browser;
  let url = '';
  let db: Db;
  // The operator's side: `unknot clinician add` on the same database (clinic.db).
  const clinic = clinicForSuite();
  before(() => {
    ({ url, db, browser } = clinic);
  });

  it('the patient shares, the clinician sees the flags and the diary, the patient revokes, the clinician loses access', async () => {
    // The patient: a check, a pain rating, an account, then a share code in Settings.
    const patient = await openApp(browser, url);
    await seedCheck(patient.page);
    await patient.page.getByRole('link', { name: 'Start my plan' }).click();
    await logPain(patient.page, 7);
    await patient.page.goto(`${url}/#/settings`);
    await patient.page.fill('#sync-email', 'patient@example.org');
    await patient.page.fill('#sync-password', 'correct horse battery');
    await patient.page.getByRole('button', { name: 'Create an account' }).click();
    await patient.page.getByText(/Last synced at/).waitFor();
    await patient.page.getByRole('link', { name: 'Share with your clinician' }).click();
    await patient.page.getByRole('button', { name: 'Make a share code' }).click();
    const code = (await patient.page.locator('.share-code').innerText()).trim();
    assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await patient.page
      .locator('.share-made')
      .getByText(/^Valid until \d\d:\d\d /)
      .waitFor();
    assert.deepEqual(await axe(patient.page, 'patient settings with a code'), []);

    // The clinician: set a password through the operator's link, then add the patient by code.
    const added = await addClinician(db, 'physio@example.org');
    if (added.kind === 'is_patient') assert.fail('made as a clinician');
    const clinicianContext = await newContext(browser, {
      viewport: { width: 1024, height: 800 },
      locale: 'en-IE',
    });
    const doctor = await clinicianContext.newPage();
    const errors: string[] = [];
    doctor.on('pageerror', (e) => errors.push(e.message));
    await doctor.goto(`${url}/clinician.html#setup=${added.token}`);
    await doctor.fill('#new-password', 'a clinician password, long');
    await doctor.getByRole('button', { name: 'Set password and sign in' }).click();
    await doctor.getByRole('heading', { name: 'Your patients', level: 1 }).waitFor();
    assert.equal(new URL(doctor.url()).hash, '', 'the spent token left the address bar');
    await doctor.fill('#share-code', code.toLowerCase());
    await doctor.getByRole('button', { name: 'Add patient' }).click();
    await doctor.getByText('patient@example.org now shares their diary with you.').waitFor();

    // The flags, in the list: advice, warning signs, course, days since onset, last entry.
    const row = doctor.getByRole('row', { name: /patient@example\.org/ });
    await row.waitFor();
    const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
    assert.equal(cells.length, 5);
    assert.equal(cells[0], 'Self-care');
    assert.equal(cells[1], 'None');
    assert.equal(cells[2], 'As expected');
    assert.match(cells[3] as string, /^\d+ days?$/);
    assert.equal(cells[4], '2026-11-20', 'the pain rating the patient logged');
    assert.deepEqual(await axe(doctor, 'clinician list'), []);

    // Sorting by keyboard alone: the Advice column's button, reached by Tab.
    await keyTo(doctor, /^Sort by Warning signs/, 60);
    await doctor.locator('th[aria-sort="ascending"]', { hasText: 'Warning signs' }).waitFor();

    // Two more patients, whose diaries came in through the API: one reported leg weakness, was not sure about a
    // fever and got worse (4 -> 8); one was only not sure. Each gives the clinician a code, typed in the dashboard.
    const flagged = await apiPatient(url, {
      answers: { fever: 'unsure', saddle_numbness: 'no', leg_weakness: 'yes' },
      pains: [4, 6, 8],
    });
    const unsure = await apiPatient(url, {
      answers: { fever: 'unsure', saddle_numbness: 'no' },
      pains: [6, 5, 4],
    });
    for (const p of [flagged, unsure]) {
      await doctor.fill('#share-code', await shareCode(p.device));
      await doctor.getByRole('button', { name: 'Add patient' }).click();
      await doctor.getByText(`${p.email} now shares their diary with you.`).waitFor();
    }
    const cellsOf = async (email: string) => {
      const r = doctor.getByRole('row', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) });
      await r.waitFor();
      return (await r.locator('td').allInnerTexts()).map((c) => c.trim());
    };
    const red = await cellsOf(flagged.email);
    assert.equal(red[0], 'Urgent care today', 'leg weakness: urgent care');
    assert.equal(red[1], 'Reported', 'a warning sign answered yes');
    assert.equal(red[2], 'Not improving', 'pain went from 4 to 8');
    const notSure = await cellsOf(unsure.email);
    assert.equal(notSure[1], 'Not sure', 'a warning sign answered not sure');
    assert.equal(notSure[2], 'As expected');
    // The red flag and the not-sure look different, and not only by colour: they say what they are.
    assert.equal(await doctor.locator('.flag.danger', { hasText: 'Reported' }).count(), 1);

    // Filtered to warning signs, sorted by warning signs (the column header chosen by keyboard above: at a desk the
    // headers sort, the "Sort by" field is for the cards): the reported one first, then the not sure; not the others.
    await doctor.selectOption('#filter', 'warning');
    assert.equal(await doctor.locator('#sort').isVisible(), false);
    await doctor.getByRole('button', { name: 'Apply' }).click();
    await doctor.getByText('2 of 2 patients').waitFor();
    const order = await doctor.locator('tbody tr th').allInnerTexts();
    assert.deepEqual(
      order.map((e) => e.trim()),
      [flagged.email, unsure.email],
    );
    await doctor.selectOption('#filter', 'notImproving');
    await doctor.getByRole('button', { name: 'Apply' }).click();
    await doctor.getByText('1 of 1 patient').waitFor();
    assert.deepEqual(
      (await doctor.locator('tbody tr th').allInnerTexts()).map((e) => e.trim()),
      [flagged.email],
    );

    // On a phone (and a desk screen at 200% zoom), each patient is a card: nothing scrolls sideways, each value
    // keeps its column's name, and the rows are still rows to a screen reader.
    await doctor.selectOption('#filter', 'all');
    await doctor.getByRole('button', { name: 'Apply' }).click();
    await doctor.getByText('3 of 3 patients').waitFor();
    await doctor.setViewportSize({ width: 390, height: 844 });
    const overflow = await doctor.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: Math.max(
        ...[...document.querySelectorAll('.table-wrap')].map((e) => e.scrollWidth - e.clientWidth),
      ),
    }));
    assert.deepEqual(overflow, { page: 0, table: 0 }, 'no sideways scrolling at 390 px');
    const label = await doctor
      .locator('tbody tr', { hasText: flagged.email })
      .locator('td')
      .nth(1)
      .evaluate((td) => getComputedStyle(td, '::before').content);
    assert.equal(label, '"Warning signs"');
    assert.equal(await doctor.getByRole('row').count(), 3, 'three patient rows (the header is hidden)');
    assert.deepEqual(await axe(doctor, 'clinician list at 390 px'), []);
    await doctor.setViewportSize({ width: 1024, height: 800 });

    // The patient page: chart, timeline, downloads.
    await row.getByRole('link', { name: 'patient@example.org' }).click();
    await doctor.getByRole('heading', { name: 'Patient: patient@example.org', level: 1 }).waitFor();
    await doctor.getByRole('img', { name: /pain/i }).first().waitFor();
    await doctor.locator('.pt-row-pain dd', { hasText: '7 of 10' }).waitFor();
    const download = doctor.waitForEvent('download');
    await doctor.getByRole('link', { name: 'One-page summary (PDF)' }).click();
    assert.match((await download).suggestedFilename(), /^unknot-\d{4}-\d{2}-\d{2}-summary\.pdf$/);
    assert.deepEqual(await axe(doctor, 'clinician patient page'), []);
    const patientPage = doctor.url();

    // The patient sees who has access and who read what, then revokes.
    await patient.page.reload();
    await patient.page.getByText('physio@example.org').first().waitFor();
    await patient.page.getByText(/^physio@example\.org viewed your diary (once|twice|\d+ times) /).waitFor();
    await patient.page.getByText(/^physio@example\.org downloaded your one-page summary once /).waitFor();
    await patient.page.getByRole('button', { name: 'End access for physio@example.org' }).click();
    await patient.page.getByText('Nobody: your diary is yours alone.').waitFor();

    // The clinician's next request finds nothing.
    await doctor.goto(patientPage);
    await doctor.reload();
    await doctor.getByText('This patient no longer shares their diary with you.').waitFor();
    assert.equal(await doctor.locator('.pt-row-pain').count(), 0);
    await doctor.getByRole('link', { name: 'All patients' }).click();
    await doctor.getByText('2 of 2 patients').waitFor();
    assert.equal(await doctor.getByRole('row', { name: /patient@example\.org/ }).count(), 0);

    assert.deepEqual([...errors, ...pageErrors(patient.page)], []);
    assert.deepEqual([...(await cspViolations(patient.page))], []);
    await patient.context.close();
    await clinicianContext.close();
  });
});
