/**
 * One walk through the question flow for every test that needs a person's answers: built on the core's
 * `answerQuestion`, the same step the app and the CLI take, so a test's walk cannot drift from theirs.
 */

import type { Trend } from '../src/core/case.ts';
import {
  answerQuestion,
  emptyDraft,
  type FlowDraft,
  type FlowStep,
  type GivenAnswer,
  nextStep,
  nextTailorStep,
} from '../src/core/flow.ts';
import type { FindingCode } from '../src/core/knowledge/findings.ts';
import type { Question } from '../src/core/knowledge/questions.ts';

/** Who answers: "yes" to `yes`, "not sure" to `unsure` where the question offers it, "no" to the rest. */
export interface Person {
  yes?: readonly FindingCode[];
  unsure?: readonly FindingCode[];
  /** 40 unless given. */
  age?: number;
  /** 2026-11-20 unless given. */
  onset?: string;
  /** "same" unless given. */
  trend?: Trend | 'unsure';
  /** The pain now, asked from day 7: 4 unless given. */
  painNow?: number | 'unsure';
}

/** The answer this person gives to one question. */
export function answerFor(q: Question, person: Person = {}): GivenAnswer {
  const pick = (code: FindingCode) =>
    person.yes?.includes(code) ? 'yes' : person.unsure?.includes(code) ? 'unsure' : 'no';
  if (q.kind === 'finding' || q.kind === 'recheck') return { kind: q.kind, value: pick(q.finding) };
  if (q.kind === 'group') {
    const chosen: Partial<Record<FindingCode, 'yes' | 'unsure'>> = {};
    for (const i of q.items) {
      const a = pick(i.finding);
      if (a === 'yes' || (a === 'unsure' && q.allowUnsure)) chosen[i.finding] = a;
    }
    return { kind: 'group', chosen };
  }
  if (q.kind === 'age') return { kind: 'age', value: person.age ?? 40 };
  if (q.kind === 'date') return { kind: 'date', value: person.onset ?? '2026-11-20' };
  if (q.kind === 'pain') return { kind: 'pain', value: person.painNow ?? 4 };
  return { kind: 'trend', value: person.trend ?? 'same' };
}

export interface Walk {
  /** Every question asked, in order. */
  questions: Question[];
  /** The draft before each answer and the last one after: `drafts[i]` is the draft before answer i. */
  drafts: FlowDraft[];
  /** The last draft. */
  draft: FlowDraft;
  /** Where the check ends: `emergency` or `done` (the result, before any tailoring). */
  check: FlowStep;
  /** Where the walk ends: after the tailor step when it was walked, else the same as `check`. */
  end: FlowStep;
}

/**
 * Walks the check as this person, one `answerQuestion` at a time, until it ends (the result or an
 * emergency); then, unless `tailor` is false, the optional tailor step after the result.
 */
export function walkFlow(
  asOf: string,
  person: Person = {},
  options: { tailor?: boolean; from?: FlowDraft } = {},
): Walk {
  let draft = options.from ?? emptyDraft();
  const drafts = [draft];
  const questions: Question[] = [];
  const stages = [() => nextStep(draft.answers, asOf)];
  if (options.tailor !== false) stages.push(() => nextTailorStep(draft.answers, asOf));
  for (const next of stages) {
    for (;;) {
      const step = next();
      if (step.kind !== 'question') break;
      questions.push(step.question);
      draft = answerQuestion(draft, step.question, answerFor(step.question, person), asOf);
      drafts.push(draft);
    }
  }
  const check = nextStep(draft.answers, asOf);
  return {
    questions,
    drafts,
    draft,
    check,
    end: options.tailor === false ? check : nextTailorStep(draft.answers, asOf),
  };
}
