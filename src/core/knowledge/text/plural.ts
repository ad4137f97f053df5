import type { Language } from './languages.ts';

/** The plural form for a count, chosen by the language's own rules (Intl.PluralRules). */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

/** One PluralRules a language: making one costs far more than asking it (the plan bench fell to half). */
const rulesOf = new Map<string, Intl.PluralRules>();

/** The form of `forms` the language's plural rules pick for `n`; the language is always named, never assumed. */
export function plural(n: number, forms: PluralForms, lang: Language): string {
  let rules = rulesOf.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesOf.set(lang, rules);
  }
  const key = rules.select(n) as keyof PluralForms;
  return forms[key] ?? forms.other;
}
