import { useEffect, useState } from 'preact/hooks';
import { localClock } from '../../core/dates.ts';
import type { Entry } from '../../core/entry.ts';
import { now } from '../clock.ts';
import { letSleep } from '../platform/alert.ts';
import { kindName } from '../platform/timer-watch.tsx';
import type { RunningTimer } from '../store/state.ts';
import {
  cancelTimer,
  deleteEntry,
  finishTimer,
  rateSession,
  restoreEntry,
  skipRating,
} from '../store/writes.ts';
import { timeLabel } from '../time-label.ts';
import { notice } from '../toast.ts';
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
          // Stopping early keeps the whole minutes done; under a minute there is nothing to keep.
          const done = Math.min(t.minutes, Math.floor((now().getTime() - t.startedAt) / 60_000));
          letSleep();
          if (done < 1) {
            await cancelTimer();
            notice(w.stopped);
            return;
          }
          const entry = await finishTimer(t, done);
          notice(w.stoppedSaved(kindName[t.kind], done), () => deleteEntry(entry));
        }}
      >
        {w.stop}
      </button>
    </section>
  );
}

/** After a session: what was saved, and "how did that feel?", which is added to the session's entry. */
export function SessionFinished({ entry }: { entry: Entry }) {
  const kind = (entry.treatments?.[0] ?? 'ice') as 'ice' | 'heat';
  const [busy, setBusy] = useState(false);
  return (
    <section class="card done-card" aria-labelledby="finished-title">
      <h2 id="finished-title">{w.doneTitle(kindName[kind])}</h2>
      <p>{w.saved(entry.minutes ?? 0)}</p>
      <p>{w.howFelt}</p>
      <div class="answers">
        {(['better', 'same', 'worse'] as const).map((felt) => (
          <button
            key={felt}
            type="button"
            class="big"
            aria-disabled={busy ? 'true' : undefined}
            onClick={async () => {
              if (busy) return;
              setBusy(true);
              try {
                const rated = await rateSession(entry, felt);
                notice(w.feltSaved(w.felt[felt]), () => restoreEntry(entry, rated));
              } finally {
                setBusy(false);
              }
            }}
          >
            {w.felt[felt]}
          </button>
        ))}
      </div>
      <button type="button" onClick={skipRating}>
        {w.skip}
      </button>
    </section>
  );
}
