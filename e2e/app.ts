import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { Case } from '../src/core/case.ts';
import type { Episode } from '../src/core/episode.ts';
import { finalAnswers } from '../src/core/flow.ts';
import type { Catalogue } from '../src/core/knowledge/text/catalogue.ts';
import { everyCatalogue } from '../src/core/knowledge/text/every.ts';
import { FALLBACK, languageOf } from '../src/core/knowledge/text/languages.ts';
import { SCHEMA_VERSION } from '../src/core/version.ts';
import { walkFlow } from '../test/flow-walk.ts';
import { type BrowserKind, closeSharedBrowser, launch, sharedBrowser } from './browser.ts';
import { closeSharedServer, serve, sharedServer } from './serve.ts';

/**
 * A fresh browser profile for the app. Its service worker is blocked unless `serviceWorker: true`: installing it
 * precaches the whole app (about 2 MB in some 80 files) in every profile, CPU the browser suite spent on each of
 * its tests for nothing. The tests that go offline, read notifications through the worker's registration or test
 * the worker itself opt in; one that forgets waits on `navigator.serviceWorker.ready` and fails by its timeout.
 */
export function newContext(
  browser: Browser,
  options: BrowserContextOptions & { serviceWorker?: boolean } = {},
): Promise<BrowserContext> {
  const { serviceWorker = false, ...rest } = options;
  // English unless a test says otherwise: the app follows the browser's language, which would otherwise be the
  // machine's (LANG).
  return browser.newContext({ locale: 'en-US', ...rest, serviceWorkers: serviceWorker ? 'allow' : 'block' });
}

/**
 * A fresh profile (its own IndexedDB) with the page clock set to a local time; its service worker blocked unless
 * `serviceWorker: true` (newContext above). The browser's locale is en-IE unless `locale` says otherwise: a
 * Spanish one ('es-MX') lands on the Spanish build at /es/, as the server sends a person there.
 */
export async function openApp(
  browser: Browser,
  url: string,
  at = '2026-11-20T08:00:00',
  options: {
    colorScheme?: 'light' | 'dark';
    context?: BrowserContext;
    serviceWorker?: boolean;
    locale?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context =
    options.context ??
    (await newContext(browser, {
      viewport: { width: 390, height: 800 },
      timezoneId: 'UTC',
      locale: options.locale ?? 'en-IE',
      colorScheme: options.colorScheme ?? 'light',
      acceptDownloads: true,
      serviceWorker: options.serviceWorker,
    }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.clock.install({ time: new Date(`${at}Z`) });
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  return { context, page };
}

/**
 * The catalogue of the language the page is in (its <html lang>): helpers that find controls by their names use
 * it, so they work in every language's build.
 */
export async function wordsOf(page: Page): Promise<Catalogue> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  return everyCatalogue[languageOf(lang) ?? FALLBACK];
}

/** axe-core itself, put into the page once per document. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG 2.1 A/AA and best-practice violations on the page, one line each, named by the screen.
 *
 * axe-core runs in the page itself. @axe-core/playwright did the same run but put axe into every frame again
 * and opened a blank page to merge frame results at each call: about 0.9 s a run against 0.1 s, for an app that
 * has no frames (checked here, so a frame added later is not silently left out).
 */
export async function axe(
  page: Page,
  screen: string,
  tags: string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
  only: 'tag' | 'rule' = 'tag',
): Promise<string[]> {
  if (page.frames().length > 1)
    throw new Error(`${screen}: the page has frames; axe() runs in the top one only`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    ([type, values]) =>
      (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } }).axe
        .run(document, { runOnly: { type, values }, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            count: v.nodes.length,
            target: v.nodes[0]?.target.join(' '),
          })),
        ),
    [only, tags] as const,
  );
  return violations.map((v) => `${screen}: ${v.id} (${v.count}) ${v.target}`);
}

/**
 * Every place inside the elements `selector` matches where a line of text breaks inside a word, as "text: a|b".
 * Each character's box is measured (Range.getClientRects); where one character starts a line below the one
 * before it, the break must fall at a space, after an @, a hyphen or a slash, before a dot (list.tsx's <wbr>s),
 * or between two boxes of their own (a name and the email beneath it, two flags). Runs in the page.
 */
export function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>(sel)) {
      let prev: { ch: string; top: number; height: number; box: Element | null } | undefined;
      let space = false;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        // The nearest box that is not inline: two characters in different ones are on lines of their own anyway.
        let box = node.parentElement;
        while (box && box !== cell && getComputedStyle(box).display === 'inline') box = box.parentElement;
        for (let i = 0; i < text.length; i++) {
          const ch = text[i] as string;
          if (/\s/.test(ch)) {
            space = true;
            continue;
          }
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || (rect.width === 0 && rect.height === 0)) continue;
          const here = { ch, top: rect.top, height: rect.height, box };
          if (prev && here.top > prev.top + prev.height / 2) {
            const allowed = space || prev.box !== here.box || '@-/'.includes(prev.ch) || here.ch === '.';
            if (!allowed) found.push(`${cell.innerText.replace(/\s+/g, ' ').trim()}: ${prev.ch}|${here.ch}`);
          }
          prev = here;
          space = false;
        }
      }
    }
    return found;
  }, selector);
}

/**
 * Where the first screenful ends: the top of the tab bar while it is fixed to the window's foot (what lies below
 * it is not seen without scrolling), else the window's foot.
 */
export function foldOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = document.querySelector('nav.tabs');
    const fixed = nav && getComputedStyle(nav).position === 'fixed';
    return fixed ? Math.min(innerHeight, (nav as HTMLElement).getBoundingClientRect().top) : innerHeight;
  });
}

/**
 * Presses Tab until the focused control is named `name` (its aria-label, else its text: exactly a string, or
 * matching a pattern), then Enter; fails after `most` presses, so a control the keyboard cannot reach fails.
 */
export async function keyTo(page: Page, name: string | RegExp, most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

/** Which of the focused element's names a check reads: its id, its aria-label or its text. */
export type FocusName = 'id' | 'label' | 'text';

/**
 * The focused element's id, aria-label or text once it is `expected`, else what it is after `ms`. The app
 * moves the focus in an effect, after the change is painted, so a check made straight after the change can
 * run before it: this waits for the focus to arrive and still fails, with what was focused, when it does not.
 */
export async function focusSettles(
  page: Page,
  name: FocusName,
  expected: string,
  ms = 5000,
): Promise<string | null> {
  const read = () =>
    page.evaluate((n) => {
      const el = document.activeElement;
      if (!el) return null;
      return n === 'id' ? el.id : n === 'label' ? el.getAttribute('aria-label') : el.textContent;
    }, name);
  return settles(read, expected, ms);
}

/** What `read` gives once it gives `expected`, else what it gives after `ms` (see focusSettles). */
export async function settles<T>(read: () => Promise<T>, expected: T, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = await read();
    if (got === expected || Date.now() > until) return got;
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Content-Security-Policy violations the page has reported since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** Waits until the screen's h1 reads as expected: screens load lazily, so never read it straight after a tap. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  try {
    await page
      .getByRole('heading', {
        level: 1,
        name: typeof name === 'string' ? name : name,
        exact: typeof name === 'string',
      })
      .waitFor();
  } catch (error) {
    // Say what the screen was instead, so a failure read from a CI log names where the app had got to.
    const seen = await page
      .evaluate(() => ({
        url: location.href,
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim()),
        focused: document.activeElement?.outerHTML.slice(0, 120),
      }))
      .catch(() => 'the page could not be read');
    throw new Error(`no heading ${String(name)}; the page had ${JSON.stringify(seen)}`, { cause: error });
  }
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

export async function nextHeading(page: Page, previous: string): Promise<void> {
  await page.waitForFunction((prev) => {
    const h = document.querySelector('h1');
    return h && h.textContent?.trim() !== prev;
  }, previous);
}

/**
 * Goes to a screen of the app by its address and waits until that screen is the one shown: a change of hash keeps
 * the document, so the previous screen's h1 stays until the new (lazily loaded) screen replaces it. A screen's h1
 * is drawn once the store is ready and the screen has loaded, so what is read after this is the new screen.
 */
export async function goToScreen(page: Page, url: string): Promise<void> {
  const before = await page.evaluate(() => ({
    hash: location.hash,
    h1: document.querySelector('h1')?.textContent?.trim() ?? null,
  }));
  await page.goto(url);
  if (new URL(url).hash !== before.hash && before.h1 !== null) await nextHeading(page, before.h1);
  await page.locator('h1').first().waitFor();
}

/**
 * Waits until the service worker controls the page, so the app's files (its lazily loaded screens too) come from
 * its cache: before a test takes the browser offline. A test that walked the whole check had given the worker
 * the time; one that starts from a seeded episode has not.
 */
export async function untilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
    }
  });
}

/** The answer that starts a new episode when one is under way. */
export const NEW_EPISODE = 'Yes, it is new: start a new check';

/** Opens a due check-in: on Today its card asks its questions once "Check in now" is tapped; elsewhere a no-op. */
export async function openCheckIn(page: Page): Promise<void> {
  const card = page.getByRole('region', { name: /Time to check in/ });
  await card.waitFor();
  const open = card.getByRole('button', { name: 'Check in now' });
  if (await open.count()) await open.click();
}

/**
 * Answers the check-in card on the screen (opening it first on Today): "No" to the emergency signs, then the new-signs list (the items whose
 * label matches `yes` marked Yes, else "None of these"), the pain now (a number, or "I cannot say" when absent),
 * then the trend by its button's name.
 */
export async function answerCheckIn(
  page: Page,
  answers: { trend: string; pain?: number; yes?: RegExp },
): Promise<void> {
  await openCheckIn(page);
  const card = page.getByRole('region', { name: /Time to check in/ });
  // The eight emergency signs, one at a time: each "No" brings the next.
  for (let n = 1; n <= 8; n++) {
    await card.getByText(`Warning sign ${n} of 8`).waitFor();
    await card.getByRole('button', { name: 'No', exact: true }).click();
  }
  await card.getByText('Since your last check, has any of these started?').waitFor();
  if (answers.yes) {
    await card.getByRole('group', { name: answers.yes }).getByRole('checkbox', { name: 'Yes' }).check();
    await card.getByRole('button', { name: 'Continue' }).click();
  } else await card.getByRole('button', { name: 'None of these' }).click();
  // The card's own pain scale: Today's diary form above it has one too.
  if (answers.pain === undefined) await card.getByRole('button', { name: 'I cannot say' }).click();
  else await card.locator('fieldset.scale button').nth(answers.pain).click();
  await card.getByRole('button', { name: answers.trend, exact: true }).click();
}

/** Answers the whole check with "No" (or "None of these") and the given details, ending on the result screen. */
export async function completeCheck(
  page: Page,
  answers: { age?: string; onset?: string; trend?: string; pain?: number; started?: boolean } = {},
): Promise<{ taps: number; answers: number }> {
  let taps = 0;
  let given = 0;
  const tap = async (target: ReturnType<Page['getByRole']>) => {
    taps++;
    await target.click();
  };
  if (!answers.started) await tap(page.getByRole('link', { name: 'Check my back' }));
  // With an episode under way the check first asks whether this is new back pain.
  const isNew = page.getByRole('button', { name: NEW_EPISODE });
  await page.locator('.stage').or(isNew).first().waitFor();
  if (await isNew.count()) await tap(isNew);
  await page.locator('.stage').first().waitFor();
  for (let i = 0; i < 80; i++) {
    const h1 = await heading(page);
    if (h1.startsWith('That’s all')) {
      const confirm = page.getByRole('button', { name: 'Start the new episode' });
      await tap((await confirm.count()) ? confirm : page.getByRole('button', { name: 'See what to do' }));
      await nextHeading(page, h1);
      return { taps, answers: given };
    }
    given++;
    if (await page.locator('#age').count()) {
      // Typing the age takes a tap into the field, then Next.
      taps++;
      await page.fill('#age', answers.age ?? '34');
      await tap(page.getByRole('button', { name: 'Next' }));
    } else if (await page.locator('#onset').count()) {
      await tap(page.getByRole('button', { name: answers.onset ?? 'Today', exact: true }));
    } else if (await page.locator('fieldset.scale').count()) {
      // The pain now, asked from day 7.
      await tap(page.locator('fieldset.scale button').nth(answers.pain ?? 2));
    } else if (await page.getByRole('button', { name: 'Getting better' }).count()) {
      await tap(page.getByRole('button', { name: answers.trend ?? 'Getting better' }));
    } else if (await page.getByRole('button', { name: 'None of these' }).count()) {
      await tap(page.getByRole('button', { name: 'None of these' }));
    } else {
      await tap(page.getByRole('button', { name: 'No', exact: true }));
    }
    await nextHeading(page, h1);
  }
  throw new Error('the check did not finish within 80 answers');
}

/**
 * Where `completeCheck(page)` ends (the result screen of a new episode), without the taps: the episode is made by
 * the core's flow from the answers completeCheck gives (34, started today, getting better, no to every sign),
 * as the check screen makes it, and written to the app's own database; then the page reloads on the result.
 * For tests whose subject comes after the check. The episode is pending like one the app made, so a sign-in pushes
 * it. The check itself is tapped through where it is the subject: e2e/patient.test.ts (the main flow and a second
 * check), e2e/safety.test.ts, the keyboard walk in e2e/a11y.test.ts, and the new-episode checks of episodes and sync.
 */
export async function seedCheck(page: Page): Promise<void> {
  // The page's own clock and (UTC) zone say what "today" is.
  const now = await page.evaluate(() => new Date().toISOString());
  const asOf = now.slice(0, 10);
  const walk = walkFlow(asOf, { age: 34, onset: asOf, trend: 'better' }, { tailor: false });
  if (walk.check.kind !== 'done') throw new Error(`the seeded check ended at ${walk.check.kind}`);
  const episode: Episode = {
    v: SCHEMA_VERSION,
    id: crypto.randomUUID(),
    onset: walk.check.case.onset,
    case: walk.check.case,
    answers: finalAnswers(walk.draft.answers),
    createdAt: now,
    updatedAt: now,
  };
  await putEpisode(page, episode);
  await page.evaluate(() => {
    location.hash = '#/result';
  });
  await page.reload();
  await page.getByRole('link', { name: (await wordsOf(page)).app.result.startPlan }).waitFor();
}

/** Writes one episode straight into the app's IndexedDB, once the app has made its database. */
async function putEpisode(page: Page, episode: Episode): Promise<void> {
  // The app makes its database as it starts; written to before that, it would have no stores.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'unknot'));
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('unknot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('episodes', 'readwrite');
          tx.objectStore('episodes').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    episode,
  );
}

/**
 * Writes an episode with the given case (on the page's own today, onset as given) straight to the app's database
 * and reloads on `hash`: for screens whose subject is a result, not the questions that lead to it.
 */
export async function seedEpisode(
  page: Page,
  c: Omit<Case, 'asOf' | 'onset'> & { onset?: string },
  hash = '#/result',
): Promise<Episode> {
  const now = await page.evaluate(() => new Date().toISOString());
  const asOf = now.slice(0, 10);
  const onset = c.onset ?? asOf;
  const episode: Episode = {
    v: SCHEMA_VERSION,
    id: crypto.randomUUID(),
    onset,
    case: { ...c, onset, asOf },
    createdAt: now,
    updatedAt: now,
  };
  await putEpisode(page, episode);
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.reload();
  await page.locator('h1').first().waitFor();
  return episode;
}

/** What a catalogue function says before its first argument: "Saved: pain 6 on" from savedPain(6, day). */
export function wordsBefore(say: (x: string) => string): string {
  return say('\u0000').split('\u0000')[0] as string;
}

export async function logPain(page: Page, pain: number): Promise<void> {
  const w = (await wordsOf(page)).app;
  const form = page.getByRole('form', { name: w.diaryForm.newLabel });
  // Each pain button is named by its number and word: "6, moderate".
  await form.getByRole('button', { name: new RegExp(`^${pain},`) }).click();
  await form.getByRole('button', { name: w.common.save, exact: true }).click();
  // "Saved: pain 6 on …": the words before the day.
  const saved = wordsBefore((day) => w.diaryForm.savedPain(pain, day));
  await page.getByRole('status').filter({ hasText: saved }).waitFor();
}

/**
 * A pain rating of `pain` on the diary's day cards ("6 at 08:00" on a card's Pain line), for waiting on it or
 * counting it.
 */
export function diaryPain(page: Page, pain: number): Locator {
  return page.locator('.day-facts .fact').filter({ hasText: new RegExp(`^${pain} at `) });
}

/** With UNKNOT_SCREENSHOTS=DIR the suite keeps 390-pixel screenshots of the screens it checks, light and dark. */
const shots = process.env.UNKNOT_SCREENSHOTS;

/** The whole screen at 390 px in one window as tall as the page, so the tab bar and a message sit at its foot. */
async function shoot(page: Page, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const before = page.viewportSize() ?? { width: 390, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 390, height: Math.max(before.height, height) });
  await page.screenshot({ path });
  await page.setViewportSize(before);
}

/** axe in light and dark (and a screenshot of each when asked); the page is left light. */
/**
 * The axe rules whose outcome depends on colours: all that the dark theme can change, since under
 * prefers-color-scheme the stylesheets set colour variables and nothing else (test/dark-theme.test.ts).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every rule in the light theme, then the colour rules in the dark one. */
export async function axeLightAndDark(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(
      ...(await (scheme === 'light'
        ? axe(page, `${name} (light)`)
        : axe(page, `${name} (dark)`, COLOUR_RULES, 'rule'))),
    );
    if (shots) await shoot(page, join(shots, `${name}-${scheme}.png`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** Whether the files share one Chromium and one server: set by e2e/browser.suite.ts, which imports them all. */
let lane = false;

/**
 * For e2e/browser.suite.ts, before it imports the files: appForSuite() then hands every suite the lane's
 * Chromium (one of each kind asked for) and server (each test still opens its own context, a fresh profile), and
 * closes each suite's contexts after it; the lane's browsers and server stop in the `after` this registers, once
 * every file has run.
 */
export function shareOneBrowserAndServer(): void {
  lane = true;
  after(async () => {
    await closeSharedBrowser();
    await closeSharedServer();
  });
}

/**
 * Chromium for a suite that starts a server of its own: the lane's in e2e/browser.suite.ts (`done` then closes the
 * contexts the suite opened), else its own (`done` closes it). The headless shell unless `kind` is `'full'`
 * (e2e/browser.ts).
 */
export async function browserForSuite(
  kind: BrowserKind = 'shell',
): Promise<{ browser: Browser; done(): Promise<void> }> {
  if (!lane) {
    const browser = await launch(kind);
    return { browser, done: () => browser.close() };
  }
  const browser = await sharedBrowser(kind);
  return {
    browser,
    done: async () => {
      for (const context of browser.contexts()) await context.close();
    },
  };
}

/**
 * Chromium and the app's server for a suite: started before it and stopped after it when the file runs alone, the
 * lane's shared ones when it runs in e2e/browser.suite.ts (its contexts are closed after the suite). `browser` is
 * the headless shell unless `kind` is `'full'` (a suite that tests the screen wake lock, e2e/browser.ts);
 * `fullBrowser()` gives one test of a shell suite the full browser (notifications), started on first use.
 */
export function appForSuite(kind: BrowserKind = 'shell'): {
  readonly browser: Browser;
  readonly url: string;
  fullBrowser(): Promise<Browser>;
} {
  const browsers = new Map<BrowserKind, Browser>();
  let server: { url: string; close?(): Promise<void> } | undefined;
  let own = true;
  const browserOf = async (k: BrowserKind) => {
    let browser = browsers.get(k);
    if (!browser) {
      browser = own ? await launch(k) : await sharedBrowser(k);
      browsers.set(k, browser);
    }
    return browser;
  };
  before(async () => {
    own = !lane;
    server = own ? await serve() : await sharedServer();
    await browserOf(kind);
  });
  after(async () => {
    for (const browser of browsers.values()) {
      if (own) await browser.close();
      else for (const context of browser.contexts()) await context.close();
    }
    browsers.clear();
    if (own) await server?.close?.();
  });
  return {
    get browser() {
      const browser = browsers.get(kind);
      if (!browser) throw new Error("the browser starts in the suite's before hook");
      return browser;
    },
    get url() {
      if (!server) throw new Error("the server starts in the suite's before hook");
      return server.url;
    },
    fullBrowser: () => browserOf('full'),
  };
}
