import type { Catalogue } from '../core/knowledge/text/catalogue.ts';
import type { CliWords } from '../core/knowledge/text/cli-words.ts';
import { en } from '../core/knowledge/text/en/index.ts';
import { catalogueOf, type Language } from '../core/knowledge/text/languages.ts';

// The words the command speaks: English until `main` has read --lang or the environment, then that language's
// catalogue. Every module of the CLI reads them here, when it speaks, never when it loads.

let active: Catalogue = en;

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
  active = language === 'en' ? en : await catalogueOf(language);
}

type Typed = Exclude<keyof CliWords['check']['accepts'], 'daysAgo'>;

/** Whether `text` (lower case) is typed for `what` in the command's language, or in English, understood always. */
export function typed(text: string, what: Typed): boolean {
  return cliWords().check.accepts[what].includes(text) || en.cli.check.accepts[what].includes(text);
}

/** How many days ago `text` says, in the command's language or in English. */
export function typedDaysAgo(text: string): number | undefined {
  return cliWords().check.accepts.daysAgo(text) ?? en.cli.check.accepts.daysAgo(text);
}
