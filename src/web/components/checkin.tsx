import { useState } from 'preact/hooks';
import type { Trend } from '../../core/case.ts';
import type { Episode } from '../../core/episode.ts';
import { caseNow } from '../../core/episode-view.ts';
import type { CheckIn } from '../../core/plan.ts';
import { triage } from '../../core/triage.ts';
import { announce } from '../announce.ts';
import { newId, today } from '../clock.ts';
import { go } from '../router.ts';
import { entriesOf } from '../store/live.ts';
import { saveEntry, settings } from '../store/state.ts';

/** "Better, same or worse?" on the plan's days. The answer re-runs triage; a worse disposition opens the result. */
export function CheckInCard({ ep, checkIn }: { ep: Episode; checkIn: CheckIn }) {
  const [id] = useState(newId);
  const [busy, setBusy] = useState(false);

  const answer = async (trend: Trend) => {
    setBusy(true);
    const date = today();
    await saveEntry(id, ep.id, { date, checkIn: trend });
    const after = triage(caseNow(ep, entriesOf(ep.id), date, settings.value));
    setBusy(false);
    if (after.disposition !== 'self_care') {
      announce('Check-in saved. Your advice has changed: please read it now.');
      go('/result');
    } else {
      announce('Check-in saved. Keep going with your plan.');
    }
  };

  return (
    <section class="card warn" aria-labelledby="checkin-title">
      <h2 id="checkin-title">Time to check in</h2>
      <p>{checkIn.ask}</p>
      <div class="answers">
        <button type="button" class="big" disabled={busy} onClick={() => answer('better')}>
          Better
        </button>
        <button type="button" class="big" disabled={busy} onClick={() => answer('same')}>
          The same
        </button>
        <button type="button" class="big" disabled={busy} onClick={() => answer('worse')}>
          Worse
        </button>
      </div>
    </section>
  );
}
