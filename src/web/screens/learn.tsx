import { advice, topics } from '../../core/knowledge/advice.ts';
import { medicines } from '../../core/knowledge/medicines.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import { Items } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';
import { words } from '../words.ts';

const w = words.learn;

/** The knowledge base as readable pages, each item with its sources. */
export default function Learn() {
  const order = topics;
  return (
    <Screen title={w.title}>
      <nav aria-label={w.topics}>
        <ul>
          {order.map((t) => (
            <li key={t}>
              <a href={`#topic-${t}`} onClick={(e) => jump(e, `topic-${t}`)}>
                {en.topics[t]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {order.map((t) => (
        <section key={t} aria-labelledby={`topic-${t}`}>
          <h2 id={`topic-${t}`} tabIndex={-1}>
            {en.topics[t]}
          </h2>
          {advice
            .filter((a) => a.topic === t)
            .map((a) => (
              <article key={a.id}>
                <h3>{en.advice[a.id].title}</h3>
                <p>{en.advice[a.id].text}</p>
                <Sources ids={a.sources} />
              </article>
            ))}
          {t === 'medicines' && (
            <>
              <h3>{w.medicinesTitle}</h3>
              <ul>
                {medicines.map((m) => (
                  <li key={m.id}>
                    <strong>{en.medicines.items[m.id].name}</strong> (
                    {m.access === 'pharmacy' ? w.pharmacy : w.doctor}): {en.medicines.items[m.id].text}
                    <Sources ids={m.sources} />
                  </li>
                ))}
              </ul>
              <h3>{w.pharmacistTitle}</h3>
              <Items items={en.medicines.pharmacistQuestions} />
            </>
          )}
        </section>
      ))}
    </Screen>
  );
}

/** In-page links without touching the hash router. */
function jump(e: Event, id: string): void {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.scrollIntoView();
  el?.focus();
}
