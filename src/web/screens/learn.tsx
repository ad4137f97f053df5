import { advice, topics } from '../../core/knowledge/advice.ts';
import { medicines } from '../../core/knowledge/medicines.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';

/** The knowledge base as readable pages, each item with its sources. */
export default function Learn() {
  const order = topics;
  return (
    <Screen title="Learn about back spasms">
      <nav aria-label="Topics">
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
              <h3>Medicines the sources name</h3>
              <ul>
                {medicines.map((m) => (
                  <li key={m.id}>
                    <strong>{en.medicines.items[m.id].name}</strong> (
                    {m.access === 'pharmacy' ? 'from a pharmacy' : 'only from a doctor'}):{' '}
                    {en.medicines.items[m.id].text}
                    <Sources ids={m.sources} />
                  </li>
                ))}
              </ul>
              <h3>Before you buy a painkiller, the pharmacist needs to know</h3>
              <ul>
                {en.medicines.pharmacistQuestions.map((q) => (
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
