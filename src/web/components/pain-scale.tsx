import { entryLimits } from '../../core/limits.ts';
import { type PainBand, painBand } from '../../core/units.ts';
import { words } from '../words.ts';

const w = words.pain;

/** The bands of the scale in order, each with its first and last number: 0 none, 1 to 3 mild, ... */
function bandRanges(max: number): { band: PainBand; from: number; to: number }[] {
  const out: { band: PainBand; from: number; to: number }[] = [];
  for (let n = 0; n <= max; n++) {
    const band = painBand(n);
    const last = out.at(-1);
    if (last?.band === band) last.to = n;
    else out.push({ band, from: n, to: n });
  }
  return out;
}

/**
 * Eleven big buttons, 0 to 10, each with its word (none, mild, moderate, severe, worst) under the number and in
 * its name. With `value`, they act as toggle buttons showing the choice. The grid reflows to fewer columns on a
 * narrow or zoomed screen, so no button ever overlaps another. `compact` (Today) draws the numbers alone, six to a
 * row, with the words once in a key below; each button keeps its word in its name and its 48 px target.
 */
export function PainScale({
  label,
  value,
  onPick,
  plain = false,
  compact = false,
}: {
  label: string;
  value?: number;
  onPick: (n: number) => void;
  /** Numbers only, for a 0 to 10 scale that is not pain (an activity rating: 0 unable, 10 as before). */
  plain?: boolean;
  compact?: boolean;
}) {
  const max = entryLimits.pain.max;
  return (
    <fieldset class={compact ? 'scale compact' : 'scale'}>
      {/* Compact, the card's heading says it: the legend names the group for a screen reader only. */}
      <legend class={compact ? 'sr-only' : undefined}>{label}</legend>
      {Array.from({ length: max + 1 }, (_, n) => {
        const band = plain ? undefined : w.bands[painBand(n)];
        return (
          <button
            key={n}
            type="button"
            aria-pressed={value === undefined ? undefined : value === n}
            aria-label={band && w.name(n, band)}
            class={compact ? undefined : 'big'}
            onClick={() => onPick(n)}
          >
            <span class="n">{n}</span>
            {band && !compact && (
              <span class="band" aria-hidden="true">
                {band}
              </span>
            )}
          </button>
        );
      })}
      {compact && !plain && (
        // The buttons' names carry the words; the key repeats them for the eye only.
        <p class="scale-key" aria-hidden="true">
          {bandRanges(max).map((r) => (
            <span key={r.band}>{w.range(w.bands[r.band], r.from, r.to)}</span>
          ))}
        </p>
      )}
    </fieldset>
  );
}
