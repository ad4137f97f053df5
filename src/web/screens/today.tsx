import { daysBetween } from '../../core/dates.ts';
import { describeDose, exerciseOfDay } from '../../core/knowledge/exercises.ts';
import { medicines, pharmacistQuestions } from '../../core/knowledge/medicines.ts';
import { sessionHowTo } from '../../core/knowledge/regime.ts';
import { plan, type Session } from '../../core/plan.ts';
import { en } from '../../core/text/en/index.ts';
import { announce } from '../announce.ts';
import { localDateTime, newId, now, today } from '../clock.ts';
import { CheckInCard } from '../components/checkin.tsx';
import { DiaryForm } from '../components/diary-form.tsx';
import { Screen } from '../components/screen.tsx';
import { SessionTimer } from '../components/session-timer.tsx';
import { Sources } from '../components/sources.tsx';
import { caseNow, dueCheckIn } from '../episode-view.ts';
import { askToNotify } from '../notify.ts';
import { entriesOf } from '../store/live.ts';
import { currentEpisode, settings, startTimer, timer } from '../store/state.ts';
import { kindName } from '../timer-watch.tsx';

/** Today's part of the plan: the next cold or heat session, a pain rating, rest, medicines, one exercise. */
export default function Today() {
  const ep = currentEpisode.value;
  if (!ep) return null;
  const date = today();
  const entries = entriesOf(ep.id);
  const p = plan(caseNow(ep, entries, date, settings.value));
  const day = daysBetween(ep.onset, date);
  const t = p.triage;
  const checkIn = dueCheckIn(ep, entries, date);
  const running = timer.value;

  const sessions = p.sessions.filter((s) => s.start.startsWith(date));
  const doneToday = entries.filter((e) => e.date === date && e.minutes !== undefined).length;
  const clockNow = localDateTime();
  const next = sessions.slice(doneToday).find((s) => s.start >= clockNow) ?? sessions[doneToday];
  const planDay = p.days.find((d) => d.date === date);
  const pregnant = ep.case.findings?.includes('pregnant') ?? false;
  const exercise = exerciseOfDay(day, pregnant);
  const comfortOnly = planDay?.activity === 'comfort_until_seen';
  // Aspirin is not for under-16s, and in pregnancy every painkiller needs a professional's say first.
  const pharmacyMedicines = pregnant
    ? []
    : medicines.filter((m) => m.access === 'pharmacy' && !(m.id === 'aspirin' && ep.case.age < 16));

  const start = async (s: Pick<Session, 'kind' | 'minutes'>) => {
    const at = now().getTime();
    await startTimer({
      id: newId(),
      kind: s.kind,
      minutes: s.minutes,
      startedAt: at,
      endsAt: at + s.minutes * 60_000,
      episodeId: ep.id,
      date,
    });
    askToNotify();
    announce(`${kindName[s.kind]} session started: ${s.minutes} minutes.`);
  };

  return (
    <Screen title={`Today · day ${day + 1}`}>
      {t.disposition === 'emergency' ? (
        <div class="card alert">
          <p>
            <strong>{en.dispositions.emergency.title}.</strong> Self-care waits until a clinician has seen
            you.
          </p>
          <a class="btn danger block" href="#/result">
            What to do now
          </a>
        </div>
      ) : t.disposition !== 'self_care' ? (
        <div class="card warn">
          <p>
            <strong>{en.dispositions[t.disposition].title}</strong>: {en.dispositions[t.disposition].when}
          </p>
          <a class="btn block" href="#/result">
            Why, and what to tell them
          </a>
        </div>
      ) : null}

      {checkIn && <CheckInCard ep={ep} checkIn={checkIn} />}

      {running ? (
        <SessionTimer t={running} />
      ) : next ? (
        <section class="card" aria-labelledby="next-title">
          <h2 id="next-title">
            Next: {kindName[next.kind].toLowerCase()} at {next.start.slice(11)}
          </h2>
          <p>
            {sessionHowTo(next.kind, pregnant)} {next.minutes} minutes.
          </p>
          <button type="button" class="primary block big" onClick={() => start(next)}>
            Start {next.minutes}-minute {next.kind === 'ice' ? 'cold' : 'heat'} session
          </button>
          <details>
            <summary>All of today’s sessions</summary>
            <ul>
              {sessions.map((s, i) => (
                <li key={s.start} class={i < doneToday ? 'done' : undefined}>
                  {s.start.slice(11)} {kindName[s.kind].toLowerCase()}, {s.minutes} minutes
                  {i < doneToday ? ' (done)' : ''}
                </li>
              ))}
            </ul>
          </details>
        </section>
      ) : t.disposition !== 'emergency' ? (
        <p class="card">No more cold or heat sessions today. Well done.</p>
      ) : null}

      <section class="card" aria-labelledby="pain-title">
        <h2 id="pain-title">Log your pain</h2>
        <DiaryForm episodeId={ep.id} date={date} compact />
      </section>

      {t.disposition !== 'emergency' && (
        <>
          <h2>Rest and movement</h2>
          <p>
            {comfortOnly
              ? 'Until a doctor has seen you: keep comfortable and rest as you need. Leave exercises and stretches until the doctor says they are safe.'
              : planDay?.activity === 'rest_allowed'
                ? `Resting is fine today if the pain is bad, but keep bed rest to ${p.maxBedRestDays} days at most. Get up and move gently every hour or so.`
                : 'Keep moving gently today: short walks and the exercises. Long bed rest now makes the muscles weaker and the pain last longer.'}
          </p>
          {!comfortOnly && (
            <>
              <h2>Today’s exercise</h2>
              <p>
                <a href={`#/exercises/${exercise.id}`}>{exercise.name}</a>: {describeDose(exercise.dose)}.
                Stop if pain shoots down a leg or numbness appears.
              </p>
            </>
          )}

          <h2>Medicines to ask a pharmacist about</h2>
          {pregnant && (
            <p>You are pregnant: ask a pharmacist, midwife or doctor before taking any painkiller.</p>
          )}
          <ul>
            {pharmacyMedicines.map((m) => (
              <li key={m.id}>
                <strong>{m.name}</strong>: {m.text}
              </li>
            ))}
          </ul>
          <p>Follow the label or the pharmacist’s advice for how much to take; this app never gives doses.</p>
          <details>
            <summary>What the pharmacist will ask you</summary>
            <ul>
              {pharmacistQuestions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </details>
        </>
      )}

      <h2>Why this plan</h2>
      {p.advice.map((a) => (
        <details key={a.id} open={a.id === 'safety_net'}>
          <summary>{a.title}</summary>
          {a.list ? (
            <ul class="signs">
              {a.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : (
            <p>{a.text}</p>
          )}
          <Sources ids={a.sources} />
        </details>
      ))}
    </Screen>
  );
}
