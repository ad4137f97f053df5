import { unsureSet } from '../../core/case.ts';
import { caseNow } from '../../core/episode-view.ts';
import { buildSummary, whatToTell } from '../../core/export/summary.ts';
import { nextTailorStep, offersTailoring } from '../../core/flow.ts';
import { adviceById } from '../../core/knowledge/advice.ts';
import { dispositionSources } from '../../core/knowledge/dispositions.ts';
import { findingByCode } from '../../core/knowledge/findings.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import { triage } from '../../core/triage.ts';
import { today } from '../clock.ts';
import { Emergency } from '../components/emergency.tsx';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';
import { entriesOf } from '../store/live.ts';
import { allEntries, currentEpisode, settings } from '../store/state.ts';
import { answersOf } from './tailor.tsx';

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
  const c = caseNow(ep, entriesOf(ep.id), today(), settings.value);
  const t = triage(c);
  if (t.disposition === 'emergency') return <Emergency triage={t} />;
  const info = en.dispositions[t.disposition];
  const seeSomeone = t.disposition !== 'self_care';
  const unsure = [...unsureSet(c)].map((code) => findingByCode(code)?.label ?? code);
  const safetyNet = adviceById('safety_net');
  const canTailor = offersTailoring(c) && nextTailorStep(answersOf(ep), ep.case.asOf).kind === 'question';
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
      {unsure.length > 0 && (
        <section class="card" aria-labelledby="unsure-title">
          <h2 id="unsure-title">You were not sure about</h2>
          <ul>
            {unsure.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <p>Tell the doctor or nurse about these too. “Not sure” is never taken as “no”.</p>
        </section>
      )}
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
            {whatToTell(buildSummary({ episode: ep, entries: allEntries.value, today: today() })).map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          <a class="btn block" href="#/doctor">
            {en.doctor.screen.link}
          </a>
        </>
      )}
      <section class="card alert" aria-labelledby="safety-title">
        <h2 id="safety-title">{safetyNet.title}</h2>
        <ul class="signs">
          {safetyNet.list?.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <a class="btn danger block" href={`tel:${settings.value.emergencyNumber}`}>
          Call {settings.value.emergencyNumber}
        </a>
      </section>
      <h2>{seeSomeone ? 'Meanwhile' : 'What next'}</h2>
      <p>{info.meanwhile}</p>
      <Sources ids={dispositionSources[t.disposition]} />
      {canTailor && (
        <a class="btn primary block big" href="#/tailor">
          Tailor my plan (optional)
        </a>
      )}
      <a class={canTailor ? 'btn block big' : 'btn primary block big'} href="#/today">
        {seeSomeone ? 'Self-care while you wait' : 'Start my plan'}
      </a>
      <a class="btn block" href="#/check">
        Start a new check
      </a>
    </Screen>
  );
}
