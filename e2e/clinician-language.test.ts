import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Db } from '../src/server/db/types.ts';
import { CLINICIAN_PASSWORD, clinician, patient, share } from '../test/clinician-helpers.ts';
import { uniqueEmail } from '../test/server-helpers.ts';
import { axe, keyTo, newContext } from './app.ts';
import { skipReason } from './browser.ts';
import { clinicForSuite } from './clinic.ts';

const skip = skipReason();
const DESK = { width: 1280, height: 800 };

/** The page's language and its address without the origin. */
async function where(page: Page): Promise<{ lang: string; path: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    path: location.pathname + location.hash,
  }));
}

/** The line under the patient's name: their email, date of birth and day. */
const about = (page: Page) => page.locator('.pt-who p.muted').first().innerText();

/** The language a link or a label is marked in (its own `lang`, or its nearest ancestor's). */
const langOf = (page: Page, name: string) =>
  page
    .getByRole('navigation')
    .getByText(name, { exact: true })
    .evaluate((el) => (el.closest('[lang]') as HTMLElement | null)?.lang ?? '');

describe('the clinician dashboard in the clinician’s language', { skip }, () => {
  let browser: Browser;
  let url = '';
  let db: Db;
  const clinic = clinicForSuite();
  let doctorEmail = '';
  before(async () => {
    ({ url, db, browser } = clinic);
    doctorEmail = uniqueEmail();
    // A patient whose episode began on Sunday 1 November 2026, who shows a name and a date of birth.
    const seeded = await patient(url, { onset: '2026-11-01' });
    await share(seeded.device, await clinician(url, db, doctorEmail), {
      displayName: 'Ana Ruiz',
      birthDate: '1980-03-04',
    });
  });

  const signIn = async (page: Page) => {
    await page.fill('#email', doctorEmail);
    await page.fill('#password', CLINICIAN_PASSWORD);
    await page.keyboard.press('Enter');
  };

  it('opens in Spanish for an es-MX browser, switches to English at once and stays there after a reload', async () => {
    const context = await newContext(browser, { viewport: DESK, locale: 'es-MX', timezoneId: 'UTC' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // The English address sends a Spanish-speaking browser to the Spanish dashboard, sign-in screen and all.
    await page.goto(`${url}/clinician.html`);
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    assert.deepEqual(await where(page), { lang: 'es', path: '/es/clinician.html' });
    const nav = page.getByRole('navigation', { name: 'Idioma' });
    assert.equal(await nav.locator('[aria-current="true"]').innerText(), 'Español');
    assert.equal(await nav.getByRole('link').count(), 1, 'the other language alone is a link');
    assert.equal(await langOf(page, 'English'), 'en');
    assert.equal(await langOf(page, 'Español'), 'es');

    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Sus pacientes' }).waitFor();
    await page.getByRole('row', { name: /Ana Ruiz/ }).waitFor();
    assert.deepEqual(await axe(page, 'clinician list (es)'), []);

    // Offline, the other language's dashboard cannot open: the clinician is told, and stays where they are.
    await context.setOffline(true);
    await nav.getByRole('link', { name: 'English' }).click();
    assert.equal(
      await page.getByRole('alert').innerText(),
      'Para cambiar de idioma hace falta conexión. Inténtelo de nuevo cuando tenga internet.',
    );
    assert.equal((await where(page)).path, '/es/clinician.html');
    await context.setOffline(false);

    // The patient's page, its days in Spanish as written in Mexico.
    await page.getByRole('link', { name: 'Ana Ruiz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paciente: Ana Ruiz' }).waitFor();
    const patientPath = (await where(page)).path;
    assert.match(patientPath, /^\/es\/clinician\.html#patient\/[0-9a-f-]+$/);
    const episode = page.getByRole('heading', { level: 2, name: /^Episodio desde el / });
    assert.match(await episode.innerText(), /^Episodio desde el dom\.?,? 1 (de )?nov\.?$/);
    assert.match(await about(page), /Fecha de nacimiento: 4 (de )?mar\.? (de )?1980 ·/);

    // English, at once, at the same screen: the page's words, its language and its days.
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patient: Ana Ruiz' }).waitFor();
    assert.deepEqual(await where(page), { lang: 'en', path: patientPath.slice(3) });
    assert.match(
      await page.getByRole('heading', { level: 2, name: /^Episode from / }).innerText(),
      /^Episode from Sun,? (Nov 1|1 Nov)$/,
    );

    // A reload keeps English, though the browser still asks for Spanish first.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Patient: Ana Ruiz' }).waitFor();
    assert.deepEqual(await where(page), { lang: 'en', path: patientPath.slice(3) });
    await page.goto(`${url}/clinician.html`);
    await page.getByRole('heading', { level: 1, name: 'Your patients' }).waitFor();
    assert.equal((await where(page)).lang, 'en');
    assert.equal(
      await page.getByRole('navigation', { name: 'Language' }).locator('[aria-current="true"]').innerText(),
      'English',
    );

    // By keyboard alone, back to Spanish.
    await keyTo(page, 'Español');
    await page.getByRole('heading', { level: 1, name: 'Sus pacientes' }).waitFor();
    assert.deepEqual(await where(page), { lang: 'es', path: '/es/clinician.html' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('writes days in the dashboard’s language, not the browser’s: Spanish for an en-US browser that chose it', async () => {
    const context = await newContext(browser, { viewport: DESK, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(`${url}/clinician.html`);
    await signIn(page);
    await page.getByRole('link', { name: 'Ana Ruiz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patient: Ana Ruiz' }).waitFor();
    assert.equal(
      await page.getByRole('heading', { level: 2, name: /^Episode from / }).innerText(),
      'Episode from Sun, Nov 1',
    );
    assert.match(await about(page), / · Born Mar 4, 1980 · /);

    await page.getByRole('link', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paciente: Ana Ruiz' }).waitFor();
    assert.equal((await where(page)).lang, 'es');
    // Plain Spanish ("es"): the browser speaks no Spanish, so no region of its own.
    assert.match(
      await page.getByRole('heading', { level: 2, name: /^Episodio desde el / }).innerText(),
      /^Episodio desde el dom,? 1 nov\.?$/,
    );
    assert.match(await about(page), / · Fecha de nacimiento: 4 mar\.? 1980 · /);
    await context.close();
  });
});
