import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Dose } from '../../core/knowledge/exercises.ts';
import { announce } from '../announce.ts';
import { now } from '../clock.ts';
import { words } from '../words.ts';

const w = words.exerciseTimer;

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

/** A hold timer (counts down each hold from a stored end time) or a repetition counter. */
export function ExerciseTimer({ dose, name }: { dose: Dose; name: string }) {
  const total = dose.kind === 'hold' ? dose.times : dose.reps * dose.sets;
  const [count, setCount] = useState(0);
  const [endsAt, setEndsAt] = useState<number | undefined>();
  const [, tick] = useState(0);

  useEffect(() => {
    if (endsAt === undefined) return;
    const id = setInterval(() => {
      if (now().getTime() >= endsAt) {
        setEndsAt(undefined);
        setCount((c) => {
          const next = c + 1;
          announce(next >= total ? w.allDone(name) : w.relax(next, total));
          return next;
        });
      } else tick((n) => n + 1);
    }, 250);
    return () => clearInterval(id);
  }, [endsAt, total, name]);

  const finished = count >= total;
  const reset = () => setCount(0);
  if (dose.kind === 'reps') {
    return (
      <Controls
        count={count}
        disabled={finished}
        onReset={reset}
        onClick={() => {
          const next = count + 1;
          setCount(next);
          announce(next >= total ? w.allDone(name) : w.repDone(next, total));
        }}
      >
        {finished ? w.allDoneButton : w.doneOne(count, total)}
      </Controls>
    );
  }
  const left =
    endsAt === undefined ? dose.seconds : Math.max(0, Math.ceil((endsAt - now().getTime()) / 1000));
  return (
    <div>
      <p class="timer" role="timer" aria-label={w.seconds(left)}>
        {w.secondsShort(left)}
      </p>
      <p>{w.holdsDone(count, total)}</p>
      <Controls
        count={count}
        disabled={finished || endsAt !== undefined}
        onReset={reset}
        onClick={() => {
          setEndsAt(now().getTime() + dose.seconds * 1000);
          announce(w.holdFor(dose.seconds));
        }}
      >
        {finished ? w.allDoneButton : endsAt !== undefined ? w.holding : w.startHold(count + 1)}
      </Controls>
    </div>
  );
}
