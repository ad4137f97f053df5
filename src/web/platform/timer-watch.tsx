import { useEffect } from 'preact/hooks';
import { now } from '../clock.ts';
import { shellWords as words } from '../shell-words.ts';
import { deleteEntry, finishTimer, type RunningTimer, timer } from '../store/state.ts';
import { notice } from '../toast.ts';
import { notify } from './notify.ts';

export const kindName = words.kind;

const finishing = new Set<string>();

async function finish(t: RunningTimer): Promise<void> {
  if (finishing.has(t.id)) return;
  finishing.add(t.id);
  const entry = await finishTimer(t);
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
    check();
    const id = setInterval(check, 1000);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', check);
    };
  }, [t]);
  return null;
}
