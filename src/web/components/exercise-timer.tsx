import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Dose } from '../../core/knowledge/exercises.ts';
import { announce } from '../announce.ts';
import { now } from '../clock.ts';
import { chime, primeSound } from '../platform/alert.ts';
import { words } from '../words.ts';

const w = words.exerciseTimer;

/** Seconds of rest between holds before the next one starts by itself. */
export const REST_SECONDS = 5;
/** Seconds per repetition when the app counts them: slow and controlled, one beep each. */
export const REP_SECONDS = 3;

/** The main button, and "Start again" once something is counted. */
function Controls({
  count,
  disabled,
  onClick,
  onReset,
  children,
}: {
  count: number;
  disabled: boolean;
  onClick: () => void;
  onReset: () => void;
  children: ComponentChildren;
}) {
  return (
    <div class="row">
      <button type="button" class="primary big" disabled={disabled} onClick={onClick}>
        {children}
      </button>
      {count > 0 && (
        <button type="button" onClick={onReset}>
          {w.startAgain}
        </button>
      )}
    </div>
  );
}

type Phase = { kind: 'idle' } | { kind: 'hold' | 'rest' | 'rep'; endsAt: number };

/**
 * Holds and repetitions that advance by themselves: a hold counts down, beeps, rests REST_SECONDS and starts
 * the next; repetitions are counted one every REP_SECONDS with a beep each. Times come from stored end
 * times, so a slow tick never miscounts.
 */
export function ExerciseTimer({ dose, name }: { dose: Dose; name: string }) {
  const total = dose.kind === 'hold' ? dose.times : dose.reps * dose.sets;
  const [count, setCount] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [, tick] = useState(0);

  useEffect(() => {
    if (phase.kind === 'idle') return;
    const id = setInterval(() => {
      const at = now().getTime();
      if (at < phase.endsAt) {
        tick((n) => n + 1);
        return;
      }
      if (phase.kind === 'rest' && dose.kind === 'hold') {
        announce(w.holdFor(dose.seconds));
        setPhase({ kind: 'hold', endsAt: at + dose.seconds * 1000 });
        return;
      }
      const next = count + 1;
      setCount(next);
      const over = next >= total;
      chime(over ? 'end' : 'tick');
      if (dose.kind === 'hold') {
        announce(over ? w.allDone(name) : w.relax(next, total));
        setPhase(over ? { kind: 'idle' } : { kind: 'rest', endsAt: at + REST_SECONDS * 1000 });
      } else {
        if (over) announce(w.allDone(name));
        else if (next % dose.reps === 0) announce(w.repDone(next, total));
        setPhase(over ? { kind: 'idle' } : { kind: 'rep', endsAt: at + REP_SECONDS * 1000 });
      }
    }, 250);
    return () => clearInterval(id);
  }, [phase, count, total, name, dose]);

  const finished = count >= total;
  const reset = () => {
    setCount(0);
    setPhase({ kind: 'idle' });
  };
  const running = phase.kind !== 'idle';
  /** Starts a hold or a repetition: sound is primed on the tap (browsers allow it only then), the cue is spoken. */
  const begin = (kind: 'hold' | 'rep', seconds: number, cue: string) => {
    primeSound();
    announce(cue);
    setPhase({ kind, endsAt: now().getTime() + seconds * 1000 });
  };
  const pause = (
    <button type="button" onClick={() => setPhase({ kind: 'idle' })}>
      {w.pause}
    </button>
  );
  if (dose.kind === 'reps') {
    return (
      <div>
        <p class="timer" aria-live="off">
          {w.repsCount(count, total)}
        </p>
        <p class="muted">{w.repPace(REP_SECONDS)}</p>
        {running ? (
          <div class="row">{pause}</div>
        ) : (
          <Controls
            count={count}
            disabled={finished}
            onReset={reset}
            onClick={() => begin('rep', REP_SECONDS, w.repPace(REP_SECONDS))}
          >
            {finished ? w.allDoneButton : count > 0 ? w.carryOn : w.startReps}
          </Controls>
        )}
      </div>
    );
  }
  const left = running ? Math.max(0, Math.ceil((phase.endsAt - now().getTime()) / 1000)) : dose.seconds;
  return (
    <div>
      <p class="timer" role="timer" aria-label={phase.kind === 'rest' ? w.resting(left) : w.seconds(left)}>
        {phase.kind === 'rest' ? w.restShort(left) : w.secondsShort(left)}
      </p>
      <p>{w.holdsDone(count, total)}</p>
      {running ? (
        <div class="row">
          <button type="button" class="primary big" disabled>
            {phase.kind === 'rest' ? w.resting(left) : w.holding}
          </button>
          {pause}
        </div>
      ) : (
        <Controls
          count={count}
          disabled={finished}
          onReset={reset}
          onClick={() => begin('hold', dose.seconds, w.holdFor(dose.seconds))}
        >
          {finished ? w.allDoneButton : w.startHold(count + 1)}
        </Controls>
      )}
    </div>
  );
}
