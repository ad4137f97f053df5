import type { ComponentChildren } from 'preact';
import { catalogue } from '#words';
import { dispositionSources } from '../../core/knowledge/dispositions.ts';
import type { Assessment } from '../../core/triage.ts';
import { settings } from '../store/state.ts';
import { words } from '../words.ts';
import { Items, Reasons } from './lists.tsx';
import { Screen } from './screen.tsx';
import { Sources } from './sources.tsx';

const w = words.emergency;

/** The signs behind the emergency reasons, by name in lower case: what the person tells the call handler. */
export function reportedSigns(triage: Assessment): string[] {
  const names: string[] = [];
  for (const r of triage.reasons) {
    if (r.disposition !== 'emergency') continue;
    const name =
      r.rule in w.signInSentence
        ? w.signInSentence[r.rule as keyof typeof w.signInSentence]
        : w.combinedSign[r.rule as keyof typeof w.combinedSign];
    if (name) names.push(name);
  }
  return names;
}

/** What to do now when a warning sign is reported: call, what to say, nothing else in the way. */
export function Emergency({
  triage,
  onBack,
  seen,
}: {
  triage: Assessment;
  onBack?: () => void;
  /** "A clinician has seen me", where an episode holds this result. */
  seen?: ComponentChildren;
}) {
  const info = catalogue.dispositions.emergency;
  const number = settings.value.emergencyNumber;
  const signs = reportedSigns(triage);
  // The first line of the catalogue's list says "name the sign"; here the sign itself is named.
  const tell = signs.length > 0 ? [w.tellSign(signs.join('; ')), ...info.tell.slice(1)] : info.tell;
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
      <h2>{w.tell}</h2>
      <Items items={tell} />
      <h2>{w.why}</h2>
      <Reasons reasons={triage.reasons} />
      <h2>{w.meanwhile}</h2>
      <p>{info.meanwhile}</p>
      <Sources ids={dispositionSources.emergency} />
      {seen}
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
