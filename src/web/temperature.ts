import { usesFahrenheit, withFahrenheit } from '../core/units.ts';
import { settings } from './store/state.ts';
import { words } from './words.ts';

/** Shows a text's temperatures with °F beside °C where the emergency number says the US (911); else as written. */
export function useTemperature(): (text: string) => string {
  const f = usesFahrenheit(settings.value.emergencyNumber);
  return (text) => (f ? withFahrenheit(text, words.common.celsiusFahrenheit) : text);
}
