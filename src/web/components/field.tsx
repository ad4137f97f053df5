import { FieldError } from './field-error.tsx';

/**
 * A labelled text input with its error under it, linked by `aria-describedby`; what was typed stays when the
 * error shows.
 */
export function Field({
  id,
  label,
  value,
  onValue,
  onCommit,
  error,
  type,
  inputMode,
  autoComplete,
  max,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** When the value is complete: the field was left, or a time or date field got a whole value. */
  onCommit?: (value: string) => void;
  error?: string;
  type?: 'text' | 'time' | 'date' | 'email' | 'password';
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  autoComplete?: string;
  max?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        // Preact types each input type apart; the attributes used here suit every type this takes.
        type={(type ?? 'text') as 'text'}
        inputMode={inputMode}
        autoComplete={autoComplete}
        max={max}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)}
        onChange={onCommit && ((e) => onCommit((e.target as HTMLInputElement).value))}
      />
      <FieldError id={errorId} message={error} />
    </>
  );
}
