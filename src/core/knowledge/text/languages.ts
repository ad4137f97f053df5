/** The languages Unknot speaks, by their BCP 47 primary subtag. English is the fallback. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK: Language = 'en';

/**
 * The language a tag names, if Unknot speaks it: a BCP 47 tag ("es", "es-MX", "es-419") or a POSIX locale
 * ("es_ES.UTF-8", "es_MX@euro"). "C", "POSIX", an empty value and a language Unknot does not speak give none.
 */
export function languageOf(tag: string | undefined | null): Language | undefined {
  const primary = tag
    ?.trim()
    .split(/[-_.@]/)[0]
    ?.toLowerCase();
  return LANGUAGES.find((l) => l === primary);
}

/**
 * The language of a POSIX environment, read as gettext does: LC_ALL, then LC_MESSAGES, then LANG; the first
 * that is set decides, even when it names a language Unknot does not speak (then English).
 */
export function languageOfEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return languageOf(set) ?? FALLBACK;
}

/**
 * The best language of an Accept-Language header: by its weights (q), then its order; a tag Unknot does not
 * speak is skipped; "*" or nothing gives English. At most the first 32 entries are read.
 */
export function languageOfAccept(header: string | undefined | null): Language {
  if (!header) return FALLBACK;
  const ranked = header
    .split(',')
    .slice(0, 32)
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: languageOf(tag), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.language && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.language ?? FALLBACK;
}

/**
 * The locale that writes dates, times and numbers in `language`: the first of the person's own tags (the
 * browser's languages, best first) in that language, so "es-MX" keeps Mexico's habits in the Spanish app, else
 * the language itself (an English-speaking browser in the Spanish app gets "es"). A tag Intl cannot read is
 * skipped.
 */
export function localeFor(language: Language, tags: readonly string[]): string {
  for (const tag of tags) {
    if (languageOf(tag) !== language) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // Not a BCP 47 tag ("es_MX.UTF-8"): the next one, else the language.
    }
  }
  return language;
}

/**
 * The name under which a person's choice of language is kept: the device's storage key and the cookie the server
 * reads (src/web/language.ts writes both, src/server/language.ts reads the cookie).
 */
export const CHOSEN_LANGUAGE = 'unknot-language';

/** Where a language's web build sits under the site's root: '' for English (the root), else '<language>/'. */
export function buildFolderOf(language: Language): string {
  return language === FALLBACK ? '' : `${language}/`;
}

/** The language whose web build holds a path: "/es/…" or "/es" is Spanish; any other path is English's. */
export function languageOfPath(path: string): Language {
  return languageOf(/^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1]) ?? FALLBACK;
}
