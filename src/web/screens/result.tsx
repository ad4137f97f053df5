import { catalogue } from '#words';
import { type Case, unsureSet } from '../../core/case.ts';
import { caseNow } from '../../core/episode-view.ts';
import { buildSummary, whatToTell } from '../../core/export/summary.ts';
import { nextTailorStep, offersTailoring } from '../../core/flow.ts';
import { dispositionSources } from '../../core/knowledge/dispositions.ts';
import type { FindingCode } from '../../core/knowledge/findings.ts';
import { type Assessment, assess, type FiredRule, ruleMessage } from '../../core/triage.ts';
import { today } from '../clock.ts';
import { Emergency } from '../components/emergency.tsx';
import { Items } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { SeenAction } from '../components/seen.tsx';
import { Sources } from '../components/sources.tsx';
import { entriesOf } from '../store/live.ts';
import { allEntries, currentEpisode, settings } from '../store/state.ts';
import { useTemperature } from '../temperature.ts';
import { words } from '../words.ts';
import { answersOf } from './tailor.tsx';

const w = words.result;
const c = words.common;

type UnsureRule = 'unsure_emergency_sign' | 'unsure_urgent_sign';
const unsureRules: readonly UnsureRule[] = ['unsure_emergency_sign', 'unsure_urgent_sign'];
const isUnsureRule = (r: FiredRule): r is FiredRule & { rule: UnsureRule } =>
  (unsureRules as readonly string[]).includes(r.rule);

/**
 * The disposition and every reason for it, re-run against today and the latest check-in. What to do, when,
 * who (and for urgent, the call button) come first, so a person in pain reads them without scrolling.
 */
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
  if (t.disposition === 'emergency') return <Emergency triage={t} seen={<SeenAction ep={ep} />} />;
  const info = catalogue.dispositions[t.disposition];
  const seeSomeone = t.disposition !== 'self_care';
  const number = settings.value.emergencyNumber;
  const canTailor = offersTailoring(now) && nextTailorStep(answersOf(ep), ep.case.asOf).kind === 'question';
  // A person not sure of a sign needs the emergency signs next to that list; anyone else, after the action.
  const unsureCounted = t.reasons.some(isUnsureRule);
  const start = (
    <a class="btn primary block big" href="#/today">
      {seeSomeone ? w.selfCareWhileWait : w.startPlan}
    </a>
  );
  return (
    <Screen title={info.title}>
      <div class={seeSomeone ? 'card warn action' : 'card action'}>
        <p>
          <strong>{w.when}</strong> {info.when}
        </p>
        <p>
          <strong>{w.who}</strong> {info.whom}
        </p>
        {t.disposition === 'urgent' && (
          <a class="btn block call" href={`tel:${number}`}>
            {w.callIfSign(number)}
          </a>
        )}
      </div>
      {!seeSomeone && (
        <>
          {start}
          {canTailor && (
            <a class="btn block" href="#/tailor">
              {c.tailor}
            </a>
          )}
        </>
      )}
      <Unsure c={now} t={t} />
      {unsureCounted && <SafetyNet number={number} />}
      {t.reasons.length > 0 && (
        <>
          <h2>{words.emergency.why}</h2>
          <Why reasons={t.reasons} />
        </>
      )}
      {seeSomeone && (
        <>
          <h2>{words.emergency.tell}</h2>
          <Items
            items={whatToTell(
              buildSummary({ episode: ep, entries: allEntries.value, today: today(), words: catalogue }),
              catalogue.export,
            )}
          />
          <a class="btn block" href="#/doctor">
            {catalogue.doctor.screen.link}
          </a>
        </>
      )}
      {!unsureCounted && <SafetyNet number={number} />}
      <h2>{seeSomeone ? words.emergency.meanwhile : w.whatNext}</h2>
      <p>{info.meanwhile}</p>
      <Sources ids={dispositionSources[t.disposition]} />
      {seeSomeone && start}
      {seeSomeone && <SeenAction ep={ep} />}
      {seeSomeone && canTailor && (
        <a class="btn block" href="#/tailor">
          {c.tailor}
        </a>
      )}
      <a class="btn block" href="#/check">
        {c.newCheck}
      </a>
    </Screen>
  );
}

/**
 * The signs the person was not sure about, from the "not sure" rules' own signs: each with its how-to-check
 * step folded under it and what to do if it is there; then any other answer they were not sure of.
 */
function Unsure({ c, t }: { c: Case; t: Assessment }) {
  const temp = useTemperature();
  const fired = t.reasons.filter(isUnsureRule);
  const named = new Set<FindingCode>(fired.flatMap((r) => r.params?.signs ?? []));
  const others = [...unsureSet(c)].filter((code) => !named.has(code));
  if (fired.length === 0 && others.length === 0) return null;
  const number = settings.value.emergencyNumber;
  return (
    <section class="card unsure" aria-labelledby="unsure-title">
      <h2 id="unsure-title">{w.unsureTitle}</h2>
      {fired.length > 0 && <p class="muted">{w.unsureTap}</p>}
      {fired.map((r) => (
        <div key={r.rule}>
          <ul class="checks">
            {(r.params?.signs ?? []).map((code) => {
              const f = catalogue.findings[code];
              return (
                <li key={code}>
                  {f.howToCheck ? (
                    <details>
                      <summary>{f.label}</summary>
                      <p>
                        <strong>{w.howToCheck}</strong> {temp(f.howToCheck)}
                      </p>
                    </details>
                  ) : (
                    f.label
                  )}
                </li>
              );
            })}
          </ul>
          <p>
            <strong>
              {r.rule === 'unsure_emergency_sign'
                ? w.unsureIfThere.unsure_emergency_sign(number)
                : w.unsureIfThere.unsure_urgent_sign}
            </strong>
          </p>
        </div>
      ))}
      {others.length > 0 && <Items items={others.map((code) => catalogue.findings[code].label)} />}
      <p>{w.unsureTell}</p>
    </section>
  );
}

/** The reasons as separate short items: a "not sure" rule in its short words (its signs are listed above). */
function Why({ reasons }: { reasons: readonly FiredRule[] }) {
  const temp = useTemperature();
  return (
    <ul>
      {reasons.map((r) => (
        <li key={r.rule}>
          {isUnsureRule(r) ? w.unsureWhy[r.rule] : temp(ruleMessage(r, catalogue))}
          <Sources ids={r.sources} />
        </li>
      ))}
    </ul>
  );
}

/** Every emergency sign by name under a calm heading with the region's number, and the call button. */
function SafetyNet({ number }: { number: string }) {
  const net = catalogue.advice.safety_net;
  return (
    <section class="card net" aria-labelledby="safety-title">
      <h2 id="safety-title">{w.netTitle(number)}</h2>
      <Items class="signs" items={net.list ?? []} />
      <a class="btn block call" href={`tel:${number}`}>
        {w.call(number)}
      </a>
    </section>
  );
}
