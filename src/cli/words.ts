import { catalogue as fallback, language as fallbackLanguage } from '#words';
import type { Catalogue } from '../core/knowledge/text/catalogue.ts';
import { catalogueOf } from '../core/knowledge/text/catalogues.ts';
import type { CliWords } from '../core/knowledge/text/cli-words.ts';
import type { Language } from '../core/knowledge/text/languages.ts';

// The words the command speaks: English until `main` has read --lang or the environment, then that language's
// catalogue. Every module of the CLI reads them here, when it speaks, never when it loads.

let active: Catalogue = fallback;

/** The active language's whole catalogue. */
export function words(): Catalogue {
  return active;
}

/** The command's own words in the active language. */
export function cliWords(): CliWords {
  return active.cli;
}

/** Makes `language` the one the command speaks from now on. */
export async function speak(language: Language): Promise<void> {
  active = language === fallbackLanguage ? fallback : await catalogueOf(language);
}

type Typed = Exclude<keyof CliWords['check']['accepts'], 'daysAgo'>;

/** Whether `text` (lower case) is typed for `what` in the command's language, or in English, understood always. */
export function typed(text: string, what: Typed): boolean {
  return cliWords().check.accepts[what].includes(text) || fallback.cli.check.accepts[what].includes(text);
}

/** How many days ago `text` says, in the command's language or in English. */
export function typedDaysAgo(text: string): number | undefined {
  return cliWords().check.accepts.daysAgo(text) ?? fallback.cli.check.accepts.daysAgo(text);
}
