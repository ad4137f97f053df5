import { dispositionSources } from '../../core/knowledge/dispositions.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import type { Assessment } from '../../core/triage.ts';
import { settings } from '../store/state.ts';
import { words } from '../words.ts';
import { Items, Reasons } from './lists.tsx';
import { Screen } from './screen.tsx';
import { Sources } from './sources.tsx';

const w = words.emergency;

/** What to do now when a warning sign is reported: call, what to say, nothing else in the way. */
export function Emergency({ triage, onBack }: { triage: Assessment; onBack?: () => void }) {
  const info = en.dispositions.emergency;
  const number = settings.value.emergencyNumber;
  return (
    <Screen title={info.title}>
      <div class="card alert">
        <p>
          <strong>{info.when}</strong>
        </p>
        <a class="btn danger block big" href={`tel:${number}`}>
          {w.call(number)}
        </a>
        <p>{info.whom}</p>
      </div>
      <h2>{w.why}</h2>
      <Reasons reasons={triage.reasons} />
      <h2>{w.tell}</h2>
      <Items items={info.tell} />
      <h2>{w.meanwhile}</h2>
      <p>{info.meanwhile}</p>
      <Sources ids={dispositionSources.emergency} />
      {onBack && (
        <button type="button" class="block" onClick={onBack}>
          {w.mistake}
        </button>
      )}
      <p class="muted">
        {w.changeIn} <a href="#/settings">{w.settingsLink}</a>.
      </p>
    </Screen>
  );
}
