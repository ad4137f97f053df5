import type { AnswerValue } from '../../core/episode.ts';
import { words } from '../words.ts';

const w = words.common;

/** Yes, No and Not sure, drawn alike: no filled "Yes" inviting a slip on a warning-sign question. */
export function YesNoUnsure({
  onAnswer,
  unsureLabel = w.notSure,
  disabled,
}: {
  onAnswer: (a: AnswerValue) => void;
  unsureLabel?: string;
  disabled?: boolean;
}) {
  const labels: [AnswerValue, string][] = [
    ['yes', w.yes],
    ['no', w.no],
    ['unsure', unsureLabel],
  ];
  return (
    <div class="answers equal">
      {labels.map(([value, label]) => (
        <button key={value} type="button" class="big" disabled={disabled} onClick={() => onAnswer(value)}>
          {label}
        </button>
      ))}
    </div>
  );
}
