import { useEffect, useState } from 'preact/hooks';
import { localClock } from '../../core/dates.ts';
import { announce } from '../announce.ts';
import { now } from '../clock.ts';
import { kindName } from '../platform/timer-watch.tsx';
import { cancelTimer, type RunningTimer } from '../store/state.ts';
import { timeLabel } from '../time-label.ts';
import { words } from '../words.ts';

const w = words.session;

function mmss(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function clock(ms: number): string {
  return timeLabel(localClock(new Date(ms)));
}

/** The countdown is drawn from the stored end time; the ticks only repaint it. */
export function SessionTimer({ t }: { t: RunningTimer }) {
  const [at, setAt] = useState(() => now().getTime());
  useEffect(() => {
    const id = setInterval(() => setAt(now().getTime()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = t.endsAt - at;
  const minutesLeft = Math.ceil(left / 60000);
  return (
    <section class="card" aria-labelledby="timer-title">
      <h2 id="timer-title">{w.running(kindName[t.kind])}</h2>
      <p class="timer" role="timer" aria-label={w.minutesLeft(minutesLeft)}>
        {mmss(left)}
      </p>
      <p>{w.endsAt(clock(t.endsAt))}</p>
      <button
        type="button"
        class="block"
        onClick={async () => {
          await cancelTimer();
          announce(w.stopped);
        }}
      >
        {w.stop}
      </button>
    </section>
  );
}
