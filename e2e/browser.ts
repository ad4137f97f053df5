import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

/** Why the browser tests cannot run here, or undefined when they can. With CI=true a missing browser fails. */
export function skipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but no chromium at ${CHROMIUM}: install it (apt-get install -y chromium)`);
  return `no chromium at ${CHROMIUM}`;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

let shared: Promise<Browser> | undefined;

/**
 * The lane's one Chromium, started by the first caller and reused by every file of e2e/browser.suite.ts (each
 * test opens its own context, so no profile is shared); `closeSharedBrowser()` ends it. Never close it yourself.
 */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launch();
  return shared;
}

export async function closeSharedBrowser(): Promise<void> {
  const browser = await shared;
  shared = undefined;
  await browser?.close();
}
