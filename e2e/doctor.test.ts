import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import { emergencySignWords } from '../src/core/knowledge/text/en/findings.ts';
import { aGpDay10, GP_TODAY } from '../test/export-diary.ts';
import {
  answerCheckIn,
  appForSuite,
  axe,
  cspViolations,
  expectHeading,
  focusSettles,
  goToScreen,
  openApp,
  pageErrors,
  seedCheck,
} from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();
const dir = mkdtempSync(join(tmpdir(), 'unknot-doctor-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** With UNKNOT_SCREENSHOTS=DIR the suite keeps phone-size screenshots of the new screens there. */
const shots = process.env.UNKNOT_SCREENSHOTS;
/** With UNKNOT_UPDATE_DOCS=1 the rendered summary replaces docs/screenshots/summary.png for the README. */
const updateDocs = process.env.UNKNOT_UPDATE_DOCS === '1';

const ONSET = '2026-11-02';
const at = (date: string, time = '08:00') => `${date}T${time}:00`;
const day = (n: number) =>
  new Date(Date.parse(`${ONSET}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** What the person writes: the PDF, the CSV and the FHIR must all carry it. */
const NOTES = [
  'Bent over the dishwasher and it locked',
  'Walked to the park and back',
  'Slept through the night',
];
const ACTIVITIES = ['Putting on socks', 'Sitting through a meeting'];

/** Moves the page's clock to another day and reloads, as a person opening the app the next morning. */
async function openOn(page: Page, when: string): Promise<void> {
  await page.clock.setSystemTime(new Date(`${when}Z`));
  await page.reload();
  await page.locator('h1').first().waitFor();
}

async function logEntry(page: Page, pain: number, note?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New diary entry' });
  await form.getByRole('button', { name: new RegExp(`^${pain},`) }).click();
  if (note) {
    await form.getByText('Add more (optional)').click();
    await form.getByLabel('Note').fill(note);
  }
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Saved: pain ${pain}` })
    .waitFor();
}

/** A diary entry with a medicine ticked from the plan's list and another typed by name. */
async function logMedicines(page: Page, pain: number, listed: string, typed: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New diary entry' });
  await form.getByRole('button', { name: new RegExp(`^${pain},`) }).click();
  // The "more" part stays open after an entry that used it.
  const more = form.locator('details');
  if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open)))
    await form.getByText('Add more (optional)').click();
  // The names are asked only once "Medicine" is ticked.
  assert.equal(await form.getByRole('group', { name: 'Which medicine? (optional)' }).count(), 0);
  await form.getByRole('checkbox', { name: 'Medicine', exact: true }).check();
  const which = form.getByRole('group', { name: 'Which medicine? (optional)' });
  await which.getByRole('checkbox', { name: listed }).check();
  // A name past the bound is named as the field's mistake, and what was typed stays.
  const other = which.getByLabel('Another medicine, by name');
  await other.fill('x'.repeat(81));
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await form
    .getByRole('alert')
    .filter({ hasText: 'Another medicine: keep each name under 80 characters.' })
    .waitFor();
  assert.equal((await other.inputValue()).length, 81);
  await other.fill(typed);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axe(page, `diary medicines (${colorScheme})`), []);
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await which.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(shots, `diary-medicines-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Saved: pain ${pain}` })
    .waitFor();
}

/** Fills the activity form: each name in its field and a rating from the 0-10 buttons. */
async function rateActivities(page: Page, scores: number[], names?: string[]): Promise<void> {
  const form = page.getByRole('form', { name: 'Activities that are hard' });
  for (const [i, score] of scores.entries()) {
    if (names) {
      if (i > 0) await form.getByRole('button', { name: 'Add another activity' }).click();
      await form.getByLabel(`Activity ${i + 1}`, { exact: true }).fill(names[i] as string);
    }
    const name = names?.[i] ?? ACTIVITIES[i];
    await form
      .getByRole('group', { name: new RegExp(name as string) })
      .getByRole('button', { name: String(score), exact: true })
      .click();
  }
  await form.getByRole('button', { name: 'Save the ratings' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Saved: ${scores.length} ${scores.length === 1 ? 'activity' : 'activities'} rated.` })
    .waitFor();
}

async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  // Also in screen-high pieces, to look at without shrinking.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < height; y += 844, i++) {
    const clip = { x: 0, y, width: 390, height: Math.min(844, height - y) };
    await page.screenshot({ path: join(shots, `${name}-${i}.png`), fullPage: true, clip });
  }
}

/**
 * Two weeks of a real diary through the app: the check, activities named and rated, pain with notes,
 * the day-2 check-in ("the same", which asks to see a doctor) and the weekly rating.
 */
async function twoWeeks(page: Page): Promise<void> {
  await seedCheck(page);
  await expectHeading(page, 'You can look after this yourself');
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await expectHeading(page, /^Today/);
  await page.getByRole('link', { name: 'Name activities' }).click();
  await expectHeading(page, 'Activities that are hard');
  await rateActivities(page, [2, 4], ACTIVITIES);
  await expectHeading(page, 'Progress');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expectHeading(page, /^Today/);
  await logEntry(page, 7, NOTES[0]);

  await openOn(page, at(day(1), '09:00'));
  await logEntry(page, 6);

  await openOn(page, at(day(2), '09:00'));
  await answerCheckIn(page, { trend: 'The same' });
  await expectHeading(page, 'Book a doctor or physiotherapist soon');
}

describe('For your doctor, in Chromium', { skip }, () => {
  const app = appForSuite();

  it('tells the doctor what the person answered, and makes every file from their diary', async () => {
    const { context, page } = await openApp(app.browser, app.url, at(ONSET));
    await twoWeeks(page);

    // "What to tell them" is the person's own story, not a generic list.
    const tell = await page.locator('main').innerText();
    assert.match(tell, /It started on Mon 2 Nov \(2 days ago\)/);
    assert.match(tell, /Since it started it has stayed the same\./);
    assert.match(tell, /Your pain was 6 out of 10 on Tue 3 Nov\./);
    await shot(page, 'result-light');

    await openOn(page, at(day(9), '09:00'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expectHeading(page, /^Today/);
    await page.getByRole('link', { name: 'Rate my activities' }).click();
    await expectHeading(page, 'Activities that are hard');
    await rateActivities(page, [5, 6]);
    await expectHeading(page, 'Progress');
    const progress = await page.locator('main').innerText();
    assert.match(progress, /Putting on socks\s*2 on Mon,? 2 Nov\s*5 on Wed,? 11 Nov/);
    await shot(page, 'progress-light');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await logEntry(page, 4, NOTES[1]);
    await openOn(page, at(day(13), '20:00'));
    await logEntry(page, 2, NOTES[2]);
    await logMedicines(page, 2, 'Ibuprofen', 'Paracetamol');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diary' }).click();
    await page
      .locator('.day-facts')
      .filter({ hasText: /Medicines\s*Ibuprofen, Paracetamol/ })
      .first()
      .waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
    await page.getByRole('link', { name: /For your doctor/ }).click();
    await expectHeading(page, 'For your doctor');
    const preview = await page.locator('.summary-page').innerText();
    // Today's advice leads, with its date; the patient gave no name here, so there are lines to write on.
    const opening = preview.split('\n').filter(Boolean).slice(0, 4).join(' ');
    assert.match(opening, /Name: _+\s+Date of birth: _+/);
    assert.match(opening, /Advice on Sun, 15 Nov 2026 \(day 13\): /);
    assert.match(preview, /Ibuprofen: 1 day \(15 Nov\)/);
    assert.match(preview, /Paracetamol: 1 day \(15 Nov\)/);
    assert.doesNotMatch(preview, /Answered on the first check/);
    for (const text of [...NOTES, ...ACTIVITIES])
      assert.ok(preview.includes(text), `the preview shows ${text}`);
    // The safety net, whole: all eight emergency signs and the number of the person's region (en-IE: 112).
    for (const sign of emergencySignWords) assert.ok(preview.includes(sign), `the preview names ${sign}`);
    assert.match(preview, /call 112 now/);
    await shot(page, 'doctor-light');

    const pdf = await download(page, 'Download the PDF summary');
    assert.match(pdf.name, /^unknot-2026-11-15-summary\.pdf$/);
    assert.equal(pdfPages(pdf.path), 1);
    const text = pdfText(pdf.path);
    assert.match(text.slice(0, 400), /Advice on Sun, 15 Nov 2026 \(day 13\): /);
    assert.match(text, /Ibuprofen: 1 day \(15 Nov\)/);
    for (const t of [...NOTES, ...ACTIVITIES]) assert.ok(text.includes(t), `the PDF holds "${t}"`);
    for (const sign of emergencySignWords) assert.ok(text.includes(sign), `the PDF names ${sign}`);
    assert.match(text, /call 112 now/);
    assert.match(text, /A4|Page 1 of 1/);
    const png = join(dir, 'summary');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf.path, png]);
    assert.ok(statSync(`${png}.png`).size > 10_000, 'the page renders to an image');
    if (updateDocs) {
      mkdirSync('docs/screenshots', { recursive: true });
      copyFileSync(`${png}.png`, 'docs/screenshots/summary.png');
    }

    const fhir = JSON.parse(readFileSync((await download(page, 'Download the FHIR record')).path, 'utf8'));
    assert.equal(fhir.resourceType, 'Bundle');
    const types = new Set(
      fhir.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType),
    );
    for (const t of [
      'Patient',
      'Condition',
      'Observation',
      'Questionnaire',
      'QuestionnaireResponse',
      'CarePlan',
    ])
      assert.ok(types.has(t), `the Bundle holds a ${t}`);
    assert.ok(JSON.stringify(fhir).includes(NOTES[1] as string));

    const ics = readFileSync((await download(page, 'Download the calendar file')).path, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    assert.ok(events.length > 0, 'the calendar has events');
    assert.ok(
      events.every((e) => e.getAllSubcomponents('valarm').length === 1),
      'each event reminds',
    );

    const csv = readFileSync((await download(page, 'Download the diary spreadsheet')).path, 'utf8');
    const rows = csv.trimEnd().split('\r\n');
    assert.match(rows[0] as string, /^date,recorded_at,pain_0_10,/);
    assert.equal(
      rows.length,
      1 + 5 + 1 + 2,
      'a header, five pain entries (one with medicines), the check-in and two ratings',
    );
    assert.ok(csv.includes('ibuprofen; Paracetamol'));
    for (const n of NOTES) assert.ok(csv.includes(n));
    assert.ok(csv.includes('Putting on socks: 5'));

    // The print stylesheet prints the summary alone, on one A4 page.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Download the PDF summary' }).isVisible(), false);
    const printed = join(dir, 'printed.pdf');
    await page.pdf({ path: printed, format: 'A4', printBackground: false });
    if (shots) copyFileSync(printed, join(shots, 'printed-a4.pdf'));
    assert.equal(pdfPages(printed), 1, 'the printed summary fits one A4 page');
    await page.pdf({ path: printed, format: 'Letter', printBackground: false });
    assert.equal(pdfPages(printed), 1, 'and one Letter page');
    for (const t of NOTES) assert.ok(pdfText(printed).includes(t));
    for (const sign of emergencySignWords) assert.ok(pdfText(printed).includes(sign), `printed: ${sign}`);
    await page.emulateMedia({ media: 'screen' });

    assert.deepEqual(pageErrors(page), []);
    assert.deepEqual(await cspViolations(page), []);
    await context.close();
  });

  it('shares a file where the browser can, and downloads it where sharing fails', async () => {
    const { context, page } = await openApp(app.browser, app.url, at(ONSET));
    // A phone browser's Web Share: it takes PDFs and CSV but not calendar files, as some do. Given as text:
    // tsx would wrap named functions in a helper the page does not have.
    await page.addInitScript(`
      window.shared = [];
      window.refuse = false;
      Object.defineProperty(Navigator.prototype, 'canShare', {
        configurable: true,
        value: (data) => (data.files || []).every((f) => f.type !== 'text/calendar'),
      });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data) => {
          if (window.refuse) throw new DOMException('not now', 'NotAllowedError');
          for (const f of data.files) window.shared.push({ name: f.name, type: f.type, size: f.size });
        },
      });
    `);
    await page.reload();
    await seedCheck(page);
    await page.goto(`${app.url}/#/doctor`);
    await expectHeading(page, 'For your doctor');
    assert.equal(await page.getByRole('button', { name: 'Share the calendar file' }).count(), 0);
    await page.getByRole('button', { name: 'Share the PDF summary' }).click();
    await page.getByTestId('export-message').filter({ hasText: 'The PDF summary was shared.' }).waitFor();
    const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
    assert.equal(shared.length, 1);
    assert.match(JSON.stringify(shared[0]), /"type":"application\/pdf"/);

    await page.evaluate(() => {
      (window as unknown as { refuse: boolean }).refuse = true;
    });
    const fell = await download(page, 'Share the diary spreadsheet');
    assert.match(fell.name, /diary\.csv$/);
    await page
      .getByTestId('export-message')
      .filter({ hasText: /Sharing did not work here/ })
      .waitFor();
    await context.close();
  });

  it('has no axe violations on the new screens, light and dark, is reachable by keyboard and reflows', async () => {
    const { context, page } = await openApp(app.browser, app.url, at(ONSET));
    await seedCheck(page);
    await page.goto(`${app.url}/#/activities`);
    await expectHeading(page, 'Activities that are hard');
    // A mistake is named per field and what was typed stays.
    await page.getByRole('button', { name: 'Save the ratings' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Activity 1: type the activity in your own words.' })
      .waitFor();
    const found: string[] = [];
    const bothSchemes = async (screen: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        found.push(...(await axe(page, `${screen} (${colorScheme})`)));
        await shot(page, `${screen}-${colorScheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await bothSchemes('activities');
    await page.getByLabel('Activity 1', { exact: true }).fill(ACTIVITIES[0] as string);
    await page.getByRole('button', { name: 'Save the ratings' }).click();
    await page.getByRole('alert').filter({ hasText: 'Activity 1: tap a number from 0 to 10.' }).waitFor();
    assert.equal(await page.getByLabel('Activity 1', { exact: true }).inputValue(), ACTIVITIES[0]);
    await rateActivities(page, [3]);
    // Saved, the app goes to Progress: its screen loads lazily, so wait for it before axe reads it.
    await expectHeading(page, 'Progress');
    await bothSchemes('progress');

    await page.goto(`${app.url}/#/more`);
    await expectHeading(page, 'More');
    // The screen puts the focus on its heading in an effect after the paint: tabbing before that, the focus is
    // taken back to the heading under the test, and Enter lands there.
    assert.equal(await focusSettles(page, 'text', 'More'), 'More');
    // Keyboard alone: Tab to the link, Enter, then Tab to the PDF button and Enter.
    await tabTo(page, 'For your doctor: a one-page summary and files');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'For your doctor');
    assert.equal(await focusSettles(page, 'text', 'For your doctor'), 'For your doctor');
    await bothSchemes('doctor');
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await tabTo(page, 'Download the PDF summary');
        await page.keyboard.press('Enter');
      })(),
    ]);
    assert.match(d.suggestedFilename(), /summary\.pdf$/);
    assert.deepEqual(found, []);

    // 320 CSS pixels (400% zoom of a 1280 screen): no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    const wide: string[] = [];
    for (const path of ['/#/doctor', '/#/activities', '/#/progress']) {
      await goToScreen(page, app.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    assert.deepEqual(wide, []);
    await context.close();
  });
});

/** Writes an episode and its diary straight to the app's database, then opens `hash`. */
async function seedDiary(page: Page, episode: Episode, entries: Entry[], hash: string): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'unknot'));
  await page.evaluate(
    ({ episode, entries }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('unknot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['episodes', 'entries'], 'readwrite');
          tx.objectStore('episodes').put(episode);
          for (const e of entries) tx.objectStore('entries').put(e);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { episode, entries },
  );
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.reload();
  await page.locator('h1').first().waitFor();
}

describe("A GP's day-10 summary, in Chromium", { skip }, () => {
  const app = appForSuite();

  it("leads the print page with today's advice, the signs by when they were reported and the medicines by name", async () => {
    const { context, page } = await openApp(app.browser, app.url, `${GP_TODAY}T10:30:00`);
    const gp = aGpDay10();
    await seedDiary(page, gp.episode, gp.entries, '#/doctor');
    await expectHeading(page, 'For your doctor');
    const sheet = page.locator('.summary-page');
    const advice = sheet.getByRole('region', {
      name: 'Advice on Sun, 6 Dec 2026 (day 10): See a doctor or physiotherapist within a week',
    });
    await advice.waitFor();
    assert.match(await advice.innerText(), /Why: You were not sure about: fever\./);
    assert.match(
      await advice.innerText(),
      /Fever: not sure \(check-in on day 7, Thu 3 Dec\)/,
      'the sign with when it was reported',
    );
    const text = await sheet.innerText();
    // The history: "see a doctor" once, with the check-ins that kept it.
    assert.equal(text.split('See a doctor or physiotherapist within a week').length - 1, 2);
    assert.match(text, /Unchanged at the check-ins on day 7 \(felt the same\) and day 9 \(felt worse\)\./);
    assert.match(text, /Ibuprofen: 5 days \(27\s–\s30 Nov, 2 Dec\)/);
    assert.match(text, /Paracetamol: 2 days \(28\s–\s29 Nov\)/);
    assert.match(text, /Not asked: Long morning stiffness\./);
    assert.equal(await sheet.getByRole('row', { name: /^Fever \(day 7\) Not sure$/ }).count(), 1);

    const found: string[] = [];
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        found.push(...(await axe(page, `doctor at ${width} (${colorScheme})`)));
        if (shots) {
          mkdirSync(shots, { recursive: true });
          // The sheet's top at the top of the screen: what a person sees on opening the preview.
          await sheet.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: join(shots, `summary-page-${width}-${colorScheme}.png`) });
        }
      }
    }
    assert.deepEqual(found, []);
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    if (shots) await page.screenshot({ path: join(shots, 'summary-page-print.png'), fullPage: true });
    const printed = join(dir, 'gp-printed.pdf');
    for (const format of ['A4', 'Letter'] as const) {
      await page.pdf({ path: printed, format, printBackground: false });
      if (shots) copyFileSync(printed, join(shots, `gp-printed-${format}.pdf`));
      assert.equal(pdfPages(printed), 1, `the day-10 summary prints on one ${format} page`);
    }
    const lines = execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    assert.match(lines.slice(0, 5).join(' '), /Advice on Sun, 6 Dec 2026 \(day 10\)/);
    if (shots) copyFileSync(printed, join(shots, 'gp-printed-letter.pdf'));
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });
});

/** Presses Tab until the named control has focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}
