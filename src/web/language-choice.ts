import { language } from '#words/shell';
import { CHOSEN_LANGUAGE, type Language } from '../core/knowledge/text/languages.ts';
import type { LanguageChoice } from '../core/sync.ts';
import { now } from './clock.ts';
import { CHOSEN_AT, canOpen, chosenLanguage, openIn } from './language.ts';

// A person's choice of language: made in Settings or the dashboard's top band, kept with its time for the
// account's sync. Apart from src/web/language.ts, which the first screen loads; this loads with those screens.

/** The choice made on this device or adopted from the account, with when it was made; none before a choice. */
export function chosenWithTime(): LanguageChoice | undefined {
  const value = chosenLanguage();
  try {
    const chosenAt = localStorage.getItem(CHOSEN_AT);
    return value && chosenAt ? { value, chosenAt } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `l` as the person's choice, made at `at`: on the device for the app's start (and the account's sync), and
 * in a cookie for the server, which sends a first visit to `/` to the right app. Neither is health data.
 */
export function keepChoice(l: Language, at: string = now().toISOString()): void {
  try {
    localStorage.setItem(CHOSEN_LANGUAGE, l);
    localStorage.setItem(CHOSEN_AT, at);
  } catch {
    // Storage refused: the cookie still tells the server.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: one plain preference, read by the server for the first page.
  document.cookie = `${CHOSEN_LANGUAGE}=${l}; Path=/; Max-Age=${400 * 86_400}; SameSite=Lax`;
}

/**
 * The person chose `l` (in Settings, or in the dashboard's top band): kept as their choice and opened at once.
 * 'here' when `l` is this build's language (nothing to do), 'offline' when it cannot open now (nothing is kept,
 * the person is told), else 'moving' (the page is being replaced).
 */
export function switchTo(l: Language): 'here' | 'offline' | 'moving' {
  if (l === language) return 'here';
  if (!canOpen(l)) return 'offline';
  keepChoice(l);
  openIn(l);
  return 'moving';
}
