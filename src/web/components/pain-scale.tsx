import { entryLimits } from '../../core/limits.ts';
import { painBand } from '../../core/units.ts';
import { words } from '../words.ts';

const w = words.pain;

/**
 * Eleven big buttons, 0 to 10, each with its word (none, mild, moderate, severe, worst) under the number and in
 * its name. With `value`, they act as toggle buttons showing the choice. The grid reflows to fewer columns on a
 * narrow or zoomed screen, so no button ever overlaps another.
 */
export function PainScale({
  label,
  value,
  onPick,
  plain = false,
}: {
  label: string;
  value?: number;
  onPick: (n: number) => void;
  /** Numbers only, for a 0 to 10 scale that is not pain (an activity rating: 0 unable, 10 as before). */
  plain?: boolean;
}) {
  return (
    <fieldset class="scale">
      <legend>{label}</legend>
      {Array.from({ length: entryLimits.pain.max + 1 }, (_, n) => {
        const band = plain ? undefined : w.bands[painBand(n)];
        return (
          <button
            key={n}
            type="button"
            aria-pressed={value === undefined ? undefined : value === n}
            aria-label={band && w.name(n, band)}
            class="big"
            onClick={() => onPick(n)}
          >
            <span class="n">{n}</span>
            {band && (
              <span class="band" aria-hidden="true">
                {band}
              </span>
            )}
          </button>
        );
      })}
    </fieldset>
  );
}
