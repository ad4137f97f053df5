/** The band a 0 to 10 pain rating falls in, the words most pain scales put beside the numbers. */
export type PainBand = 'none' | 'mild' | 'moderate' | 'severe' | 'worst';

export function painBand(n: number): PainBand {
  if (n <= 0) return 'none';
  if (n <= 3) return 'mild';
  if (n <= 6) return 'moderate';
  if (n <= 9) return 'severe';
  return 'worst';
}

/** Whether a person's emergency number says they live where temperatures are read in °F (the US: 911). */
export function usesFahrenheit(emergencyNumber: string): boolean {
  return emergencyNumber === '911';
}

/** °F for a °C reading, to one decimal place without a trailing ".0": 38 -> "100.4", 40 -> "104". */
export function fahrenheit(celsius: number): string {
  const f = Math.round(((celsius * 9) / 5) * 10 + 320) / 10;
  return String(f);
}

/**
 * Every "38 °C" in a text with the °F beside it, written by `both("38", "100.4")` (the catalogue's words), so a
 * sentence from the knowledge reads "38 °C (100.4 °F)" where the person uses Fahrenheit.
 */
export function withFahrenheit(text: string, both: (celsius: string, fahrenheit: string) => string): string {
  return text.replace(/(\d+(?:[.,]\d+)?)\s?°C/g, (_, c: string) =>
    both(c, fahrenheit(Number(c.replace(',', '.')))),
  );
}
