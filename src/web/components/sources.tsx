import { type SourceId, sources } from '../../core/knowledge/sources.ts';
import { words } from '../words.ts';

/** Where a statement comes from, one tap away. */
export function Sources({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return (
    <details class="sources">
      <summary>{words.common.sources(ids.length)}</summary>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            {sources[id] ?? id} <span class="muted">[{id}]</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
