import { unsureSet } from '../../core/case.ts';
import { caseNow } from '../../core/episode-view.ts';
import { buildSummary, whatToTell } from '../../core/export/summary.ts';
import { nextTailorStep, offersTailoring } from '../../core/flow.ts';
import { dispositionSources } from '../../core/knowledge/dispositions.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import { assess } from '../../core/triage.ts';
import { today } from '../clock.ts';
import { Emergency } from '../components/emergency.tsx';
import { Items, Reasons } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';
import { entriesOf } from '../store/live.ts';
import { allEntries, currentEpisode, settings } from '../store/state.ts';
import { words } from '../words.ts';
import { answersOf } from './tailor.tsx';

const w = words.result;
const c = words.common;

/** The disposition and every reason for it, re-run against today and the latest check-in. */
export default function Result() {
  const ep = currentEpisode.value;
  if (!ep) {
    return (
      <Screen title={w.noCheck}>
        <a class="btn primary block big" href="#/check">
          {c.checkMyBack}
        </a>
      </Screen>
    );
  }
  const now = caseNow(ep, entriesOf(ep.id), today(), settings.value);
  const t = assess(now);
  if (t.disposition === 'emergency') return <Emergency triage={t} />;
  const info = en.dispositions[t.disposition];
  const seeSomeone = t.disposition !== 'self_care';
  const unsure = [...unsureSet(now)].map((code) => en.findings[code].label);
  const safetyNet = en.advice.safety_net;
  const canTailor = offersTailoring(now) && nextTailorStep(answersOf(ep), ep.case.asOf).kind === 'question';
  return (
    <Screen title={info.title}>
      <div class={seeSomeone ? 'card warn' : 'card'}>
        <p>
          <strong>{w.when}</strong> {info.when}
        </p>
        <p>
          <strong>{w.who}</strong> {info.whom}
        </p>
      </div>
      {unsure.length > 0 && (
        <section class="card" aria-labelledby="unsure-title">
          <h2 id="unsure-title">{w.unsureTitle}</h2>
          <Items items={unsure} />
          <p>{w.unsureTell}</p>
        </section>
      )}
      {t.reasons.length > 0 && (
        <>
          <h2>{words.emergency.why}</h2>
          <Reasons reasons={t.reasons} />
        </>
      )}
      {seeSomeone && (
        <>
          <h2>{words.emergency.tell}</h2>
          <Items
            items={whatToTell(
              buildSummary({ episode: ep, entries: allEntries.value, today: today(), words: en }),
              en.export,
            )}
          />
          <a class="btn block" href="#/doctor">
            {en.doctor.screen.link}
          </a>
        </>
      )}
      <section class="card alert" aria-labelledby="safety-title">
        <h2 id="safety-title">{safetyNet.title}</h2>
        <Items class="signs" items={safetyNet.list ?? []} />
        <a class="btn danger block" href={`tel:${settings.value.emergencyNumber}`}>
          {w.call(settings.value.emergencyNumber)}
        </a>
      </section>
      <h2>{seeSomeone ? words.emergency.meanwhile : w.whatNext}</h2>
      <p>{info.meanwhile}</p>
      <Sources ids={dispositionSources[t.disposition]} />
      {canTailor && (
        <a class="btn primary block big" href="#/tailor">
          {c.tailor}
        </a>
      )}
      <a class={canTailor ? 'btn block big' : 'btn primary block big'} href="#/today">
        {seeSomeone ? w.selfCareWhileWait : w.startPlan}
      </a>
      <a class="btn block" href="#/check">
        {c.newCheck}
      </a>
    </Screen>
  );
}
