/** Eleven big buttons, 0 to 10. With `value`, they act as toggle buttons showing the choice. */
export function PainScale({
  label,
  value,
  onPick,
}: {
  label: string;
  value?: number;
  onPick: (n: number) => void;
}) {
  return (
    <fieldset class="scale">
      <legend>{label}</legend>
      {Array.from({ length: 11 }, (_, n) => (
        <button
          key={n}
          type="button"
          aria-pressed={value === undefined ? undefined : value === n}
          class="big"
          onClick={() => onPick(n)}
        >
          {n}
        </button>
      ))}
    </fieldset>
  );
}
