import { words } from '../words.ts';
import { PainScale } from './pain-scale.tsx';

const w = words.check;

/** How bad the pain is now, 0 to 10 on the diary's own scale; a person who cannot say is not made to guess. */
export function PainNow({ onAnswer }: { onAnswer: (value: number | 'unsure') => void }) {
  return (
    <>
      <PainScale label={w.painLabel} onPick={onAnswer} />
      <button type="button" class="block" onClick={() => onAnswer('unsure')}>
        {w.painUnsure}
      </button>
    </>
  );
}
