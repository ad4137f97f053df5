import { isArticle, SOURCE_LANGUAGE, type SourceId, sources } from '../../core/knowledge/sources.ts';
import { words } from '../words.ts';

const c = words.common;

/** The route of a source article read in the app: "#/learn/article-001". */
export function articleHref(id: string): string {
  return `#/learn/${id.replace(':', '-')}`;
}

/**
 * One source as a person reads it: its title and publisher (and year). An article opens as a page in the app; a
 * guideline shows its full name and an address the person may open. The app itself requests nothing from it.
 */
export function SourceName({ id }: { id: SourceId }) {
  const s: { title: string; publisher?: string; fullName?: string; year?: number; link?: string } =
    sources[id];
  // A source keeps its own words, in English: marked so, a screen reader says them right in any language's app.
  return (
    <span class="source">
      {isArticle(id) ? (
        <a href={articleHref(id)}>
          <cite lang={SOURCE_LANGUAGE}>{s.title}</cite>
        </a>
      ) : (
        <cite lang={SOURCE_LANGUAGE}>{s.title}</cite>
      )}
      {s.fullName && (
        <>
          {' ('}
          <span lang={SOURCE_LANGUAGE}>{s.fullName}</span>)
        </>
      )}
      ,{' '}
      <span class="muted">
        {s.publisher ? <span lang={SOURCE_LANGUAGE}>{s.publisher}</span> : c.webArticle}
        {s.year && `, ${s.year}`}
      </span>
      {s.link && (
        <>
          {' '}
          <a href={s.link} rel="noreferrer noopener" target="_blank" aria-label={c.openSource(s.title)}>
            {s.link.replace(/^https:\/\/(www\.)?/, '')}
          </a>
        </>
      )}
    </span>
  );
}

/** Where a statement comes from, one tap away. */
export function Sources({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return (
    <details class="sources">
      <summary>{c.sources(ids.length)}</summary>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <SourceName id={id} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One line of sources under a section: every source its items cite, each once. */
export function SourcesLine({ ids }: { ids: readonly SourceId[] }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <p class="sources">
      <strong>{c.sourcesLead}</strong>{' '}
      {unique.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <SourceName id={id} />
        </span>
      ))}
    </p>
  );
}
