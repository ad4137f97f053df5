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
  { number: '911', region: 'us_ca', locales: ['US', 'CA'] },
];

/** 112 works across Europe and many other countries, so it is the fallback. */
export const fallbackEmergencyNumber = '112';

/** The number a locale such as "en-GB" most likely uses. */
export function emergencyNumberFor(locale: string): string {
  const region = locale.split('-').pop()?.toUpperCase() ?? '';
  return emergencyNumbers.find((e) => e.locales.includes(region))?.number ?? fallbackEmergencyNumber;
}
