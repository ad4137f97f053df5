import { useEffect, useRef, useState } from 'preact/hooks';
import { catalogue } from '#words';
import { addDays, daysBetween, EPISODE_SPAN_DAYS, isCalendarDate } from '../../core/dates.ts';
import type { Episode } from '../../core/episode.ts';
import {
  answerQuestion,
  emptyDraft,
  type FlowAnswers,
  type FlowDraft,
  finalAnswers,
  type GivenAnswer,
  groupItems,
  nextStep,
  undoAnswer,
} from '../../core/flow.ts';
import { type Question, questionText } from '../../core/knowledge/questions.ts';
import { caseLimits, withinLimits } from '../../core/limits.ts';
import { today } from '../clock.ts';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { Emergency } from '../components/emergency.tsx';
import { Field } from '../components/field.tsx';
import { PainNow } from '../components/pain-now.tsx';
import { Screen } from '../components/screen.tsx';
import { YesNoUnsure } from '../components/yes-no.tsx';
import { go } from '../router.ts';
import { shellWords } from '../shell-words.ts';
import { endCheckDraft, markCheckCloses, readCheckDraft, saveCheckDraft } from '../store/check-draft.ts';
import { undoNewEpisode } from '../store/episodes.ts';
import { currentEpisode } from '../store/state.ts';
import { startEpisode } from '../store/writes.ts';
import { useTemperature } from '../temperature.ts';
import { notice } from '../toast.ts';
import { dayLabel, words } from '../words.ts';

const w = words.check;
const c = words.common;
const ew = words.episodes;

/**
 * The core's question flow, one question per screen. The draft is kept, so a reload loses nothing. With an
 * episode under way it first asks whether this is new back pain, and says at the end that the current episode
 * will be closed and kept.
 */
export default function Check() {
  const [draft, setDraft] = useState<FlowDraft | undefined>();
  const [closes, setCloses] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const asOf = today();
  const temp = useTemperature();
  const before = currentEpisode.value;
  /** The smallest question count shown so far in this check. */
  const least = useRef<number | undefined>(undefined);

  useEffect(() => {
    readCheckDraft().then(
      (kept) => {
        setCloses(kept.closes);
        setDraft(kept.draft ?? emptyDraft());
      },
      () => setDraft(emptyDraft()),
    );
  }, []);

  if (!draft) return <p class="muted">{shellWords.shell.loading}</p>;

  if (before && closes !== before.id && !saving) {
    return (
      <NewOrSame
        ep={before}
        asOf={asOf}
        onNew={() => {
          setCloses(before.id);
          void markCheckCloses(before.id);
        }}
      />
    );
  }

  const update = (next: FlowDraft) => {
    setDraft(next);
    void saveCheckDraft(next);
  };
  const back = () => {
    if (draft.history.length === 0) go('/');
    else update(undoAnswer(draft));
  };

  const step = nextStep(draft.answers, asOf);
  if (step.kind === 'emergency') return <Emergency triage={step.triage} onBack={back} />;

  if (step.kind === 'done') {
    const finish = async () => {
      setSaving(true);
      const started = await startEpisode(step.case, finalAnswers(draft.answers));
      await endCheckDraft();
      go('/result');
      if (before)
        notice(ew.begun(dayLabel(started.onset), dayLabel(before.onset)), () =>
          undoNewEpisode(started.id, before.id),
        );
    };
    return (
      <Screen title={w.doneTitle}>
        <p>{w.thanks}</p>
        {before && (
          <p class="card warn" id="closes-note">
            {ew.closeNote(dayLabel(before.onset))}
          </p>
        )}
        <button
          type="button"
          class="primary block big"
          disabled={saving}
          aria-describedby={before ? 'closes-note' : undefined}
          onClick={finish}
        >
          {before ? ew.startNew : c.seeWhatToDo}
        </button>
        <button type="button" class="block" onClick={back}>
          {c.back}
        </button>
      </Screen>
    );
  }

  const q = step.question;
  const answer = (given: GivenAnswer) => update(answerQuestion(draft, q, given, asOf));
  const qw = questionText(q, catalogue);
  // The count never grows: when an answer ("not sure", a start date a week back) adds questions, it says
  // "a few more" instead of a bigger number than the person was shown.
  least.current = Math.min(least.current ?? step.total, step.total);
  const count =
    step.total > least.current ? w.progressMore(step.position) : w.progress(step.position, step.total);
  return (
    <Screen
      key={q.id}
      title={q.kind === 'recheck' ? w.howToCheck : temp(qw.text)}
      focus={q.kind === 'age' ? 'age' : undefined}
      eyebrow={
        <div>
          <p class="stage">{catalogue.questions.stages[q.stage]}</p>
          <label class="sr-only" for="flow-progress">
            {count}
          </label>
          <progress id="flow-progress" value={step.position} max={step.total} />
          <p class="muted" aria-hidden="true">
            {count}
          </p>
        </div>
      }
    >
      {qw.hint && <p class="muted">{temp(qw.hint)}</p>}
      {q.kind === 'group' && <p class="muted">{q.allowUnsure ? w.chooseAnyOrUnsure : w.chooseAny}</p>}
      <Answer q={q} asOf={asOf} answers={draft.answers} onAnswer={answer} />
      <button type="button" class="block" onClick={back}>
        {c.back}
      </button>
    </Screen>
  );
}

/** Asked before a check while an episode is under way: a new bout of pain, or the same one carried on. */
function NewOrSame({ ep, asOf, onNew }: { ep: Episode; asOf: string; onNew: () => void }) {
  return (
    <Screen title={ew.askTitle}>
      <p>{ew.askCurrent(dayLabel(ep.onset), Math.max(0, daysBetween(ep.onset, asOf)))}</p>
      <p>{ew.askExplain}</p>
      <a class="btn primary block big" href="#/today" aria-describedby="same-help">
        {ew.same}
      </a>
      <p class="muted" id="same-help">
        {ew.sameHelp}
      </p>
      <button type="button" class="block big" onClick={onNew}>
        {ew.isNew}
      </button>
    </Screen>
  );
}

const trendAnswers = ['better', 'same', 'worse', 'unsure'] as const;

function Answer({
  q,
  asOf,
  answers,
  onAnswer,
}: {
  q: Question;
  asOf: string;
  answers: FlowAnswers;
  onAnswer: (given: GivenAnswer) => void;
}) {
  const temp = useTemperature();
  switch (q.kind) {
    case 'finding':
      return <YesNoUnsure onAnswer={(value) => onAnswer({ kind: 'finding', value })} />;
    case 'recheck':
      return (
        <>
          <div class="card warn">
            <p>{w.wereUnsure}</p>
            <p>{temp(questionText(q, catalogue).howToCheck ?? '')}</p>
          </div>
          <h2>{temp(questionText(q, catalogue).text)}</h2>
          <p class="muted">{w.stillUnsureHint}</p>
          <YesNoUnsure
            unsureLabel={w.stillUnsure}
            onAnswer={(value) => onAnswer({ kind: 'recheck', value })}
          />
        </>
      );
    case 'group':
      return (
        <ChoiceGroup
          items={groupItems(q, answers, asOf)}
          allowUnsure={q.allowUnsure}
          onDone={(chosen) => onAnswer({ kind: 'group', chosen })}
        />
      );
    case 'trend':
      return (
        <div class="answers">
          {trendAnswers.map((value) => (
            <button key={value} type="button" class="big" onClick={() => onAnswer({ kind: 'trend', value })}>
              {w.trend[value]}
            </button>
          ))}
        </div>
      );
    case 'pain':
      return <PainNow onAnswer={(value) => onAnswer({ kind: 'pain', value })} />;
    case 'age':
      return <AgeField initial={answers.age} onDone={(value) => onAnswer({ kind: 'age', value })} />;
    case 'date':
      return (
        <OnsetField
          initial={answers.onset}
          asOf={asOf}
          onDone={(value) => onAnswer({ kind: 'date', value })}
        />
      );
  }
}

function AgeField({ initial, onDone }: { initial?: number; onDone: (n: number) => void }) {
  const [text, setText] = useState(initial === undefined ? '' : String(initial));
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const n = Number(text.trim());
    if (text.trim() === '' || !withinLimits(n, caseLimits.age)) {
      setError(w.ageError);
      return;
    }
    onDone(n);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field
        id="age"
        label={w.ageLabel}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        onValue={setText}
        error={error}
      />
      <NextButton />
    </form>
  );
}

function OnsetField({
  initial,
  asOf,
  onDone,
}: {
  initial?: string;
  asOf: string;
  onDone: (d: string) => void;
}) {
  const [text, setText] = useState(initial ?? '');
  const [error, setError] = useState('');
  const earliest = addDays(asOf, -EPISODE_SPAN_DAYS);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!isCalendarDate(text)) {
      setError(w.onsetMissing);
      return;
    }
    if (text > asOf) {
      setError(w.onsetFuture);
      return;
    }
    // An episode spans at most three years (core/dates.ts): older pain starts a check from today instead.
    if (text < earliest) {
      setError(w.onsetTooLongAgo);
      return;
    }
    onDone(text);
  };
  const quick: [string, string][] = [
    [w.quick.today, asOf],
    [w.quick.yesterday, addDays(asOf, -1)],
    [w.quick.twoDaysAgo, addDays(asOf, -2)],
  ];
  return (
    <form onSubmit={submit} noValidate>
      <div class="answers">
        {quick.map(([label, date]) => (
          <button key={label} type="button" class="big" onClick={() => onDone(date)}>
            {label}
          </button>
        ))}
      </div>
      <Field
        id="onset"
        label={w.pickDate}
        type="date"
        max={asOf}
        value={text}
        onValue={setText}
        error={error}
      />
      <NextButton />
    </form>
  );
}

function NextButton() {
  return (
    <button type="submit" class="primary block big">
      {c.next}
    </button>
  );
}
