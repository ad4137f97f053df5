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
import { FieldError } from '../components/field-error.tsx';
import { Screen } from '../components/screen.tsx';
import { YesNoUnsure } from '../components/yes-no.tsx';
import { go } from '../router.ts';
import { deleteKv, getKv, putKv } from '../store/db.ts';
import { startEpisode } from '../store/state.ts';

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

  if (!draft) return <p class="muted">Loading…</p>;

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
      <Screen title="That’s all the questions">
        <p>Thank you. Your answers stay on this phone.</p>
        <button type="button" class="primary block big" disabled={saving} onClick={finish}>
          See what to do
        </button>
        <button type="button" class="block" onClick={back}>
          Back
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
      title={q.kind === 'recheck' ? 'How to check it now' : qw.text}
      eyebrow={
        <div>
          <p class="stage">{en.questions.stages[q.stage]}</p>
          <label class="sr-only" for="flow-progress">
            Question {step.position} of about {step.total}
          </label>
          <progress id="flow-progress" value={step.position} max={step.total} />
          <p class="muted" aria-hidden="true">
            Question {step.position} of about {step.total}
          </p>
        </div>
      }
    >
      {qw.hint && <p class="muted">{qw.hint}</p>}
      <Answer q={q} asOf={asOf} answers={draft.answers} onAnswer={answer} />
      <button type="button" class="block" onClick={back}>
        Back
      </button>
    </Screen>
  );
}

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
            <p>You were not sure. Take a moment to check now:</p>
            <p>{questionText(q, en).howToCheck}</p>
          </div>
          <h2>{questionText(q, en).text}</h2>
          <p class="muted">If you still cannot tell, choose “Still not sure”: we will say what to do.</p>
          <YesNoUnsure
            unsureLabel="Still not sure"
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
          <button type="button" class="big" onClick={() => onAnswer({ kind: 'trend', value: 'better' })}>
            Getting better
          </button>
          <button type="button" class="big" onClick={() => onAnswer({ kind: 'trend', value: 'same' })}>
            About the same
          </button>
          <button type="button" class="big" onClick={() => onAnswer({ kind: 'trend', value: 'worse' })}>
            Getting worse
          </button>
          <button type="button" class="big" onClick={() => onAnswer({ kind: 'trend', value: 'unsure' })}>
            Not sure
          </button>
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
      setError('Age: type your age as a whole number of years, from 0 to 120.');
      return;
    }
    onDone(n);
  };
  return (
    <form onSubmit={submit} noValidate>
      <label for="age">Age in years</label>
      <input
        id="age"
        name="age"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'age-error' : undefined}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      <FieldError id="age-error" message={error} />
      <button type="submit" class="primary block big">
        Next
      </button>
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
      setError('Start date: pick the day it started, or use one of the buttons above.');
      return;
    }
    if (text > asOf) {
      setError('Start date: it cannot be later than today.');
      return;
    }
    onDone(text);
  };
  const quick: [string, string][] = [
    ['Today', asOf],
    ['Yesterday', addDays(asOf, -1)],
    ['2 days ago', addDays(asOf, -2)],
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
      <label for="onset">Or pick the date</label>
      <input
        id="onset"
        name="onset"
        type="date"
        max={asOf}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'onset-error' : undefined}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      <FieldError id="onset-error" message={error} />
      <button type="submit" class="primary block big">
        Next
      </button>
    </form>
  );
}
