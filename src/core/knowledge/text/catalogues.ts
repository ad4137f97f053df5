import type { Catalogue } from './catalogue.ts';
import type { Language } from './languages.ts';

/**
 * Each language's whole catalogue, loaded when asked for: an edge that speaks several languages (the command,
 * the API) holds only those it has used. The web app never imports this: each of its builds holds one language.
 */
const loaders: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('./en/index.ts').then((m) => m.en),
  es: () => import('./es/index.ts').then((m) => m.es),
};

export function catalogueOf(language: Language): Promise<Catalogue> {
  return loaders[language]();
}
