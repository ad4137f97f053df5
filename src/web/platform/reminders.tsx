import { useEffect } from 'preact/hooks';
import { caseNow } from '../../core/episode-view.ts';
import { carePlan, sessionStartingAt } from '../../core/plan.ts';
import { announce } from '../announce.ts';
import { localDateTime, today } from '../clock.ts';
import { entriesOf } from '../store/live.ts';
import { currentEpisode, settings, timer } from '../store/state.ts';
import { words } from '../words.ts';
import { notify } from './notify.ts';

const reminded = new Set<string>();

/**
 * While the app is open, says when a planned cold or heat session is due. Browsers give a closed web app no
 * reliable way to wake at a set time, so reminders outside the app are not promised.
 */
export default function Reminders() {
  useEffect(() => {
    const check = () => {
      const ep = currentEpisode.value;
      if (!ep || timer.value) return;
      const at = localDateTime();
      const p = carePlan(caseNow(ep, entriesOf(ep.id), today(), settings.value), undefined, {
        seen: ep.seen,
      });
      const due = sessionStartingAt(p.sessions, at);
      if (!due || reminded.has(due.start)) return;
      reminded.add(due.start);
      const w = words.reminders;
      announce(w.due(due.kind));
      void notify(w.dueTitle(due.kind), w.dueBody(due.minutes));
    };
    check();
    const id = setInterval(check, 20_000);
    return () => clearInterval(id);
  }, []);
  return null;
}
