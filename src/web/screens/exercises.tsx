import { catalogue } from '#words';
import { daysBetween } from '../../core/dates.ts';
import { caseNow } from '../../core/episode-view.ts';
import {
  describeDose,
  exercisesFor,
  type Phase,
  phaseOn,
  phases,
  stopRuleSources,
} from '../../core/knowledge/exercises.ts';
import { planHeld } from '../../core/seen.ts';
import { assess } from '../../core/triage.ts';
import { today } from '../clock.ts';
import { ExerciseTimer } from '../components/exercise-timer.tsx';
import { ExerciseFigure } from '../components/figures.tsx';
import { Items } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { SeenAction } from '../components/seen.tsx';
import { Sources } from '../components/sources.tsx';
import { entriesOf } from '../store/live.ts';
import { currentEpisode, settings } from '../store/state.ts';
import { words } from '../words.ts';
import './exercises.css';

const w = words.exercises;

/**
 * The programme by phase; the phase the person is in (by the episode's day, as Today's exercise) comes first, so
 * its first exercise is in the first screenful, under one line on when to stop (the full rules fold under it). For an urgent or emergency episode
 * there is no programme until the person says a clinician has seen them: only why, and that action.
 */
export default function Exercises({ open }: { open?: string }) {
  const ew = catalogue.exercises;
  const ep = currentEpisode.value;
  const t = ep && assess(caseNow(ep, entriesOf(ep.id), today(), settings.value));
  if (ep && t && planHeld(t, ep.seen)) {
    return (
      <Screen title={words.seen.exercisesTitle}>
        <div class="card warn">
          <p>{words.seen.why[t.disposition === 'emergency' ? 'emergency' : 'urgent']}</p>
          <a class="btn block" href="#/result">
            {words.today.whyAndTell}
          </a>
        </div>
        <SeenAction ep={ep} />
      </Screen>
    );
  }
  const pregnant = ep?.case.findings?.includes('pregnant') ?? false;
  const current: Phase = ep ? phaseOn(Math.max(0, daysBetween(ep.onset, today()))) : 'early';
  const order = (Object.keys(phases) as Phase[]).sort((a, b) => (a === current ? -1 : b === current ? 1 : 0));
  return (
    <Screen title={w.title}>
      <div class="card warn stop">
        <p id="stop-line">{w.stopLine}</p>
        <details class="stop-why">
          <summary>{w.stopWhy}</summary>
          <h2>{w.stopTitle}</h2>
          <Items items={ew.stopRules} />
          <Sources ids={stopRuleSources} />
        </details>
      </div>
      {pregnant && <p class="card">{w.pregnant}</p>}
      {order.map((phase) => (
        <section key={phase} aria-labelledby={`phase-${phase}`}>
          <h2 id={`phase-${phase}`}>
            {ew.phases[phase].title}
            {phase === current && ep ? words.common.now : ''}
          </h2>
          <p>{ew.phases[phase].text}</p>
          <Sources ids={phases[phase].sources} />
          {exercisesFor(pregnant)
            .filter((e) => e.phase === phase)
            .map((e) => (
              <details key={e.id} id={`ex-${e.id}`} open={open === e.id}>
                <summary>
                  {ew.items[e.id].name} · {describeDose(e.dose, ew)}
                </summary>
                <ExerciseFigure figure={e.figure} name={ew.items[e.id].name} />
                <p>{ew.items[e.id].why}</p>
                <ol>
                  {ew.items[e.id].steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
                <ExerciseTimer dose={e.dose} name={ew.items[e.id].name} />
                <Sources ids={e.sources} />
              </details>
            ))}
        </section>
      ))}
    </Screen>
  );
}
