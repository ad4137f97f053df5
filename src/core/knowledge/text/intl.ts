import type { Language } from './languages.ts';

// Lists, numbers and days-ago in a language's own way (Intl), for the catalogues: no catalogue writes its own
// "and", decimal point or "yesterday". Each formatter is made once per language and kept (making one is slow).

/** The locale each language formats in: Unknot's English is British ("a, b and c", "Wed 25 Nov"). */
export const formatLocale: Record<Language, string> = { en: 'en-GB', es: 'es' };

const kept = new Map<string, Intl.ListFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function once<T extends Intl.ListFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = kept.get(key);
  if (!f) {
    f = make();
    kept.set(key, f);
  }
  return f as T;
}

/** "a, b and c" / "a, b y c": items joined as the language joins them ("or" with `disjunction`). */
export function listOf(
  items: readonly string[],
  lang: Language,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return once(`list:${lang}:${type}`, () => new Intl.ListFormat(formatLocale[lang], { type })).format(items);
}

/** A number to at most one decimal place in the language: "4.5" / "4,5", "4" for a whole number. */
export function decimalOf(n: number, lang: Language): string {
  return once(
    `decimal:${lang}`,
    () => new Intl.NumberFormat(formatLocale[lang], { maximumFractionDigits: 1 }),
  ).format(n);
}

/**
 * How long ago a day was, from a count of days: "today", "yesterday", "3 days ago" / "hoy", "ayer", "hace 3 días".
 * Today and yesterday by name (numeric 'auto'); from two days on always as a count, so every language says the
 * same number ("anteayer", "vorgestern" name no number a reader can compare).
 */
export function daysAgoOf(days: number, lang: Language): string {
  const numeric = days <= 1 ? 'auto' : 'always';
  return once(
    `ago:${lang}:${numeric}`,
    () => new Intl.RelativeTimeFormat(formatLocale[lang], { numeric }),
  ).format(-days, 'day');
}
