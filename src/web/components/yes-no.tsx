import type { AnswerValue } from '../../core/episode.ts';

/** Yes, No and Not sure, drawn alike: no filled "Yes" inviting a slip on a warning-sign question. */
export function YesNoUnsure({
  onAnswer,
  unsureLabel = 'Not sure',
  disabled,
}: {
  onAnswer: (a: AnswerValue) => void;
  unsureLabel?: string;
  disabled?: boolean;
}) {
  return (
    <div class="answers equal">
      <button type="button" class="big" disabled={disabled} onClick={() => onAnswer('yes')}>
        Yes
      </button>
      <button type="button" class="big" disabled={disabled} onClick={() => onAnswer('no')}>
        No
      </button>
      <button type="button" class="big" disabled={disabled} onClick={() => onAnswer('unsure')}>
        {unsureLabel}
      </button>
    </div>
  );
}
