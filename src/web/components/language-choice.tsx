import { useState } from 'preact/hooks';
import { language } from '#words/shell';
import { LANGUAGES, type Language } from '../../core/knowledge/text/languages.ts';
import { switchTo } from '../language-choice.ts';
import { words } from '../words.ts';
import { FieldError } from './field-error.tsx';
import './paper-choice.css';

const t = words.language;

/**
 * The app's language, chosen at any time: the app opens at once in the other language's build, at the same
 * screen, and stays in it after a reload. Each language is named in its own words (and marked as such, so a
 * screen reader says it right).
 */
export function LanguageChoice() {
  const [error, setError] = useState<string | undefined>();
  const [moving, setMoving] = useState(false);
  const choose = (l: Language) => {
    const moved = switchTo(l);
    setError(moved === 'offline' ? t.offline : undefined);
    setMoving(moved === 'moving');
  };
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t.legend}</h2>
      <p class="muted" id="language-hint">
        {t.hint}
      </p>
      <fieldset class="paper" aria-describedby={error ? 'language-hint language-error' : 'language-hint'}>
        <legend class="sr-only">{t.legend}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} lang={l}>
            <input
              type="radio"
              name="language"
              value={l}
              checked={l === language}
              onChange={() => choose(l)}
            />{' '}
            {t.names[l]}
          </label>
        ))}
      </fieldset>
      {moving && <p role="status">{t.switching}</p>}
      <FieldError id="language-error" message={error} />
    </section>
  );
}
