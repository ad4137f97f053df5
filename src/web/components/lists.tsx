import { en } from '../../core/knowledge/text/en/index.ts';
import { type FiredRule, ruleMessage } from '../../core/triage.ts';
import { Sources } from './sources.tsx';

/** A plain bulleted list of sentences. */
export function Items({ items, class: className }: { items: readonly string[]; class?: string }) {
  return (
    <ul class={className}>
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

/** The reasons for a disposition, each with its sources. */
export function Reasons({ reasons }: { reasons: readonly FiredRule[] }) {
  return (
    <ul>
      {reasons.map((r) => (
        <li key={r.rule}>
          {ruleMessage(r, en)}
          <Sources ids={r.sources} />
        </li>
      ))}
    </ul>
  );
}
