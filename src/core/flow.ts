import { type Case, type FieldError, parseCase, type Result, type Trend } from './case.ts';
import { daysBetween, isCalendarDate } from './dates.ts';
import type { AnswerValue } from './episode.ts';
import type { FindingCode } from './knowledge/findings.ts';
import { type FlowContext, type Question, questionFlow } from './knowledge/questions.ts';
import { type Triage, triage } from './triage.ts';

/** Everything answered so far. The flow is a pure function of this, so Back is "forget the last answer". */
export interface FlowAnswers {
  findings: Record<string, AnswerValue>;
  age?: number;
  onset?: string;
  /** "unsure": the person chose not to rate it; the question counts as answered. */
  painNow?: number | 'unsure';
  trend?: Trend | 'unsure';
}

/** The answers and the order they were given in: Back forgets the newest. Kept as is across reloads. */
export interface FlowDraft {
  answers: FlowAnswers;
  history: string[];
}

/** One answer as the question's kind takes it: yes/no/unsure, a number, a date or a trend. */
export type FlowValue = AnswerValue | Trend | number | string;

export function emptyDraft(): FlowDraft {
  return { answers: { findings: {} }, history: [] };
}

/** The draft with `q` answered; the draft given is left as it was. */
export function answerQuestion(d: FlowDraft, q: Question, value: FlowValue): FlowDraft {
  const answers: FlowAnswers = { ...d.answers, findings: { ...d.answers.findings } };
  if (q.kind === 'finding') answers.findings[q.id] = value as AnswerValue;
  else if (q.id === 'age') answers.age = value as number;
  else if (q.id === 'painNow') answers.painNow = value as FlowAnswers['painNow'];
  else if (q.id === 'onset') answers.onset = value as string;
  else answers.trend = value as FlowAnswers['trend'];
  return { answers, history: [...d.history, q.id] };
}

/** The draft without its newest answer (Back); an empty draft stays empty. */
export function undoAnswer(d: FlowDraft): FlowDraft {
  const id = d.history[d.history.length - 1];
  if (id === undefined) return d;
  const answers: FlowAnswers = { ...d.answers, findings: { ...d.answers.findings } };
  if (id === 'age' || id === 'onset' || id === 'painNow' || id === 'trend') delete answers[id];
  else delete answers.findings[id];
  return { answers, history: d.history.slice(0, -1) };
}

export type FlowStep =
  | { kind: 'question'; question: Question; position: number; total: number }
  | { kind: 'emergency'; triage: Triage }
  | { kind: 'done'; case: Case };

function context(answers: FlowAnswers, asOf: string): FlowContext {
  const ctx: FlowContext = { findings: answers.findings };
  if (answers.age !== undefined) ctx.age = answers.age;
  if (answers.onset !== undefined && isCalendarDate(answers.onset) && isCalendarDate(asOf)) {
    ctx.days = daysBetween(answers.onset, asOf);
  }
  return ctx;
}

export function isAnswered(q: Question, answers: FlowAnswers): boolean {
  return q.kind === 'finding' ? answers.findings[q.id] !== undefined : answers[q.id] !== undefined;
}

export function applicableQuestions(answers: FlowAnswers, asOf: string): Question[] {
  const ctx = context(answers, asOf);
  return questionFlow.filter((q) => !q.appliesTo || q.appliesTo(ctx));
}

/** Finding codes the person answered "yes" to, in flow order. */
export function reportedFindings(answers: FlowAnswers): FindingCode[] {
  return questionFlow.flatMap((q) =>
    q.kind === 'finding' && answers.findings[q.id] === 'yes' ? [q.finding] : [],
  );
}

/** Finding codes answered "not sure": worth naming to a clinician. */
export function unsureFindings(answers: FlowAnswers): FindingCode[] {
  return questionFlow.flatMap((q) =>
    q.kind === 'finding' && answers.findings[q.id] === 'unsure' ? [q.finding] : [],
  );
}

/**
 * The case the answers describe. Needs age and onset; "not sure" counts as not reported.
 * Used at the end of the flow and by a UI that lets the person skip the descriptive questions.
 */
export function caseFromAnswers(answers: FlowAnswers, asOf: string): Result<Case> {
  const input: Record<string, unknown> = {
    age: answers.age,
    onset: answers.onset,
    asOf,
    findings: reportedFindings(answers),
  };
  if (typeof answers.painNow === 'number') input.painNow = answers.painNow;
  if (answers.trend !== undefined && answers.trend !== 'unsure') input.trend = answers.trend;
  return parseCase(input);
}

const emergencyCodes = new Set<string>(questionFlow.filter((q) => q.stage === 'emergency').map((q) => q.id));

/** The next thing to show. One "yes" to an emergency sign ends the flow there. */
export function nextStep(answers: FlowAnswers, asOf: string): FlowStep {
  const yesToEmergency = Object.entries(answers.findings).some(
    ([id, a]) => a === 'yes' && emergencyCodes.has(id),
  );
  if (yesToEmergency) return { kind: 'emergency', triage: emergencyTriage(answers, asOf) };

  const questions = applicableQuestions(answers, asOf);
  const index = questions.findIndex((q) => !isAnswered(q, answers));
  const next = questions[index];
  if (next) return { kind: 'question', question: next, position: index + 1, total: questions.length };

  const made = caseFromAnswers(answers, asOf);
  if (!made.ok) throw new Error(`flow finished without a valid case: ${describeErrors(made.errors)}`);
  return { kind: 'done', case: made.value };
}

function describeErrors(errors: FieldError[]): string {
  return errors.map((e) => e.message).join('; ');
}

/** Emergency signs come before age and onset are asked, so the case is completed with neutral values. */
function emergencyTriage(answers: FlowAnswers, asOf: string): Triage {
  const onset =
    answers.onset && isCalendarDate(answers.onset) && answers.onset <= asOf ? answers.onset : asOf;
  const result = triage({
    age: answers.age ?? 40,
    onset,
    asOf,
    findings: reportedFindings(answers),
  });
  return { ...result, reasons: result.reasons.filter((r) => r.disposition === 'emergency') };
}
