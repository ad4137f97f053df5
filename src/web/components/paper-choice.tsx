import './paper-choice.css';

export type Paper = 'a4' | 'letter';
const sizes: readonly Paper[] = ['a4', 'letter'];

/**
 * A4 or US Letter, as two radios in a row (each a 48 px target): the patient's "For your doctor" screen and the
 * clinician's patient page both print the summary on the paper chosen here.
 */
export function PaperChoice(props: {
  legend: string;
  labels: Record<Paper, string>;
  value: Paper;
  onChange(size: Paper): void;
}) {
  return (
    <fieldset class="paper">
      <legend>{props.legend}</legend>
      {sizes.map((size) => (
        <label key={size}>
          <input
            type="radio"
            name="paper"
            value={size}
            checked={props.value === size}
            onChange={() => props.onChange(size)}
          />{' '}
          {props.labels[size]}
        </label>
      ))}
    </fieldset>
  );
}
