import { useEffect, useRef, useState } from 'preact/hooks';
import { catalogue } from '#words';
import type { Trend } from '../../core/case.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { caseNow, newSignItems, withNewSigns } from '../../core/episode-view.ts';
import { emergencySigns, type FindingCode } from '../../core/knowledge/findings.ts';
import { checkInSigns, questionText } from '../../core/knowledge/questions.ts';
import type { CheckInDay } from '../../core/plan.ts';
import { assess } from '../../core/triage.ts';
import { announce } from '../announce.ts';
import { newId, today } from '../clock.ts';
import { go } from '../router.ts';
import { entriesOf } from '../store/live.ts';
import { settings } from '../store/state.ts';
import { deleteEntry, saveEntry, updateEpisode } from '../store/writes.ts';
import { notice } from '../toast.ts';
import { trendWords, words } from '../words.ts';
import { ChoiceGroup, type Chosen } from './choice-group.tsx';
import { FieldError } from './field-error.tsx';
import { PainNow } from './pain-now.tsx';
import { YesNoUnsure } from './yes-no.tsx';

const w = words.checkIn;

type Stage = 'signs' | 'newSigns' | 'pain' | 'trend';

/**
 * A check-in: first the emergency signs again, one at a time ("is this new since we last asked?"); then one list of every
 * urgent and soon sign that can be new since the last check; then the pain now and "better, same or worse?".
 * Every sign answered "yes" or "not sure" joins the episode's case, and triage runs again on all of it: a result
 * that needs a doctor opens the result screen.
 */
export function CheckInCard({
  ep,
  checkIn,
  focus = false,
}: {
  ep: Episode;
  checkIn: CheckInDay;
  /** Take the focus to the heading on opening (Today opens the card when asked). */
  focus?: boolean;
}) {
  const [id] = useState(newId);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) title.current?.focus();
  }, [focus]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [stage, setStage] = useState<Stage>('signs');
  /** Which emergency sign is being asked, in catalogue order. */
  const [sign, setSign] = useState(0);
  const [newSigns, setNewSigns] = useState<Chosen>({});
  const [pain, setPain] = useState<number | undefined>();

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

  const answer = async (trend: Trend) => {
    const date = today();
    let current = ep;
    let saved: Entry | undefined;
    const done = await saving(async () => {
      // The signs first: a new fever must reach the episode even if the diary entry then fails to save.
      if (Object.keys(newSigns).length > 0) {
        current = await updateEpisode(ep, withNewSigns(ep, newSigns, date));
      }
      saved = await saveEntry(
        id,
        ep.id,
        pain === undefined ? { date, checkIn: trend } : { date, checkIn: trend, pain },
      );
    });
    if (!done || !saved) return;
    const entry = saved;
    const after = assess(caseNow(current, entriesOf(ep.id), date, settings.value));
    const undo = () => deleteEntry(entry);
    if (after.disposition !== 'self_care') {
      notice(w.savedChanged, undo);
      go('/result');
    } else {
      notice(w.savedKeepGoing, undo);
    }
  };

  /** Adds the emergency signs the person named to the episode, so every screen and the result see them. */
  const record = async (chosen: Chosen, as: 'yes' | 'unsure') => {
    const codes = Object.keys(chosen) as FindingCode[];
    if (codes.length === 0) {
      setStage('newSigns');
      return;
    }
    const next = withNewSigns(ep, Object.fromEntries(codes.map((c) => [c, as])), today());
    if (!(await saving(() => updateEpisode(ep, next)))) return;
    announce(w.changed);
    go('/result');
  };

  const asked = questionText(checkInSigns, catalogue);
  const signCode = stage === 'signs' ? emergencySigns[sign] : undefined;
  return (
    <section class="card warn" aria-labelledby="checkin-title">
      <h2 id="checkin-title" ref={title} tabIndex={-1}>
        {w.title(checkIn.day)}
      </h2>
      {stage === 'signs' && signCode && (
        <SignQuestion
          code={signCode}
          position={sign + 1}
          disabled={busy}
          onAnswer={(a) => {
            if (a !== 'no') record({ [signCode]: a }, a);
            else if (sign + 1 < emergencySigns.length) setSign((i) => i + 1);
            else setStage('newSigns');
          }}
        />
      )}
      {stage === 'newSigns' && (
        <>
          <p>
            <strong>{asked.text}</strong>
          </p>
          {asked.hint && <p class="muted">{asked.hint}</p>}
          <ChoiceGroup
            items={newSignItems(ep)}
            allowUnsure={checkInSigns.allowUnsure}
            onDone={(chosen) => {
              setNewSigns(chosen);
              setStage('pain');
            }}
          />
        </>
      )}
      {stage === 'pain' && (
        <>
          <p>
            <strong>{catalogue.questions.asked.painNow.text}</strong>
          </p>
          <PainNow
            onAnswer={(n) => {
              setPain(n === 'unsure' ? undefined : n);
              setStage('trend');
            }}
          />
        </>
      )}
      {stage === 'trend' && (
        <>
          <p>{catalogue.care.checkInAsk(checkIn.day)}</p>
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

/** One emergency sign at a check-in: its own question and hint, Yes, No or Not sure, and where it stands in the eight. */
function SignQuestion({
  code,
  position,
  disabled,
  onAnswer,
}: {
  code: FindingCode;
  position: number;
  disabled: boolean;
  onAnswer: (a: 'yes' | 'no' | 'unsure') => void;
}) {
  const f = catalogue.findings[code];
  return (
    <>
      {/* The buttons stay (focus stays on them); the question changes and is read out. */}
      <div aria-live="polite">
        <p class="muted">{w.signOf(position, emergencySigns.length)}</p>
        <p>
          <strong>{f.question}</strong>
        </p>
        {f.hint && <p class="muted">{f.hint}</p>}
      </div>
      <YesNoUnsure disabled={disabled} onAnswer={onAnswer} />
    </>
  );
}
