import { catalogue } from '#words';
import { type FiredRule, ruleMessage } from '../../core/triage.ts';
import { useTemperature } from '../temperature.ts';
import { Sources } from './sources.tsx';

/** A plain bulleted list of sentences (a temperature in them also in °F where the person uses it). */
export function Items({ items, class: className }: { items: readonly string[]; class?: string }) {
  const temp = useTemperature();
  return (
    <ul class={className}>
      {items.map((x) => (
        <li key={x}>{temp(x)}</li>
      ))}
    </ul>
  );
}

/** The reasons for a disposition, each with its sources. */
export function Reasons({ reasons }: { reasons: readonly FiredRule[] }) {
  const temp = useTemperature();
  return (
    <ul>
      {reasons.map((r) => (
        <li key={r.rule}>
          {temp(ruleMessage(r, catalogue))}
          <Sources ids={r.sources} />
        </li>
      ))}
    </ul>
  );
}
