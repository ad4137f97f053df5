import { useEffect, useState } from 'preact/hooks';
import { catalogue } from '#words';
import { advice, topics } from '../../core/knowledge/advice.ts';
import { medicines } from '../../core/knowledge/medicines.ts';
import {
  type ArticleId,
  isArticle,
  SOURCE_LANGUAGE,
  type SourceId,
  sources,
} from '../../core/knowledge/sources.ts';
import { Items } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { SourcesLine } from '../components/sources.tsx';
import { useTemperature } from '../temperature.ts';
import { words } from '../words.ts';

const w = words.learn;

/** The five source articles, each loaded only when opened: none of them is in the first download or in Learn. */
const articleText = import.meta.glob<string>('../articles/*.txt', { query: '?raw', import: 'default' });

/** The knowledge base as short sections that open on demand, each with one line of sources; or one source article. */
export default function Learn({ open }: { open?: string }) {
  const id = open?.replace('-', ':');
  if (id && isArticle(id)) return <Article id={id} />;
  if (open) return <NotFound />;
  return <Topics />;
}

function Topics() {
  const temp = useTemperature();
  return (
    <Screen title={w.title}>
      <p>{w.intro}</p>
      {topics.map((t) => {
        const items = advice.filter((a) => a.topic === t);
        const cited: SourceId[] = items.flatMap((a) => a.sources);
        if (t === 'medicines') cited.push(...medicines.flatMap((m) => m.sources));
        return (
          <details key={t} class="topic">
            <summary>
              <h2>{catalogue.topics[t]}</h2>
            </summary>
            {items.map((a) => (
              <section key={a.id}>
                <h3>{catalogue.advice[a.id].title}</h3>
                <p>{temp(catalogue.advice[a.id].text)}</p>
              </section>
            ))}
            {t === 'medicines' && (
              <>
                <h3>{w.medicinesTitle}</h3>
                <ul>
                  {medicines.map((m) => (
                    <li key={m.id}>
                      <strong>{catalogue.medicines.items[m.id].name}</strong> ({w.access[m.access]}):{' '}
                      {catalogue.medicines.items[m.id].text}
                    </li>
                  ))}
                </ul>
                <h3>{w.pharmacistTitle}</h3>
                <Items items={catalogue.medicines.pharmacistQuestions} />
              </>
            )}
            <SourcesLine ids={cited} />
          </details>
        );
      })}
    </Screen>
  );
}

function NotFound() {
  return (
    <Screen title={w.article.notFound}>
      <a class="btn" href="#/learn">
        {w.article.back}
      </a>
    </Screen>
  );
}

/** Where a sentence of ours holds a source's title. */
const HOLE = '\u0000';

/** A sentence of ours written around a source's title (at HOLE), the title marked as the source's language. */
function inSourceLanguage(sentence: string, title: string) {
  const [before, after = ''] = sentence.split(HOLE);
  return (
    <>
      {before}
      <span lang={SOURCE_LANGUAGE}>{title}</span>
      {after}
    </>
  );
}

/** A source article as a quoted page: its own words in a blockquote, its origin in a cite line, never as ours. */
function Article({ id }: { id: ArticleId }) {
  const [text, setText] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const source = sources[id];
  const file = `../articles/${id.slice('article:'.length)}.txt`;
  useEffect(() => {
    setText(undefined);
    const load = articleText[file];
    if (!load) {
      setFailed(true);
      return;
    }
    load().then(setText, () => setFailed(true));
  }, [file]);
  const paragraphs = (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <Screen
      title={w.article.title(source.title)}
      heading={inSourceLanguage(w.article.title(HOLE), source.title)}
    >
      <p class="card warn">{w.article.quoted}</p>
      {failed ? (
        <p role="alert">{w.article.notFound}</p>
      ) : text === undefined ? (
        <p class="muted">{w.article.loading}</p>
      ) : (
        <figure class="quoted">
          <blockquote lang={SOURCE_LANGUAGE}>
            {paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </blockquote>
          <figcaption>
            <cite>{inSourceLanguage(w.article.origin(HOLE, words.common.webArticle), source.title)}</cite>
          </figcaption>
        </figure>
      )}
      <a class="btn" href="#/learn">
        {w.article.back}
      </a>
    </Screen>
  );
}
