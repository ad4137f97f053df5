import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerQuestion,
  applicableQuestions,
  caseFromAnswers,
  emptyDraft,
  type FlowAnswers,
  type FlowDraft,
  groupItems,
  nextStep,
  nextTailorStep,
  undoAnswer,
} from '../src/core/flow.ts';
import { emergencySigns, type FindingCode, findingCodes } from '../src/core/knowledge/findings.ts';
import { questionFlow, screenedFindings, stages } from '../src/core/knowledge/questions.ts';
import { movementTriggers, rules } from '../src/core/knowledge/rules.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { walkFlow } from './flow-walk.ts';

const asOf = '2026-11-21';

/** Someone 34 years old, two days in and getting better: "yes" to the codes given, "no" to every other sign. */
const person = (yes: FindingCode[] = []) => ({ yes, age: 34, onset: '2026-11-20', trend: 'better' as const });

describe('the question flow', () => {
  it('asks every finding of the catalogue somewhere', () => {
    const asked = new Set(screenedFindings.map((q) => q.finding));
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
    const { questions, end } = walkFlow(asOf, person(['lifting_trigger']));
    assert.equal(end.kind, 'done');
    if (end.kind === 'done') {
      assert.deepEqual(end.case.findings, ['lifting_trigger']);
      assert.equal(end.case.age, 34);
      assert.equal(end.case.trend, 'better');
    }
    assert.equal(questions[0]?.id, 'saddle_numbness');
  });

  it('numbers positions from 1 up to the total', () => {
    const step = nextStep({ findings: {} }, asOf);
    assert.equal(step.kind === 'question' && step.position, 1);
    assert.equal(step.kind === 'question' && step.total, applicableQuestions({ findings: {} }, asOf).length);
  });

  it('asks everyone about thin bones, steroid tablets and how it started before the result', () => {
    const check = walkFlow(asOf, person(), { tailor: false });
    const ids = check.questions.map((q) => q.id);
    for (const id of ['bone_risks', 'how_started'] as const) assert.ok(ids.includes(id), id);
    const shown = check.questions.flatMap((q) => (q.kind === 'group' ? q.items.map((i) => i.finding) : []));
    for (const code of [
      'osteoporosis',
      'long_term_steroids',
      'recent_spinal_surgery',
      'thoracic_pain',
    ] as const)
      assert.ok(shown.includes(code), code);
  });

  it('offers every way the pain can start by movement in one list: fall, lift, twist, sudden movement, bending', () => {
    const list = questionFlow.find((q) => q.id === 'how_started');
    assert.ok(list?.kind === 'group');
    assert.deepEqual(
      list.items.map((i) => i.finding),
      ['minor_trauma', 'lifting_trigger', 'sudden_movement_trigger', 'twisting_trigger', 'overuse_trigger'],
    );
  });

  it('asks how bad the pain is now only from day 7, when it decides whether the pain persists', () => {
    const ids = (onset: string) =>
      walkFlow(asOf, { ...person(), onset }, { tailor: false }).questions.map((q) => q.id);
    assert.ok(!ids('2026-11-15').includes('painNow'), 'day 6');
    assert.ok(ids('2026-11-14').includes('painNow'), 'day 7');
    const settled = walkFlow(asOf, { ...person(), onset: '2026-11-10', painNow: 2 }, { tailor: false });
    assert.ok(settled.check.kind === 'done' && settled.check.case.painNow === 2);
  });

  it('asks an episode saved before these questions existed for them first when it is tailored', () => {
    // The answers of a check from before contract v3: no bone list for a person who fell, no spine operation.
    const old: FlowAnswers = {
      findings: {
        ...Object.fromEntries(emergencySigns.map((c) => [c, 'no'])),
        fever: 'no',
        minor_trauma: 'yes',
      },
      age: 72,
      onset: '2026-11-10',
      trend: 'same',
    };
    const step = nextTailorStep(old, asOf);
    assert.equal(step.kind === 'question' && step.question.id, 'urgent_signs');
  });

  it('keeps for the optional tailor step only findings that no rule reads', () => {
    const tailor = questionFlow.filter((q) => q.stage === 'tailor');
    const read = new Set<string>([...movementTriggers, ...rules.map((r) => r.id)]);
    for (const q of tailor) {
      assert.equal(q.kind, 'group');
      if (q.kind === 'group') for (const i of q.items) assert.ok(!read.has(i.finding), i.finding);
    }
  });

  it('skips questions that cannot apply to the age given', () => {
    const ids = (age: number) =>
      applicableQuestions({ findings: {}, age }, asOf).flatMap((q) =>
        q.kind === 'group' ? groupItems(q, { findings: {}, age }, asOf).map((i) => i.finding) : [q.id],
      );
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

  it('puts "not sure" answers in unsure, never in findings, and leaves an unrated pain out of painNow', () => {
    const made = caseFromAnswers(
      {
        findings: { fever: 'unsure', stiffness: 'yes' },
        age: 40,
        onset: '2026-11-20',
        painNow: 'unsure',
        trend: 'unsure',
      },
      asOf,
      en.fields,
    );
    assert.ok(made.ok);
    if (made.ok) {
      assert.deepEqual(made.value.findings, ['stiffness']);
      assert.deepEqual(made.value.unsure, ['fever']);
      assert.equal(made.value.painNow, undefined);
      assert.equal(made.value.trend, undefined);
    }
  });

  it('refuses a case without age, naming the field', () => {
    const made = caseFromAnswers({ findings: {}, onset: '2026-11-20' }, asOf, en.fields);
    assert.equal(made.ok, false);
    if (!made.ok) assert.equal(made.errors[0]?.field, 'age');
  });
});

describe('answering and going back, as the app and the CLI both do', () => {
  const asOf = '2026-11-21';
  it('reaches the end of the flow, and Back from there returns each earlier draft in turn', () => {
    // "No" to every sign, 40 years old, two days in and getting better; the check only, to its result.
    const { drafts } = walkFlow(asOf, { trend: 'better' }, { tailor: false });
    const last = drafts[drafts.length - 1] as FlowDraft;
    assert.equal(nextStep(last.answers, asOf).kind, 'done');
    let d = last;
    // An emptied record of rechecks is the same answers as none.
    const same = (x: FlowDraft) => ({ ...x, answers: { rechecked: {}, ...x.answers } });
    for (let i = drafts.length - 2; i >= 0; i--) {
      d = undoAnswer(d);
      assert.deepEqual(same(d), same(drafts[i] as FlowDraft));
    }
    assert.equal(undoAnswer(d), d, 'Back on an empty draft changes nothing');
  });

  it('leaves the draft it was given unchanged, so a saved draft is never edited in place', () => {
    const d = emptyDraft();
    const step = nextStep(d.answers, asOf);
    assert.equal(step.kind, 'question');
    if (step.kind !== 'question') return;
    assert.equal(step.question.kind, 'finding');
    const answered = answerQuestion(d, step.question, { kind: 'finding', value: 'yes' }, asOf);
    assert.deepEqual(d, emptyDraft());
    assert.deepEqual(answered.history, [step.question.id]);
    const before = structuredClone(answered);
    undoAnswer(answered);
    assert.deepEqual(answered, before);
  });
});
