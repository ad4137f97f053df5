/** The emergency numbers the app knows, once: where each is used and which locale region picks it. */
export type EmergencyRegion = 'europe' | 'uk' | 'us_ca';

export interface EmergencyNumber {
  number: string;
  region: EmergencyRegion;
  /** Locale region codes (the part after '-' in a BCP 47 tag) that default to this number. */
  locales: readonly string[];
}

export const emergencyNumbers: readonly EmergencyNumber[] = [
  { number: '112', region: 'europe', locales: [] },
  { number: '999', region: 'uk', locales: ['GB', 'UK'] },
  // 911 is also the single emergency number of Mexico and much of Latin America (a Spanish browser there says
  // so by its region: es-MX). Countries with other numbers (Colombia 123, Chile 131, Peru 105, Spain 112) are
  // not listed, so they get 112 or the number the person chooses in Settings.
  {
    number: '911',
    region: 'us_ca',
    locales: ['US', 'CA', 'MX', 'PR', 'CR', 'PA', 'SV', 'HN', 'DO', 'EC', 'PY', 'UY', 'VE'],
  },
];

/** 112 works across Europe and many other countries, so it is the fallback. */
export const fallbackEmergencyNumber = '112';

/** The region subtag of a BCP 47 tag ("GB" of "en-GB", "TW" of "zh-Hant-TW"); none for a bare language or a bad tag. */
function regionOf(locale: string): string {
  try {
    return new Intl.Locale(locale).region ?? '';
  } catch {
    return '';
  }
}

/**
 * The number a locale such as "en-GB" most likely uses, by its region alone: a bare language says no region
 * ("uk" is Ukrainian and "ca" Catalan, not the United Kingdom or Canada), so it gets the fallback.
 */
export function emergencyNumberFor(locale: string): string {
  const region = regionOf(locale);
  return emergencyNumbers.find((e) => e.locales.includes(region))?.number ?? fallbackEmergencyNumber;
}
