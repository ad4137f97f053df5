import { catalogue } from '#words';
import type { Episode } from '../../core/episode.ts';
import {
  caseFromAnswers,
  type FlowAnswers,
  type GivenAnswer,
  groupItems,
  nextTailorStep,
  withAnswer,
} from '../../core/flow.ts';
import { questionText } from '../../core/knowledge/questions.ts';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { PainNow } from '../components/pain-now.tsx';
import { Screen } from '../components/screen.tsx';
import { go } from '../router.ts';
import { currentEpisode } from '../store/state.ts';
import { updateEpisode } from '../store/writes.ts';
import { fieldWords, words } from '../words.ts';

/** The answers an episode was made from, as the flow sees them. */
export function answersOf(ep: Episode): FlowAnswers {
  // The stored answers are final: any "not sure" was already rechecked during the check.
  const answers: FlowAnswers = {
    findings: { ...ep.answers },
    rechecked: { ...ep.answers },
    age: ep.case.age,
    onset: ep.case.onset,
    // A trend the check asked but the person could not rate is stored as absent.
    trend: ep.case.trend ?? 'unsure',
  };
  if (ep.case.painNow !== undefined) answers.painNow = ep.case.painNow;
  return answers;
}

/**
 * The optional "tailor my plan" step after the result: findings that shape the plan and no rule reads. An
 * episode saved before a question of the check was added is asked that question here first (a list, or the
 * pain now), so its result rests on every answer that can change it.
 */
export default function Tailor() {
  const ep = currentEpisode.value;
  if (!ep) {
    go('/');
    return null;
  }
  const asOf = ep.case.asOf;
  const answers = answersOf(ep);
  const step = nextTailorStep(answers, asOf);
  if (step.kind !== 'question' || (step.question.kind !== 'group' && step.question.kind !== 'pain')) {
    return (
      <Screen title={words.tailor.done}>
        <a class="btn primary block big" href="#/result">
          {words.common.seeWhatToDo}
        </a>
      </Screen>
    );
  }
  const q = step.question;
  const qw = questionText(q, catalogue);
  const save = async (given: GivenAnswer) => {
    const next = withAnswer(answers, q, given, asOf);
    const made = caseFromAnswers(next, asOf, fieldWords);
    if (!made.ok) return;
    await updateEpisode(ep, {
      case: { ...made.value, ...keep(ep) },
      answers: { ...next.findings, ...next.rechecked },
      reportedOn: ep.reportedOn,
    });
    if (nextTailorStep(next, asOf).kind !== 'question') go('/result');
  };
  return (
    <Screen
      key={q.id}
      title={qw.text}
      eyebrow={
        <p class="stage">
          {q.stage === 'tailor' ? words.common.tailor : catalogue.questions.stages[q.stage]}
        </p>
      }
    >
      {qw.hint && <p class="muted">{qw.hint}</p>}
      {q.kind === 'group' ? (
        <>
          <p class="muted">{q.allowUnsure ? words.check.chooseAnyOrUnsure : words.check.chooseAny}</p>
          <ChoiceGroup
            items={groupItems(q, answers, asOf)}
            allowUnsure={q.allowUnsure}
            onDone={(chosen) => save({ kind: 'group', chosen })}
          />
        </>
      ) : (
        <PainNow onAnswer={(value) => save({ kind: 'pain', value })} />
      )}
      {q.stage === 'tailor' && (
        <a class="btn block" href="#/result">
          {words.tailor.skip}
        </a>
      )}
    </Screen>
  );
}

/** Fields of the stored case the flow does not ask about. */
function keep(ep: Episode): Partial<Episode['case']> {
  const { wakeTime, sleepTime } = ep.case;
  return Object.fromEntries(Object.entries({ wakeTime, sleepTime }).filter(([, v]) => v !== undefined));
}
