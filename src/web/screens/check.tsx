import { useEffect, useState } from 'preact/hooks';
import { addDays, isCalendarDate } from '../../core/dates.ts';
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
import { en } from '../../core/knowledge/text/en/index.ts';
import { today } from '../clock.ts';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { Emergency } from '../components/emergency.tsx';
import { Field } from '../components/field.tsx';
import { Screen } from '../components/screen.tsx';
import { YesNoUnsure } from '../components/yes-no.tsx';
import { go } from '../router.ts';
import { shellWords } from '../shell-words.ts';
import { deleteKv, getKv, putKv } from '../store/db.ts';
import { startEpisode } from '../store/state.ts';
import { words } from '../words.ts';

const w = words.check;
const c = words.common;

const DRAFT = 'checkDraft';
/** The core's question flow, one question per screen. The draft is kept, so a reload loses nothing. */
export default function Check() {
  const [draft, setDraft] = useState<FlowDraft | undefined>();
  const [saving, setSaving] = useState(false);
  const asOf = today();

  useEffect(() => {
    getKv<FlowDraft>(DRAFT).then(
      (d) => setDraft(d ?? emptyDraft()),
      () => setDraft(emptyDraft()),
    );
  }, []);

  if (!draft) return <p class="muted">{shellWords.shell.loading}</p>;

  const update = (next: FlowDraft) => {
    setDraft(next);
    void putKv(DRAFT, next);
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
      await startEpisode(step.case, finalAnswers(draft.answers));
      await deleteKv(DRAFT);
      go('/result');
    };
    return (
      <Screen title={w.doneTitle}>
        <p>{w.thanks}</p>
        <button type="button" class="primary block big" disabled={saving} onClick={finish}>
          {c.seeWhatToDo}
        </button>
        <button type="button" class="block" onClick={back}>
          {c.back}
        </button>
      </Screen>
    );
  }

  const q = step.question;
  const answer = (given: GivenAnswer) => update(answerQuestion(draft, q, given, asOf));
  const qw = questionText(q, en);
  return (
    <Screen
      key={q.id}
      title={q.kind === 'recheck' ? w.howToCheck : qw.text}
      eyebrow={
        <div>
          <p class="stage">{en.questions.stages[q.stage]}</p>
          <label class="sr-only" for="flow-progress">
            {w.progress(step.position, step.total)}
          </label>
          <progress id="flow-progress" value={step.position} max={step.total} />
          <p class="muted" aria-hidden="true">
            {w.progress(step.position, step.total)}
          </p>
        </div>
      }
    >
      {qw.hint && <p class="muted">{qw.hint}</p>}
      <Answer q={q} asOf={asOf} answers={draft.answers} onAnswer={answer} />
      <button type="button" class="block" onClick={back}>
        {c.back}
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
  switch (q.kind) {
    case 'finding':
      return <YesNoUnsure onAnswer={(value) => onAnswer({ kind: 'finding', value })} />;
    case 'recheck':
      return (
        <>
          <div class="card warn">
            <p>{w.wereUnsure}</p>
            <p>{questionText(q, en).howToCheck}</p>
          </div>
          <h2>{questionText(q, en).text}</h2>
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
    if (text.trim() === '' || !Number.isInteger(n) || n < 0 || n > 120) {
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
