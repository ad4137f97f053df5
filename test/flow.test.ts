import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicableQuestions, caseFromAnswers, type FlowAnswers, nextStep } from '../src/core/flow.ts';
import { findingCodes } from '../src/core/knowledge/findings.ts';
import { type Question, questionFlow, stages } from '../src/core/knowledge/questions.ts';

const asOf = '2026-11-21';

/** Answers every question "no" (and plain details) until the flow ends; returns the steps it took. */
function walk(
  answers: FlowAnswers,
  yesTo: string[] = [],
): { questions: Question[]; end: ReturnType<typeof nextStep> } {
  const questions: Question[] = [];
  for (;;) {
    const step = nextStep(answers, asOf);
    if (step.kind !== 'question') return { questions, end: step };
    const q = step.question;
    questions.push(q);
    if (q.kind === 'age') answers.age = 34;
    else if (q.kind === 'date') answers.onset = '2026-11-20';
    else if (q.kind === 'trend') answers.trend = 'better';
    else answers.findings[q.id] = yesTo.includes(q.id) ? 'yes' : 'no';
  }
}

describe('the question flow', () => {
  it('asks every finding of the catalogue somewhere', () => {
    const asked = new Set(questionFlow.flatMap((q) => (q.kind === 'finding' ? [q.finding] : [])));
    assert.deepEqual([...asked].sort(), [...findingCodes].sort());
  });

  it('runs the stages in order: emergency signs first', () => {
    const order = questionFlow.map((q) => stages.indexOf(q.stage));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    assert.equal(questionFlow[0]?.stage, 'emergency');
  });

  it('ends at once with the emergency result on one emergency yes', () => {
    const answers: FlowAnswers = { findings: { saddle_numbness: 'no', bladder_dysfunction_new: 'yes' } };
    const step = nextStep(answers, asOf);
    assert.equal(step.kind, 'emergency');
    if (step.kind === 'emergency') {
      assert.equal(step.triage.disposition, 'emergency');
      assert.deepEqual(
        step.triage.reasons.map((r) => r.rule),
        ['bladder_dysfunction_new'],
      );
    }
  });

  it('walks from the first question to a valid case', () => {
    const { questions, end } = walk({ findings: {} }, ['lifting_trigger']);
    assert.equal(end.kind, 'done');
    if (end.kind === 'done') {
      assert.deepEqual(end.case.findings, ['lifting_trigger']);
      assert.equal(end.case.age, 34);
      assert.equal(end.case.painNow, 6);
    }
    assert.equal(questions[0]?.id, 'saddle_numbness');
  });

  it('numbers positions from 1 up to the total', () => {
    const step = nextStep({ findings: {} }, asOf);
    assert.equal(step.kind === 'question' && step.position, 1);
    assert.equal(step.kind === 'question' && step.total, applicableQuestions({ findings: {} }, asOf).length);
  });

  it('asks about thin bones and steroids only after a fall or knock', () => {
    const without = walk({ findings: {} }).questions.map((q) => q.id);
    assert.ok(!without.includes('osteoporosis'));
    const withFall = walk({ findings: {} }, ['minor_trauma']).questions.map((q) => q.id);
    assert.ok(withFall.includes('osteoporosis') && withFall.includes('long_term_steroids'));
  });

  it('skips questions that cannot apply to the age given', () => {
    const ids = (age: number) => applicableQuestions({ findings: {}, age }, asOf).map((q) => q.id);
    assert.ok(!ids(70).includes('pregnant'));
    assert.ok(ids(30).includes('pregnant'));
    assert.ok(!ids(50).includes('morning_stiffness_long'));
    assert.ok(ids(44).includes('morning_stiffness_long'));
  });

  it('does not ask about a trend on the day it started', () => {
    const ids = applicableQuestions({ findings: {}, onset: asOf }, asOf).map((q) => q.id);
    assert.ok(!ids.includes('trend'));
  });

  it('goes back by forgetting the last answer', () => {
    const answers: FlowAnswers = { findings: { saddle_numbness: 'no' } };
    delete answers.findings.saddle_numbness;
    const step = nextStep(answers, asOf);
    assert.equal(step.kind === 'question' && step.question.id, 'saddle_numbness');
  });

  it('leaves "not sure" out of the case and an unrated pain out of painNow', () => {
    const made = caseFromAnswers(
      {
        findings: { fever: 'unsure', stiffness: 'yes' },
        age: 40,
        onset: '2026-11-20',
        painNow: 'unsure',
        trend: 'unsure',
      },
      asOf,
    );
    assert.ok(made.ok);
    if (made.ok) {
      assert.deepEqual(made.value.findings, ['stiffness']);
      assert.equal(made.value.painNow, undefined);
      assert.equal(made.value.trend, undefined);
    }
  });

  it('refuses a case without age, naming the field', () => {
    const made = caseFromAnswers({ findings: {}, onset: '2026-11-20' }, asOf);
    assert.equal(made.ok, false);
    if (!made.ok) assert.equal(made.errors[0]?.field, 'age');
  });
});
