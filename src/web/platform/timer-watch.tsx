import { useEffect } from 'preact/hooks';
import { now } from '../clock.ts';
import { type RunningTimer, timer } from '../store/state.ts';
import { deleteEntry, finishTimer } from '../store/writes.ts';
import { notice } from '../toast.ts';
import { words } from '../words.ts';
import { buzz, chime, keepAwake, letSleep } from './alert.ts';
import { notify } from './notify.ts';

export const kindName = words.kind;

const finishing = new Set<string>();

async function finish(t: RunningTimer): Promise<void> {
  if (finishing.has(t.id)) return;
  finishing.add(t.id);
  const entry = await finishTimer(t);
  // Sound and vibration as well as the screen: with notifications denied the end is still heard.
  chime('end');
  buzz();
  letSleep();
  notice(words.timer.doneAnnounce(kindName[t.kind], t.minutes), () => deleteEntry(entry));
  await notify(words.timer.doneTitle(kindName[t.kind]), words.timer.doneBody(t.minutes)).catch(
    () => undefined,
  );
}

/**
 * Watches the running session from any screen. The end time is stored, so a locked phone or a reload only
 * delays noticing the end; when the app wakes it records the session once (its id is the timer's id).
 */
export function TimerWatch() {
  const t = timer.value;
  useEffect(() => {
    if (!t) return;
    const check = () => {
      if (now().getTime() >= t.endsAt) void finish(t);
    };
    const onVisible = () => {
      check();
      // The browser drops the wake lock when the page is hidden: take it again on return.
      if (document.visibilityState === 'visible' && now().getTime() < t.endsAt) void keepAwake();
    };
    check();
    void keepAwake();
    const id = setInterval(check, 1000);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
      letSleep();
    };
  }, [t]);
  return null;
}
