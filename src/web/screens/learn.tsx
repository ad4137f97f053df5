import { advice, type Topic, topics } from '../../core/knowledge/advice.ts';
import { medicines, pharmacistQuestions } from '../../core/knowledge/medicines.ts';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';

/** The knowledge base as readable pages, each item with its sources. */
export default function Learn() {
  const order = Object.keys(topics) as Topic[];
  return (
    <Screen title="Learn about back spasms">
      <nav aria-label="Topics">
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
              <h3>Medicines the sources name</h3>
              <ul>
                {medicines.map((m) => (
                  <li key={m.id}>
                    <strong>{m.name}</strong> (
                    {m.access === 'pharmacy' ? 'from a pharmacy' : 'only from a doctor'}): {m.text}
                    <Sources ids={m.sources} />
                  </li>
                ))}
              </ul>
              <h3>Before you buy a painkiller, the pharmacist needs to know</h3>
              <ul>
                {pharmacistQuestions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
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
