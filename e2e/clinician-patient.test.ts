import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { todayIn } from '../src/core/clock.ts';
import { addDays } from '../src/core/dates.ts';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import type { Db } from '../src/server/db/types.ts';
import { CLINICIAN_PASSWORD, clinician, share } from '../test/clinician-helpers.ts';
import { Device, uniqueEmail } from '../test/server-helpers.ts';
import { axe, keyTo, newContext } from './app.ts';
import { skipReason } from './browser.ts';
import { clinicForSuite } from './clinic.ts';

const skip = skipReason();
/** With UNKNOT_UPDATE_DOCS=1 the page's screenshots (1280x800 and 390x844, light and dark) go to docs/screenshots. */
const updateDocs = process.env.UNKNOT_UPDATE_DOCS === '1';

/** "Wed 25 Nov", as the page writes a day in the clinician's locale (en-IE here). */
const dayLabel = (date: string) =>
  new Intl.DateTimeFormat('en-IE', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

/**
 * A patient five days into an episode, as their app would have synced it: pain below the knee at the first
 * check; at the day-3 check-in, "the same" and not sure about a fever (the episode's `reportedOn` keeps the day);
 * cold and heat sessions, a medicine, a note and function scores in the diary. Dates count back from the
 * patient's today (UTC: this device never sent a zone), so the page's "today" is theirs.
 */
async function seedPatient(url: string) {
  const today = todayIn('UTC');
  const onset = addDays(today, -5);
  const checkInDay = addDays(onset, 3);
  const device = new Device(url);
  const email = await device.signUp();
  const episode: Episode = {
    id: randomUUID(),
    onset,
    case: {
      age: 46,
      onset,
      asOf: onset,
      painNow: 7,
      findings: ['lifting_trigger', 'pain_radiates_below_knee'],
      unsure: ['fever'],
    },
    answers: { saddle_numbness: 'no', pain_radiates_below_knee: 'yes', fever: 'unsure' },
    reportedOn: { fever: checkInDay },
    createdAt: `${onset}T08:00:00.000Z`,
    updatedAt: `${checkInDay}T09:00:00.000Z`,
  };
  const entry = (date: string, time: string, fields: Partial<Entry>): Entry => ({
    id: randomUUID(),
    episodeId: episode.id,
    recordedAt: `${date}T${time}:00.000Z`,
    date,
    ...fields,
  });
  const entries: Entry[] = [
    entry(onset, '08:30', { pain: 7, functionScale: [{ activity: 'Walking to the shop', score: 3 }] }),
    entry(onset, '10:00', { treatments: ['ice'], minutes: 20, felt: 'better' }),
    entry(addDays(onset, 1), '09:00', {
      pain: 7,
      treatments: ['medicine'],
      note: 'Slept badly, woke twice.',
    }),
    entry(addDays(onset, 1), '18:00', { treatments: ['heat'], minutes: 15 }),
    entry(checkInDay, '09:00', {
      checkIn: 'same',
      pain: 6,
      functionScale: [
        { activity: 'Walking to the shop', score: 4 },
        { activity: 'Sitting at work', score: 5 },
      ],
    }),
    entry(addDays(onset, 4), '12:00', { pain: 7, spasms: 2, triggers: ['long_sitting'] }),
  ];
  const r = await device.sync({ episodes: [episode], entries });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return { device, email, onset, checkInDay, today };
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("the patient page, in a clinician's words", { skip }, () => {
  let browser: Browser;
  let url = '';
  let db: Db;
  // The operator's side: the clinician is made on the same database (clinic.db), as `unknot clinician add` does.
  const clinic = clinicForSuite();
  before(() => {
    ({ url, db, browser } = clinic);
  });

  it("heads with today's advice and why, names the unsure sign and when it was reported, and labels the chart", async () => {
    const seeded = await seedPatient(url);
    const doctorEmail = uniqueEmail();
    await share(seeded.device, await clinician(url, db, doctorEmail));

    const context = await newContext(browser, {
      viewport: { width: 1280, height: 800 },
      locale: 'en-IE',
      timezoneId: 'UTC',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/clinician.html`);
    await page.fill('#email', doctorEmail);
    await page.fill('#password', CLINICIAN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: new RegExp(seeded.email.replace(/[.+]/g, '\\$&')) }).waitFor();

    // By keyboard alone: Tab to the patient in the list, Enter opens the page.
    await keyTo(page, seeded.email);
    const h1 = page.getByRole('heading', { level: 1, name: `Patient: ${seeded.email}` });
    await h1.waitFor();

    // The headline: today's advice in a clinician's words, and each reason as a finding.
    const advice = page.getByRole('region', { name: /^Advised today:/ });
    assert.equal(
      (await advice.getByRole('heading', { level: 2 }).innerText()).trim(),
      'Advised today: see a GP or physiotherapist within a week',
    );
    const asOf = (await advice.locator('p').first().innerText()).trim();
    assert.match(asOf, new RegExp(`^As of ${dayLabel(seeded.today)}, day 5 since onset\\.`));
    assert.match(
      asOf,
      new RegExp(`Judged on the pain ratings up to ${dayLabel(addDays(seeded.onset, 4))}\\.`),
    );
    const reasons = (await advice.locator('.pt-reasons li').allInnerTexts()).map((r) => r.trim());
    assert.ok(
      reasons.includes('Warning sign not ruled out, the patient was not sure: Fever'),
      reasons.join('\n'),
    );
    assert.ok(reasons.includes('Pain down one leg below the knee: possible sciatica'), reasons.join('\n'));
    assert.ok(
      reasons.some((r) => r === 'No better on day 5: the pain is the same as at onset'),
      reasons.join('\n'),
    );
    // The headline sits in the first screenful at 1280x800.
    const box = await advice.boundingBox();
    assert.ok(box && box.y < 800, `the advice starts at ${box?.y}`);

    // Every warning sign answered yes or not sure, by name, with when it was reported.
    const signs = page.getByRole('region', { name: 'Warning signs answered yes or not sure' });
    assert.deepEqual(
      (await signs.getByRole('listitem').allInnerTexts()).map((s) => s.trim()),
      [
        `Pain down one leg below the knee: yes, first check (${dayLabel(seeded.onset)})`,
        `Fever: not sure, reported at the check-in of day 3 (${dayLabel(seeded.checkInDay)})`,
      ],
    );
    assert.doesNotMatch(await page.locator('main').innerText(), /Warning signs:?\s*Not sure/i);

    // The chart, labelled for a clinician, with its source.
    await page.getByRole('img', { name: "Patient's pain by day since onset" }).waitFor();
    const key = (await page.locator('.pt-pain figcaption span').allInnerTexts()).map((k) => k.trim());
    assert.deepEqual(key, ["Patient's pain", 'Expected course (Costa 2012)']);
    await page.getByText(/Costa et al\., CMAJ 2012/).waitFor();

    // Function scores by date, with the change.
    const walking = page.getByRole('row', { name: /Walking to the shop/ });
    assert.deepEqual(
      (await walking.locator('td').allInnerTexts()).map((c) => c.trim()),
      ['3', '4', '+1'],
    );
    const sitting = page.getByRole('row', { name: /Sitting at work/ });
    assert.deepEqual(
      (await sitting.locator('td').allTextContents()).map((c) => c.trim()),
      ['–not rated', '5', '–rated once'],
    );

    // The diary by day, newest first: the check-in's day names its trend and the sign raised that day.
    const days = page.locator('.pt-day');
    assert.deepEqual(
      (await days.locator('h4').allInnerTexts()).map((h) => h.trim()),
      [
        `${dayLabel(addDays(seeded.onset, 4))}, day 4`,
        `${dayLabel(seeded.checkInDay)}, day 3`,
        `${dayLabel(addDays(seeded.onset, 1))}, day 1`,
        `${dayLabel(seeded.onset)}, day 0`,
      ],
    );
    const row = (day: number, name: string) =>
      days
        .nth(day)
        .locator('.pt-row', { has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
        .locator('dd');
    assert.equal((await row(1, 'Check-in').innerText()).trim(), 'no change since onset');
    assert.equal((await row(1, 'Signs reported').innerText()).trim(), 'Fever: not sure');
    assert.equal((await row(2, 'Cold and heat').innerText()).trim(), 'Heat, 15 min');
    assert.equal((await row(2, 'Medicine').innerText()).trim(), 'taken');
    assert.equal((await row(2, 'Notes').innerText()).trim(), 'Slept badly, woke twice.');
    assert.equal((await row(3, 'First check').innerText()).trim(), '1 warning sign answered yes or not sure');
    assert.equal((await row(3, 'Cold and heat').innerText()).trim(), 'Cold pack, 20 min, felt better after');
    assert.equal((await row(0, 'Possible triggers').innerText()).trim(), 'long sitting');

    assert.deepEqual(await axe(page, 'clinician patient page at 1280 (light)'), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axe(page, 'clinician patient page at 1280 (dark)'), []);
    await page.emulateMedia({ colorScheme: 'light' });
    if (updateDocs) await shots(page, 1280, 800);

    // The downloads by keyboard too: Tab reaches the summary from the page's top.
    await h1.click();
    const download = page.waitForEvent('download');
    await keyTo(page, 'One-page summary (PDF)', 40);
    assert.match((await download).suggestedFilename(), /summary\.pdf$/);

    // A phone: nothing scrolls sideways, and it still passes axe.
    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await noSidewaysScroll(page), 0);
    assert.deepEqual(await axe(page, 'clinician patient page at 390 (light)'), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axe(page, 'clinician patient page at 390 (dark)'), []);
    await page.emulateMedia({ colorScheme: 'light' });
    if (updateDocs) await shots(page, 390, 844);

    assert.deepEqual(errors, []);
    await context.close();
  });
});

/** The page at one size, light and dark, from its top, as tall as it is. */
async function shots(page: Page, width: number, height: number): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  await page.setViewportSize({ width, height });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({
      path: `docs/screenshots/clinician-patient-${width}-${scheme}.png`,
      fullPage: true,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
