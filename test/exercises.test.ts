import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeDose,
  exerciseOfDay,
  exercises,
  liesOnBack,
  phaseOn,
  phases,
} from '../src/core/knowledge/exercises.ts';
import { sources } from '../src/core/knowledge/sources.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';

describe('the exercise programme', () => {
  it('has exercises in every phase, each with steps, a dose and known sources', () => {
    for (const phase of Object.keys(phases))
      assert.ok(
        exercises.some((e) => e.phase === phase),
        phase,
      );
    for (const e of exercises) {
      assert.ok(en.exercises.items[e.id].steps.length >= 2, e.id);
      assert.ok(e.sources.length > 0 && e.sources.every((s) => s in sources), e.id);
      assert.match(describeDose(e.dose, en.exercises), /\d/);
    }
  });
  it('moves from gentle mobility to strengthening to prevention as the days pass', () => {
    assert.equal(phaseOn(0), 'early');
    assert.equal(phaseOn(2), 'early');
    assert.equal(phaseOn(3), 'recovery');
    assert.equal(phaseOn(14), 'prevention');
    assert.equal(exerciseOfDay(0).phase, 'early');
    assert.equal(exerciseOfDay(20).phase, 'prevention');
  });
  it('tells the person to stop when pain shoots down a leg or numbness appears', () => {
    assert.ok(en.exercises.stopRules.some((r) => /down a leg/.test(r)));
    assert.ok(en.exercises.stopRules.some((r) => /numbness/.test(r)));
  });
  it('marks as lying on the back exactly the exercises whose English steps say so', () => {
    for (const e of exercises)
      assert.equal(
        liesOnBack(e),
        en.exercises.items[e.id].steps.some((s) => /on your back/i.test(s)),
        e.id,
      );
  });
  it('says a dose of one in the singular', () => {
    assert.equal(describeDose({ kind: 'hold', seconds: 1, times: 1 }, en.exercises), 'Hold 1 second, once');
    assert.equal(describeDose({ kind: 'reps', reps: 8, sets: 2 }, en.exercises), '8 times, 2 rounds');
  });
  it('never states a medicine or a dose of one', () => {
    const text = JSON.stringify([exercises, en.exercises]);
    assert.doesNotMatch(text, /\b\d+\s?(mg|milligram)/i);
  });
});
