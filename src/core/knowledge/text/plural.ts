/** The plural form for a count, chosen by the language's own rules (Intl.PluralRules). */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

export function plural(n: number, forms: PluralForms, lang = 'en'): string {
  const key = new Intl.PluralRules(lang).select(n) as keyof PluralForms;
  return forms[key] ?? forms.other;
}
