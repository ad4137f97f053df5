import { useEffect, useState } from 'preact/hooks';
import type { Dose } from '../../core/knowledge/exercises.ts';
import { announce } from '../announce.ts';
import { now } from '../clock.ts';

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
          announce(next >= total ? `${name}: all done.` : `Relax. ${next} of ${total} done.`);
          return next;
        });
      } else tick((n) => n + 1);
    }, 250);
    return () => clearInterval(id);
  }, [endsAt, total, name]);

  const finished = count >= total;
  if (dose.kind === 'reps') {
    return (
      <div class="row">
        <button
          type="button"
          class="primary big"
          disabled={finished}
          onClick={() => {
            const next = count + 1;
            setCount(next);
            announce(next >= total ? `${name}: all done.` : `${next} of ${total}.`);
          }}
        >
          {finished ? 'All done' : `Done one (${count} of ${total})`}
        </button>
        {count > 0 && (
          <button type="button" onClick={() => setCount(0)}>
            Start again
          </button>
        )}
      </div>
    );
  }
  const left =
    endsAt === undefined ? dose.seconds : Math.max(0, Math.ceil((endsAt - now().getTime()) / 1000));
  return (
    <div>
      <p class="timer" role="timer" aria-label={`${left} seconds`}>
        {left}s
      </p>
      <p>
        {count} of {total} holds done
      </p>
      <div class="row">
        <button
          type="button"
          class="primary big"
          disabled={finished || endsAt !== undefined}
          onClick={() => {
            setEndsAt(now().getTime() + dose.seconds * 1000);
            announce(`Hold for ${dose.seconds} seconds.`);
          }}
        >
          {finished ? 'All done' : endsAt !== undefined ? 'Holding…' : `Start hold ${count + 1}`}
        </button>
        {count > 0 && (
          <button type="button" onClick={() => setCount(0)}>
            Start again
          </button>
        )}
      </div>
    </div>
  );
}
