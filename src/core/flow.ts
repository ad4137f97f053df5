import { type Case, caseSchema, parseCase, type Result, type Trend } from './case.ts';
import { daysBetween, isCalendarDate } from './dates.ts';
import type { AnswerValue } from './episode.ts';
import { urgency } from './knowledge/dispositions.ts';
import type { FindingCode } from './knowledge/findings.ts';
import {
  type FlowContext,
  type GroupItem,
  type GroupQuestion,
  isEmergencySign,
  itemsFor,
  type Question,
  questionFlow,
  recheckQuestion,
} from './knowledge/questions.ts';
import type { FieldsWords } from './knowledge/text/fields-words.ts';
import { type Assessment, assess } from './triage.ts';

/** Everything answered so far. The flow is a pure function of this, so Back is "forget the last answer". */
export interface FlowAnswers {
  findings: Record<string, AnswerValue>;
  /** The second answer to an emergency sign first answered "not sure", after the how-to-check help. */
  rechecked?: Record<string, AnswerValue>;
  age?: number;
  onset?: string;
  /** How bad the pain is now, 0 to 10, asked from day 7 (it decides `persisting_one_week`). "unsure": not rated. */
  painNow?: number | 'unsure';
  trend?: Trend | 'unsure';
}

/** The answers and the order they were given in: Back forgets the newest. Kept as is across reloads. */
export interface FlowDraft {
  answers: FlowAnswers;
  history: string[];
}

export function emptyDraft(): FlowDraft {
  return { answers: { findings: {} }, history: [] };
}

/** The draft with `q` answered and remembered for Back; the draft given is left as it was. */
export function answerQuestion(d: FlowDraft, q: Question, given: GivenAnswer, asOf: string): FlowDraft {
  return { answers: withAnswer(d.answers, q, given, asOf), history: [...d.history, q.id] };
}

/** The draft without its newest answer (Back); an empty draft stays as it is. */
export function undoAnswer(d: FlowDraft): FlowDraft {
  const id = d.history[d.history.length - 1];
  if (id === undefined) return d;
  return { answers: withoutAnswer(d.answers, id), history: d.history.slice(0, -1) };
}

export type FlowStep =
  | { kind: 'question'; question: Question; position: number; total: number }
  | { kind: 'emergency'; triage: Assessment }
  | { kind: 'done'; case: Case };

/** The answer that counts for each finding: the recheck, when there was one, else the first answer. */
export function finalAnswers(answers: FlowAnswers): Record<string, AnswerValue> {
  return { ...answers.findings, ...answers.rechecked };
}

function context(answers: FlowAnswers, asOf: string): FlowContext {
  const ctx: FlowContext = { findings: finalAnswers(answers) };
  if (answers.age !== undefined) ctx.age = answers.age;
  if (answers.onset !== undefined && isCalendarDate(answers.onset) && isCalendarDate(asOf)) {
    ctx.days = daysBetween(answers.onset, asOf);
  }
  return ctx;
}

/** The items of a group a person is shown, given the answers so far (some depend on age). */
export function groupItems(q: GroupQuestion, answers: FlowAnswers, asOf: string): GroupItem[] {
  return itemsFor(q, context(answers, asOf));
}

export function isAnswered(q: Question, answers: FlowAnswers, asOf: string): boolean {
  switch (q.kind) {
    case 'finding':
      return answers.findings[q.id] !== undefined;
    case 'recheck':
      return answers.rechecked?.[q.finding] !== undefined;
    case 'group':
      return itemsFor(q, context(answers, asOf)).every((i) => answers.findings[i.finding] !== undefined);
    default:
      return answers[q.id] !== undefined;
  }
}

/**
 * The questions that apply to these answers, in order, with a recheck after each emergency sign answered
 * "not sure". `check`: the questions before the result; `all`: those and the optional tailor step.
 */
export function applicableQuestions(
  answers: FlowAnswers,
  asOf: string,
  phase: 'check' | 'all' = 'check',
): Question[] {
  const ctx = context(answers, asOf);
  return questionFlow.flatMap((q) => {
    if (phase === 'check' && q.stage === 'tailor') return [];
    if (q.appliesTo && !q.appliesTo(ctx)) return [];
    if (q.kind === 'finding' && isEmergencySign(q.finding) && answers.findings[q.id] === 'unsure') {
      return [q, recheckQuestion(q.finding)];
    }
    return [q];
  });
}

/** Every finding code the flow can ask, in the order it asks them. */
const flowOrder: readonly FindingCode[] = questionFlow.flatMap((q) =>
  q.kind === 'finding' ? [q.finding] : q.kind === 'group' ? q.items.map((i) => i.finding) : [],
);

function findingsAnswered(answers: FlowAnswers, value: AnswerValue): FindingCode[] {
  const final = finalAnswers(answers);
  return flowOrder.filter((code) => final[code] === value);
}

/** Finding codes the person answered "yes" to, in flow order. */
export function reportedFindings(answers: FlowAnswers): FindingCode[] {
  return findingsAnswered(answers, 'yes');
}

/** Finding codes still answered "not sure": the engine treats them as possible, never as "no". */
export function unsureFindings(answers: FlowAnswers): FindingCode[] {
  return findingsAnswered(answers, 'unsure');
}

/**
 * The case the answers describe. Needs age and onset; "not sure" answers go into `unsure`.
 * Used at the end of the flow and after the optional tailor step.
 */
export function caseFromAnswers(answers: FlowAnswers, asOf: string, words: FieldsWords): Result<Case> {
  return parseCase(caseInput(answers, asOf), words);
}

function caseInput(answers: FlowAnswers, asOf: string): Record<string, unknown> {
  const input: Record<string, unknown> = {
    age: answers.age,
    onset: answers.onset,
    asOf,
    findings: reportedFindings(answers),
  };
  const unsure = unsureFindings(answers);
  if (unsure.length > 0) input.unsure = unsure;
  if (typeof answers.painNow === 'number') input.painNow = answers.painNow;
  if (answers.trend !== undefined && answers.trend !== 'unsure') input.trend = answers.trend;
  return input;
}

const emergencyCodes = new Set<string>(questionFlow.filter((q) => q.stage === 'emergency').map((q) => q.id));

function firstOpen(answers: FlowAnswers, asOf: string, phase: 'check' | 'all'): FlowStep {
  const final = finalAnswers(answers);
  const yesToEmergency = Object.entries(final).some(([id, a]) => a === 'yes' && emergencyCodes.has(id));
  if (yesToEmergency) return { kind: 'emergency', triage: emergencyTriage(answers, asOf) };

  const questions = applicableQuestions(answers, asOf, phase);
  const index = questions.findIndex((q) => !isAnswered(q, answers, asOf));
  const next = questions[index];
  if (next) return { kind: 'question', question: next, position: index + 1, total: questions.length };

  // A programmer's error if it fails (the flow asked every question), so zod's own issues are enough.
  const made = caseSchema.safeParse(caseInput(answers, asOf));
  if (!made.success) throw new Error(`flow finished without a valid case: ${made.error.message}`);
  return { kind: 'done', case: made.data };
}

/** The next thing to show before the result. One "yes" to an emergency sign ends the flow there. */
export function nextStep(answers: FlowAnswers, asOf: string): FlowStep {
  return firstOpen(answers, asOf, 'check');
}

/** Whether the optional "tailor my plan" step is offered: never while a doctor is needed today or sooner. */
export function offersTailoring(c: Case): boolean {
  return urgency(assess(c).disposition) > urgency('urgent');
}

/**
 * The next step of the optional tailor step after the result. It asks only findings no rule reads, so it can
 * never change the result (test/flow-properties.test.ts walks it at random to prove it). For answers saved
 * before a question was added, it first asks the questions of the check still open. Done at once when
 * tailoring is not offered.
 */
export function nextTailorStep(answers: FlowAnswers, asOf: string): FlowStep {
  const before = nextStep(answers, asOf);
  if (before.kind === 'done' && !offersTailoring(before.case)) return before;
  return firstOpen(answers, asOf, 'all');
}

/** Emergency signs come before age and onset are asked, so the case is completed with neutral values. */
function emergencyTriage(answers: FlowAnswers, asOf: string): Assessment {
  const onset =
    answers.onset && isCalendarDate(answers.onset) && answers.onset <= asOf ? answers.onset : asOf;
  const result = assess({
    age: answers.age ?? 40,
    onset,
    asOf,
    findings: reportedFindings(answers),
  });
  return { ...result, reasons: result.reasons.filter((r) => r.disposition === 'emergency') };
}

/** What one answer to a question can be; a group's answer lists the items chosen, the rest are "no". */
export type GivenAnswer =
  | { kind: 'finding' | 'recheck'; value: AnswerValue }
  | { kind: 'group'; chosen: Readonly<Partial<Record<FindingCode, 'yes' | 'unsure'>>> }
  | { kind: 'age'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'trend'; value: Trend | 'unsure' }
  | { kind: 'pain'; value: number | 'unsure' };

/** The answers with one more: a copy, so a screen can keep the old ones for Back. */
export function withAnswer(answers: FlowAnswers, q: Question, given: GivenAnswer, asOf: string): FlowAnswers {
  const next: FlowAnswers = {
    ...answers,
    findings: { ...answers.findings },
    rechecked: { ...answers.rechecked },
  };
  if (q.kind === 'finding' && given.kind === 'finding') next.findings[q.finding] = given.value;
  else if (q.kind === 'recheck' && given.kind === 'recheck') (next.rechecked ?? {})[q.finding] = given.value;
  else if (q.kind === 'group' && given.kind === 'group') {
    for (const i of itemsFor(q, context(answers, asOf)))
      next.findings[i.finding] = given.chosen[i.finding] ?? 'no';
  } else if (q.kind === 'age' && given.kind === 'age') next.age = given.value;
  else if (q.kind === 'date' && given.kind === 'date') next.onset = given.value;
  else if (q.kind === 'trend' && given.kind === 'trend') next.trend = given.value;
  else if (q.kind === 'pain' && given.kind === 'pain') {
    const v = given.value;
    if (v !== 'unsure' && !(Number.isInteger(v) && v >= 0 && v <= 10))
      throw new RangeError(`painNow=${String(v)}`);
    next.painNow = v;
  } else throw new Error(`a ${given.kind} answer does not fit question ${q.id}`);
  return next;
}

/** The answers without those given to the question with this id: what Back does. */
export function withoutAnswer(answers: FlowAnswers, id: string): FlowAnswers {
  const next: FlowAnswers = {
    ...answers,
    findings: { ...answers.findings },
    rechecked: { ...answers.rechecked },
  };
  const q = questionFlow.find((x) => x.id === id);
  if (id.startsWith('recheck:')) delete next.rechecked?.[id.slice('recheck:'.length)];
  else if (id === 'age' || id === 'onset' || id === 'trend' || id === 'painNow') delete next[id];
  else if (q?.kind === 'group') for (const i of q.items) delete next.findings[i.finding];
  else delete next.findings[id];
  return next;
}
