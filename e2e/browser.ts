import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (package chromium): the browser people run, with everything a desktop browser has. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Debian's headless shell (package chromium-headless-shell): the same Chromium, built from the same source at the
 * same version (its Blink, V8, network stack and storage), without the desktop browser around the page. It is
 * what Playwright runs for headless tests by default, and it costs about 40% less CPU than the full browser over
 * the browser suite (235 against 146 core-seconds measured alone): the run is CPU-bound on two cores. It has no
 * notifications and no screen wake lock: the tests of those ask for the full browser (`'full'`).
 */
export const HEADLESS_SHELL = process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium a test needs: `'shell'` for pages (the headless shell where it is installed, else the full one;
 * UNKNOT_BROWSER=full runs every test in the full browser), `'full'` for what only the full browser has
 * (notifications, the screen wake lock) and for what a person sees (screenshots, Lighthouse, benches).
 */
export type BrowserKind = 'shell' | 'full';

export function executableOf(kind: BrowserKind): string {
  if (kind === 'shell' && process.env.UNKNOT_BROWSER !== 'full' && existsSync(HEADLESS_SHELL))
    return HEADLESS_SHELL;
  return CHROMIUM;
}

/** Why the browser tests cannot run here, or undefined when they can. With CI=true a missing browser fails. */
export function skipReason(): string | undefined {
  const missing = [CHROMIUM, ...(process.env.CI === 'true' ? [HEADLESS_SHELL] : [])].filter(
    (path) => !existsSync(path),
  );
  if (missing.length === 0) return undefined;
  if (process.env.CI === 'true')
    throw new Error(
      `CI=true but no ${missing.join(' or ')}: install it (apt-get install -y chromium chromium-headless-shell)`,
    );
  return `no chromium at ${CHROMIUM}`;
}

export function launch(kind: BrowserKind = 'full'): Promise<Browser> {
  return chromium.launch({ executablePath: executableOf(kind), args: CHROMIUM_ARGS, headless: true });
}

const shared = new Map<BrowserKind, Promise<Browser>>();

/**
 * The lane's Chromium of a kind, started by the first caller and reused by every file of the suite (each test opens
 * its own context, so no profile is shared); `closeSharedBrowser()` ends them. Never close one yourself.
 */
export function sharedBrowser(kind: BrowserKind = 'shell'): Promise<Browser> {
  let browser = shared.get(kind);
  if (!browser) {
    browser = launch(kind);
    shared.set(kind, browser);
  }
  return browser;
}

export async function closeSharedBrowser(): Promise<void> {
  const browsers = [...shared.values()];
  shared.clear();
  for (const browser of browsers) await (await browser).close();
}
