import { useState } from 'preact/hooks';
import type { Trend } from '../../core/case.ts';
import type { Entry } from '../../core/entry.ts';
import type { AnswerValue, Episode } from '../../core/episode.ts';
import { caseNow } from '../../core/episode-view.ts';
import { emergencySigns, type FindingCode } from '../../core/knowledge/findings.ts';
import type { GroupItem } from '../../core/knowledge/questions.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import type { CheckInDay } from '../../core/plan.ts';
import { assess } from '../../core/triage.ts';
import { announce } from '../announce.ts';
import { newId, today } from '../clock.ts';
import { go } from '../router.ts';
import { entriesOf } from '../store/live.ts';
import { deleteEntry, saveEntry, settings, updateEpisode } from '../store/state.ts';
import { notice } from '../toast.ts';
import { trendWords, words } from '../words.ts';
import { ChoiceGroup, type Chosen } from './choice-group.tsx';
import { FieldError } from './field-error.tsx';
import { YesNoUnsure } from './yes-no.tsx';

const w = words.checkIn;

const emergencyItems: GroupItem[] = emergencySigns.map((finding) => ({ finding }));

/**
 * A check-in: first the emergency signs again ("any of these new since we last asked?"), then
 * "better, same or worse?". The answers re-run triage; a more urgent result opens the result screen.
 */
export function CheckInCard({ ep, checkIn }: { ep: Episode; checkIn: CheckInDay }) {
  const [id] = useState(newId);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  /** Runs a save; when it fails the card stays on the same step with its answers and says so. */
  const saving = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setFailed(false);
    try {
      await work();
      return true;
    } catch {
      setFailed(true);
      announce(w.saveFailed);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const [stage, setStage] = useState<'signs' | 'which' | 'whichUnsure' | 'trend'>('signs');

  const answer = async (trend: Trend) => {
    const date = today();
    let saved: Entry | undefined;
    if (
      !(await saving(async () => {
        saved = await saveEntry(id, ep.id, { date, checkIn: trend });
      })) ||
      !saved
    )
      return;
    const entry = saved;
    const after = assess(caseNow(ep, entriesOf(ep.id), date, settings.value));
    const undo = () => deleteEntry(entry);
    if (after.disposition !== 'self_care') {
      notice(w.savedChanged, undo);
      go('/result');
    } else {
      notice(w.savedKeepGoing, undo);
    }
  };

  /** Adds the signs the person named to the episode, so every screen and the result see them. */
  const record = async (chosen: Chosen, as: 'yes' | 'unsure') => {
    const codes = Object.keys(chosen) as FindingCode[];
    if (codes.length === 0) {
      setStage('trend');
      return;
    }
    const answers: Record<string, AnswerValue> = { ...ep.answers };
    for (const code of codes) answers[code] = as;
    const c = { ...ep.case };
    if (as === 'yes') c.findings = [...new Set([...(c.findings ?? []), ...codes])];
    else c.unsure = [...new Set([...(c.unsure ?? []), ...codes])];
    if (!(await saving(() => updateEpisode(ep, c, answers)))) return;
    announce(w.changed);
    go('/result');
  };

  return (
    <section class="card warn" aria-labelledby="checkin-title">
      <h2 id="checkin-title">{w.title(checkIn.day)}</h2>
      {stage === 'signs' && (
        <>
          <p>{w.signsFirst}</p>
          <ul class="signs">
            {emergencyItems.map((i) => (
              <li key={i.finding}>{en.findings[i.finding].choice}</li>
            ))}
          </ul>
          <YesNoUnsure
            disabled={busy}
            onAnswer={(a) => setStage(a === 'yes' ? 'which' : a === 'unsure' ? 'whichUnsure' : 'trend')}
          />
        </>
      )}
      {stage === 'which' && (
        <>
          <p>{w.whichNew}</p>
          <ChoiceGroup items={emergencyItems} allowUnsure={false} onDone={(c) => record(c, 'yes')} />
        </>
      )}
      {stage === 'whichUnsure' && (
        <>
          <p>{w.whichUnsure}</p>
          <ChoiceGroup items={emergencyItems} allowUnsure={false} onDone={(c) => record(c, 'unsure')} />
        </>
      )}
      {stage === 'trend' && (
        <>
          <p>{en.care.checkInAsk(checkIn.day)}</p>
          <div class="answers">
            <button type="button" class="big" disabled={busy} onClick={() => answer('better')}>
              {trendWords.better}
            </button>
            <button type="button" class="big" disabled={busy} onClick={() => answer('same')}>
              {trendWords.same}
            </button>
            <button type="button" class="big" disabled={busy} onClick={() => answer('worse')}>
              {trendWords.worse}
            </button>
          </div>
        </>
      )}
      {failed && <FieldError message={w.saveFailed} />}
    </section>
  );
}
