import { dispositionSources } from '../../core/knowledge/dispositions.ts';
import { en } from '../../core/text/en/index.ts';
import type { Triage } from '../../core/triage.ts';
import { settings } from '../store/state.ts';
import { Screen } from './screen.tsx';
import { Sources } from './sources.tsx';

/** What to do now when a warning sign is reported: call, what to say, nothing else in the way. */
export function Emergency({ triage, onBack }: { triage: Triage; onBack?: () => void }) {
  const info = en.dispositions.emergency;
  const number = settings.value.emergencyNumber;
  return (
    <Screen title={info.title}>
      <div class="card alert">
        <p>
          <strong>{info.when}</strong>
        </p>
        <a class="btn danger block big" href={`tel:${number}`}>
          Call {number} now
        </a>
        <p>{info.whom}</p>
      </div>
      <h2>Why</h2>
      <ul>
        {triage.reasons.map((r) => (
          <li key={r.rule}>
            {r.message}
            <Sources ids={r.sources} />
          </li>
        ))}
      </ul>
      <h2>What to tell them</h2>
      <ul>
        {info.tell.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h2>Meanwhile</h2>
      <p>{info.meanwhile}</p>
      <Sources ids={dispositionSources.emergency} />
      {onBack && (
        <button type="button" class="block" onClick={onBack}>
          I pressed Yes by mistake: go back
        </button>
      )}
      <p class="muted">
        The emergency number can be changed in <a href="#/settings">Settings</a>.
      </p>
    </Screen>
  );
}
