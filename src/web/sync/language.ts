import { compareInstants } from '../../core/instant-order.ts';
import type { LanguageChoice } from '../../core/sync.ts';
import { chosenWithTime, keepChoice } from '../language-choice.ts';

// Apart from src/web/language.ts, which the first screen loads: only a device that syncs needs it.

/**
 * The account's language from a sync reply: kept as the choice when it was made later than this device's own, so
 * the app opens in it at its next start. The page in use is never reloaded under the person.
 */
export function adoptAccountChoice(theirs: LanguageChoice | undefined): void {
  if (!theirs) return;
  const mine = chosenWithTime();
  if (mine && compareInstants(mine.chosenAt, theirs.chosenAt) >= 0) return;
  keepChoice(theirs.value, theirs.chosenAt);
}
