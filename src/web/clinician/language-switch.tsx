import { useState } from 'preact/hooks';
import { clinicianWords, language } from '#words';
import { LANGUAGES } from '../../core/knowledge/text/languages.ts';
import { pathOf } from '../language.ts';
import { switchTo } from '../language-choice.ts';

const t = clinicianWords.dashboard.language;

/**
 * The dashboard's language, in its top band at every screen (signed in or not): each language names itself in
 * its own words and is marked as such, so a screen reader says it right. The one in use is marked current; the
 * others are links to the same screen in their language's build, which open at once and stay chosen after a
 * reload (the choice is kept as in the patient's Settings).
 */
export function LanguageSwitch() {
  const [said, setSaid] = useState<'offline' | 'moving' | undefined>();
  return (
    <nav class="languages" aria-label={t.label}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l} lang={l}>
            {l === language ? (
              <span aria-current="true">{t.names[l]}</span>
            ) : (
              <a
                href={`${pathOf(l)}clinician.html${location.hash}`}
                hrefLang={l}
                onClick={(e) => {
                  e.preventDefault();
                  const moved = switchTo(l);
                  setSaid(moved === 'here' ? undefined : moved);
                }}
              >
                {t.names[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
      {/* There from the start, so a screen reader hears the words that come into it. */}
      <p role="status" class="muted">
        {said === 'moving' ? t.switching : ''}
      </p>
      {said === 'offline' && <p role="alert">{t.offline}</p>}
    </nav>
  );
}
