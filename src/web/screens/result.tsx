import { caseNow } from '../../core/episode-view.ts';
import { dispositionInfo } from '../../core/knowledge/dispositions.ts';
import { triage } from '../../core/triage.ts';
import { today } from '../clock.ts';
import { Emergency } from '../components/emergency.tsx';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';
import { entriesOf } from '../store/live.ts';
import { currentEpisode, settings } from '../store/state.ts';

/** The disposition and every reason for it, re-run against today and the latest check-in. */
export default function Result() {
  const ep = currentEpisode.value;
  if (!ep) {
    return (
      <Screen title="No check yet">
        <a class="btn primary block big" href="#/check">
          Check my back
        </a>
      </Screen>
    );
  }
  const t = triage(caseNow(ep, entriesOf(ep.id), today(), settings.value));
  if (t.disposition === 'emergency') return <Emergency triage={t} />;
  const info = dispositionInfo[t.disposition];
  const seeSomeone = t.disposition !== 'self_care';
  return (
    <Screen title={info.title}>
      <div class={seeSomeone ? 'card warn' : 'card'}>
        <p>
          <strong>When:</strong> {info.when}
        </p>
        <p>
          <strong>Who:</strong> {info.whom}
        </p>
      </div>
      {t.reasons.length > 0 && (
        <>
          <h2>Why</h2>
          <ul>
            {t.reasons.map((r) => (
              <li key={r.rule}>
                {r.message}
                <Sources ids={r.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      {seeSomeone && (
        <>
          <h2>What to tell them</h2>
          <ul>
            {info.tell.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{seeSomeone ? 'Meanwhile' : 'What next'}</h2>
      <p>{info.meanwhile}</p>
      <Sources ids={info.sources} />
      <a class="btn primary block big" href="#/today">
        {seeSomeone ? 'Self-care while you wait' : 'Start my plan'}
      </a>
      <a class="btn block" href="#/check">
        Start a new check
      </a>
    </Screen>
  );
}
