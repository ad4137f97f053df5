import type { Episode } from '../../core/episode.ts';
import { caseNow } from '../../core/episode-view.ts';
import { planHeld, seenFor } from '../../core/seen.ts';
import { assess } from '../../core/triage.ts';
import { now, today } from '../clock.ts';
import { entriesOf } from '../store/live.ts';
import { settings } from '../store/state.ts';
import { saveSeen } from '../store/writes.ts';
import { notice } from '../toast.ts';
import { dayLabel, words } from '../words.ts';

const w = words.seen;

/**
 * "A clinician has seen me" for an urgent or emergency episode: the action while the plan is held back, and
 * the person's word with its undo once given. Nothing for an episode that needs no clinician first.
 */
export function SeenAction({ ep }: { ep: Episode }) {
  const triage = assess(caseNow(ep, entriesOf(ep.id), today(), settings.value));
  const held = planHeld(triage, ep.seen);
  if (!held && !ep.seen) return null;
  if (triage.disposition !== 'emergency' && triage.disposition !== 'urgent') return null;
  if (!held && ep.seen) {
    return (
      <div class="seen">
        <p>{w.seenOn(dayLabel(ep.seen.on))}</p>
        <button
          type="button"
          class="block"
          onClick={async () => {
            await saveSeen(ep, undefined);
            notice(w.undone);
          }}
        >
          {w.undo}
        </button>
      </div>
    );
  }
  return (
    <div class="seen">
      <p class="muted">{w.actionHint}</p>
      <button
        type="button"
        class="block"
        onClick={async () => {
          await saveSeen(ep, seenFor(triage, today(), now().toISOString()));
          notice(w.saved);
        }}
      >
        {w.action}
      </button>
    </div>
  );
}
