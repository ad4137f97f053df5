import { useState } from 'preact/hooks';
import { catalogue } from '#words';
import type { FindingCode } from '../../core/knowledge/findings.ts';
import type { GroupItem } from '../../core/knowledge/questions.ts';
import { useTemperature } from '../temperature.ts';
import { words } from '../words.ts';

const w = words.common;

export type Chosen = Partial<Record<FindingCode, 'yes' | 'unsure'>>;

/**
 * "Choose any that apply, or none of these". With `allowUnsure`, each item can be marked "Yes" or "Not sure";
 * the one button reads "None of these" until something is chosen, so nothing is ever a silent "no".
 */
export function ChoiceGroup({
  items,
  allowUnsure,
  onDone,
}: {
  items: readonly GroupItem[];
  allowUnsure: boolean;
  onDone: (chosen: Chosen) => void;
}) {
  const [chosen, setChosen] = useState<Chosen>({});
  const toggle = (code: FindingCode, value: 'yes' | 'unsure') => {
    const next = { ...chosen };
    if (next[code] === value) delete next[code];
    else next[code] = value;
    setChosen(next);
  };
  const any = Object.keys(chosen).length > 0;
  const temp = useTemperature();
  return (
    <form
      class="choices"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(chosen);
      }}
    >
      {items.map((item, i) =>
        allowUnsure ? (
          <fieldset key={item.finding} class="choice">
            <legend>{temp(catalogue.findings[item.finding].choice)}</legend>
            <div class="row">
              {(['yes', 'unsure'] as const).map((value) => (
                <label key={value} class="check toggle">
                  <input
                    type="checkbox"
                    name={`${item.finding}-${value}`}
                    checked={chosen[item.finding] === value}
                    onChange={() => toggle(item.finding, value)}
                  />
                  {value === 'yes' ? w.yes : w.notSure}
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <label key={item.finding} class="check choice" for={`choice-${i}`}>
            <input
              id={`choice-${i}`}
              type="checkbox"
              checked={chosen[item.finding] === 'yes'}
              onChange={() => toggle(item.finding, 'yes')}
            />
            {temp(catalogue.findings[item.finding].choice)}
          </label>
        ),
      )}
      <button type="submit" class="primary block big">
        {any ? w.continue : w.noneOfThese}
      </button>
    </form>
  );
}
