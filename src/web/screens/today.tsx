import { useEffect, useState } from 'preact/hooks';
import { catalogue } from '#words';
import { addDays, daysBetween } from '../../core/dates.ts';
import { caseNow, dueCheckIn } from '../../core/episode-view.ts';
import { describeDose, exerciseOfDay } from '../../core/knowledge/exercises.ts';
import {
  nextSession,
  type PlanAdvice,
  pharmacyMedicines,
  plan,
  type Session,
  sessionsOn,
  wakingDayOf,
} from '../../core/plan.ts';
import { seeDoctorPrompt } from '../../core/progress.ts';
import { announce } from '../announce.ts';
import { localDateTime, newId, now, today } from '../clock.ts';
import { ActivitiesDue } from '../components/activities.tsx';
import { CheckInCard } from '../components/checkin.tsx';
import { DiaryForm } from '../components/diary-form.tsx';
import { Items } from '../components/lists.tsx';
import { ResumeCheck } from '../components/resume-check.tsx';
import { Screen } from '../components/screen.tsx';
import { SeeDoctorCard } from '../components/see-doctor.tsx';
import { SeenAction } from '../components/seen.tsx';
import { SessionFinished, SessionTimer } from '../components/session-timer.tsx';
import { Sources } from '../components/sources.tsx';
import { primeSound } from '../platform/alert.ts';
import { askToNotify } from '../platform/notify.ts';
import { kindName } from '../platform/timer-watch.tsx';
import { entriesOf } from '../store/live.ts';
import { currentEpisode, finished, settings, timer } from '../store/state.ts';
import { startTimer } from '../store/writes.ts';
import { timeLabel } from '../time-label.ts';
import { dayLabel, words } from '../words.ts';
import './today.css';

const w = words.today;

/** One piece of the plan's advice: its list or its text, and its sources (the safety net's card, and why). */
function AdviceBody({ a }: { a: PlanAdvice }) {
  return (
    <>
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
    </>
  );
}

function minutesSince(iso: string): number {
  return Math.max(0, Math.floor((now().getTime() - Date.parse(iso)) / 60_000));
}

/**
 * Today's part of the plan, one screenful at 390 by 844: the status, the next cold or heat session with its day,
 * the pain log and a due check-in; then the safety net, open; then rest, exercise, medicines and why, each folded.
 */
export default function Today() {
  // A repaint every minute keeps "last logged" and the next session current while the screen stays open.
  const [, setTick] = useState(0);
  // A due check-in opens in place when asked for (its questions would push the rest off the first screen): the day
  // of the one opened, so the next one, days later, starts closed again.
  const [checking, setChecking] = useState<number | undefined>();
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(id);
  }, []);
  const ep = currentEpisode.value;
  if (!ep) return null;
  const date = today();
  const entries = entriesOf(ep.id);
  // The person's word that a clinician has seen them brings back the movement an urgent plan holds back.
  const c = caseNow(ep, entries, date, settings.value);
  const p = plan(c, catalogue, undefined, { seen: ep.seen });
  const day = daysBetween(ep.onset, date);
  const t = p.triage;
  const checkIn = dueCheckIn(ep, entries, date);
  const running = timer.value;

  const sessions = sessionsOn(p.sessions, date);
  const doneToday = entries.filter((e) => e.date === date && e.minutes !== undefined).length;
  const next = nextSession(p.sessions, localDateTime(), doneToday, wakingDayOf(c));
  const planDay = p.days.find((d) => d.date === date);
  const pregnant = ep.case.findings?.includes('pregnant') ?? false;
  const exercise = exerciseOfDay(day, pregnant);
  const comfortOnly = planDay?.activity === 'comfort_until_seen';
  const forPharmacist = pharmacyMedicines(ep.case);
  // Entries come ordered by day, then time: the last with a pain rating is the newest rating.
  const lastPain = entries.findLast((e) => e.pain !== undefined);

  const start = async (s: Pick<Session, 'kind' | 'minutes'>) => {
    primeSound();
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
    announce(w.started(kindName[s.kind], s.minutes));
  };

  // The next session's day in words: at 23:05 the next is tomorrow's, and the heading says so.
  const nextDate = next?.start.slice(0, 10);
  const nextDay =
    nextDate === date
      ? w.today
      : nextDate === addDays(date, 1)
        ? w.tomorrow
        : w.onDay(dayLabel(nextDate ?? date));
  // What says "call the emergency number now" (the safety net; on an emergency plan, its first advice) stays open.
  const isNet = (id: string) => id === 'safety_net' || id === 'emergency_now';
  const nets = p.advice.filter((a) => isNet(a.id));
  const why = p.advice.filter((a) => !isNet(a.id));

  return (
    <Screen title={w.title(day)}>
      {/* The first screenful at 390 by 844: the status, the next session, the pain log and a due check-in. */}
      {t.disposition === 'emergency' ? (
        <div class="card alert">
          <p>
            <strong>{catalogue.dispositions.emergency.title}.</strong> {w.emergencyWaits}
          </p>
          <a class="btn danger block" href="#/result">
            {w.whatNow}
          </a>
        </div>
      ) : (
        // The same prompt, from the same function, as Progress: the triage of the latest data, with its reasons.
        <SeeDoctorCard s={seeDoctorPrompt(ep.case, entries, date)} link compact />
      )}

      {running ? (
        <SessionTimer t={running} />
      ) : finished.value && finished.value.episodeId === ep.id ? (
        <SessionFinished entry={finished.value} />
      ) : next ? (
        <section class="card next" aria-labelledby="next-title">
          <h2 id="next-title">{w.next(kindName[next.kind], nextDay, timeLabel(next.start.slice(11)))}</h2>
          {nextDate === date ? (
            <button type="button" class="primary block" onClick={() => start(next)}>
              {w.start(next.minutes, next.kind)}
            </button>
          ) : (
            // A later day's session is not offered now: tomorrow's may be heat where today is still cold.
            doneToday >= sessions.length && sessions.length > 0 && <p>{w.noMoreSessions}</p>
          )}
        </section>
      ) : t.disposition !== 'emergency' ? (
        <p class="card">{w.noMoreSessions}</p>
      ) : null}

      <section class="card pain-log" aria-labelledby="pain-title">
        <h2 id="pain-title">{w.logPain}</h2>
        <p class="muted">
          {lastPain
            ? w.lastLogged(lastPain.pain as number, minutesSince(lastPain.recordedAt))
            : w.notLoggedYet}
        </p>
        <DiaryForm episodeId={ep.id} date={date} compact />
      </section>

      {checkIn &&
        (checking === checkIn.day ? (
          <CheckInCard ep={ep} checkIn={checkIn} focus />
        ) : (
          // The check-in asks its questions one at a time once opened, so the card stays one line and a button here.
          <section class="card warn" aria-labelledby="checkin-title">
            <h2 id="checkin-title">{words.checkIn.title(checkIn.day)}</h2>
            <button type="button" class="primary block" onClick={() => setChecking(checkIn.day)}>
              {w.checkInStart}
            </button>
          </section>
        ))}
      <ResumeCheck />

      {/* The safety net stays open on every plan screen: never behind a closed disclosure. */}
      {nets.map((a) => (
        <section key={a.id} class="card net" aria-labelledby={`net-${a.id}`}>
          <h2 id={`net-${a.id}`}>{a.title}</h2>
          <AdviceBody a={a} />
        </section>
      ))}

      {t.disposition !== 'emergency' && <ActivitiesDue ep={ep} entries={entries} date={date} />}
      <SeenAction ep={ep} />

      {/* The rest of the day's plan, each part behind its own disclosure. */}
      <div class="more-plan">
        {next && (
          <details>
            <summary>
              <h2>{w.howAndAll}</h2>
            </summary>
            <p>
              {catalogue.care.sessionHowTo(next.kind, pregnant)} {w.minutes(next.minutes)}
            </p>
            {sessions.length > 0 && (
              <ul>
                {sessions.map((s, i) => (
                  <li key={s.start} class={i < doneToday ? 'done' : undefined}>
                    {w.sessionLine(timeLabel(s.start.slice(11)), kindName[s.kind], s.minutes, i < doneToday)}
                  </li>
                ))}
              </ul>
            )}
          </details>
        )}
        {t.disposition !== 'emergency' && (
          <>
            <details>
              <summary>
                <h2>{w.restTitle}</h2>
              </summary>
              <p>
                {comfortOnly
                  ? w.rest.comfort_until_seen
                  : planDay?.activity === 'rest_allowed'
                    ? w.rest.rest_allowed(p.maxBedRestDays)
                    : w.rest.keep_moving}
              </p>
            </details>
            {!comfortOnly && (
              <details>
                <summary>
                  <h2>{w.exerciseTitle}</h2>
                </summary>
                <p>
                  <a href={`#/exercises/${exercise.id}`}>{catalogue.exercises.items[exercise.id].name}</a>:{' '}
                  {describeDose(exercise.dose, catalogue.exercises)}. {w.exerciseStop}
                </p>
              </details>
            )}
            <details>
              <summary>
                <h2>{w.medicinesTitle}</h2>
              </summary>
              {pregnant && <p>{w.pregnantMedicines}</p>}
              <ul>
                {forPharmacist.map((m) => (
                  <li key={m.id}>
                    <strong>{catalogue.medicines.items[m.id].name}</strong>:{' '}
                    {catalogue.medicines.items[m.id].text}
                  </li>
                ))}
              </ul>
              <p>{w.noDoses}</p>
              <details>
                <summary>{w.pharmacistAsks}</summary>
                <Items items={catalogue.medicines.pharmacistQuestions} />
              </details>
            </details>
          </>
        )}

        <details>
          <summary>
            <h2>{w.whyPlan}</h2>
          </summary>
          {why.map((a) => (
            <details key={a.id}>
              <summary>{a.title}</summary>
              <AdviceBody a={a} />
            </details>
          ))}
        </details>
      </div>
    </Screen>
  );
}
