import { language } from '#words/shell';
import {
  buildFolderOf,
  CHOSEN_LANGUAGE,
  FALLBACK,
  LANGUAGES,
  type Language,
  languageOf,
} from '../core/knowledge/text/languages.ts';

// Each language is a build of its own (vite.config.ts): English at `/`, every other under `/<language>/`. This
// module decides which one a person should be in, before anything renders, and moves them there.

/** When the choice was made (an ISO instant): of two devices of one account, the later choice wins. */
export const CHOSEN_AT = 'unknot-language-chosen-at';
const READY = 'unknot-language-ready-';

/** The app's own path for a language: where its page, its service worker and its manifest live. */
export function pathOf(l: Language): string {
  return `/${buildFolderOf(l)}`;
}

/** What the person chose in Settings, if they did (kept on the device, and sent with the account's sync). */
export function chosenLanguage(): Language | undefined {
  try {
    return languageOf(localStorage.getItem(CHOSEN_LANGUAGE));
  } catch {
    return undefined;
  }
}

/** The browser's languages, best first (none where there is no browser). */
export function browserTags(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The first of the browser's languages that Unknot speaks, else English. */
export function browserLanguage(): Language {
  for (const tag of browserTags()) {
    const l = languageOf(tag);
    if (l) return l;
  }
  return FALLBACK;
}

/** The language a person should see: their choice, else their browser's. */
export function wantedLanguage(): Language {
  return chosenLanguage() ?? browserLanguage();
}

/** True on the clinician's dashboard (clinician.html), false in the patient's app. */
function onDashboard(): boolean {
  return location.pathname.endsWith('/clinician.html');
}

/**
 * Whether the app in `l` can open now: online, or its service worker has it kept for offline use. The
 * dashboard is never kept for offline use (vite.config.ts), so another language's dashboard opens only online.
 */
export function canOpen(l: Language): boolean {
  if (l === language || navigator.onLine !== false) return true;
  if (onDashboard()) return false;
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

/** Opens the app in `l` at the same screen; false when it cannot open offline (the person is told). */
export function openIn(l: Language): boolean {
  if (!canOpen(l)) return false;
  // The same page (the app or the clinician's dashboard) at the same screen, in the other language's build.
  const page = onDashboard() ? 'clinician.html' : '';
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
