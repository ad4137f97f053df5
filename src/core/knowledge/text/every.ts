import type { Catalogue } from './catalogue.ts';
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import type { Language } from './languages.ts';

/** Every language's whole catalogue at once, for the API, which answers each request in its own language. */
export const everyCatalogue: Readonly<Record<Language, Catalogue>> = { en, es };
