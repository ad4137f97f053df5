import { advice, type Topic, topics } from '../../core/knowledge/advice.ts';
import { medicines, pharmacistQuestions } from '../../core/knowledge/medicines.ts';
import { Items } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';
import { words } from '../words.ts';

const w = words.learn;

/** The knowledge base as readable pages, each item with its sources. */
export default function Learn() {
  const order = Object.keys(topics) as Topic[];
  return (
    <Screen title={w.title}>
      <nav aria-label={w.topics}>
        <ul>
          {order.map((t) => (
            <li key={t}>
              <a href={`#topic-${t}`} onClick={(e) => jump(e, `topic-${t}`)}>
                {topics[t]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {order.map((t) => (
        <section key={t} aria-labelledby={`topic-${t}`}>
          <h2 id={`topic-${t}`} tabIndex={-1}>
            {topics[t]}
          </h2>
          {advice
            .filter((a) => a.topic === t)
            .map((a) => (
              <article key={a.id}>
                <h3>{a.title}</h3>
                <p>{a.text}</p>
                <Sources ids={a.sources} />
              </article>
            ))}
          {t === 'medicines' && (
            <>
              <h3>{w.medicinesTitle}</h3>
              <ul>
                {medicines.map((m) => (
                  <li key={m.id}>
                    <strong>{m.name}</strong> ({m.access === 'pharmacy' ? w.pharmacy : w.doctor}): {m.text}
                    <Sources ids={m.sources} />
                  </li>
                ))}
              </ul>
              <h3>{w.pharmacistTitle}</h3>
              <Items items={pharmacistQuestions} />
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
