import { language } from '#shell-words';
import { FALLBACK, LANGUAGES, type Language, languageOf } from '../core/knowledge/text/languages.ts';

// Each language is a build of its own (vite.config.ts): English at `/`, every other under `/<language>/`. This
// module decides which one a person should be in, before anything renders, and moves them there.

const CHOSEN = 'unknot-language';
const READY = 'unknot-language-ready-';

/** The app's own path for a language: where its page, its service worker and its manifest live. */
export function pathOf(l: Language): string {
  return l === FALLBACK ? '/' : `/${l}/`;
}

/** What the person chose in Settings, if they did (kept on the device, and sent with the account's sync). */
export function chosenLanguage(): Language | undefined {
  try {
    return languageOf(localStorage.getItem(CHOSEN));
  } catch {
    return undefined;
  }
}

/** The first of the browser's languages that Unknot speaks, else English. */
export function browserLanguage(): Language {
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const l = languageOf(tag);
    if (l) return l;
  }
  return FALLBACK;
}

/** The language a person should see: their choice, else their browser's. */
export function wantedLanguage(): Language {
  return chosenLanguage() ?? browserLanguage();
}

/** Whether the app in `l` can open now: online, or its service worker has it kept for offline use. */
export function canOpen(l: Language): boolean {
  if (l === language || navigator.onLine !== false) return true;
  try {
    return localStorage.getItem(READY + l) === '1';
  } catch {
    return false;
  }
}

/** Remembers that this language's app is kept for offline use (its service worker is active). */
export function markReady(): void {
  try {
    localStorage.setItem(READY + language, '1');
  } catch {
    // Storage refused: the app then moves between languages only when online.
  }
}

/**
 * Keeps `l` as the person's choice: on the device for the app's start, and in a cookie for the server, which
 * sends a first visit to `/` to the right app. Neither is health data.
 */
export function keepChoice(l: Language): void {
  try {
    localStorage.setItem(CHOSEN, l);
  } catch {
    // Storage refused: the cookie still tells the server.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: one plain preference, read by the server for the first page.
  document.cookie = `${CHOSEN}=${l}; Path=/; Max-Age=${400 * 86_400}; SameSite=Lax`;
}

/** Opens the app in `l` at the same screen; false when it cannot open offline (the person is told). */
export function openIn(l: Language): boolean {
  if (!canOpen(l)) return false;
  // The same page (the app or the clinician's dashboard) at the same screen, in the other language's build.
  const page = location.pathname.endsWith('/clinician.html') ? 'clinician.html' : '';
  location.replace(`${pathOf(l)}${page}${location.hash}`);
  return true;
}

/**
 * At start: true when this build's language is the one wanted, else moves to the right one and returns false
 * (the page then renders nothing). A language whose app cannot open offline is not forced on anyone.
 */
export function inRightLanguage(): boolean {
  const wanted = wantedLanguage();
  if (wanted === language || !LANGUAGES.includes(wanted)) return true;
  return !openIn(wanted);
}
