import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeDose,
  exerciseOfDay,
  exercises,
  phaseOn,
  phases,
  stopRules,
} from '../src/core/knowledge/exercises.ts';
import { sources } from '../src/core/knowledge/sources.ts';

describe('the exercise programme', () => {
  it('has exercises in every phase, each with steps, a dose and known sources', () => {
    for (const phase of Object.keys(phases))
      assert.ok(
        exercises.some((e) => e.phase === phase),
        phase,
      );
    for (const e of exercises) {
      assert.ok(e.steps.length >= 2, e.id);
      assert.ok(e.sources.length > 0 && e.sources.every((s) => s in sources), e.id);
      assert.match(describeDose(e.dose), /\d/);
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
    assert.ok(stopRules.some((r) => /down a leg/.test(r)));
    assert.ok(stopRules.some((r) => /numbness/.test(r)));
  });
  it('never states a medicine or a dose of one', () => {
    const text = JSON.stringify(exercises);
    assert.doesNotMatch(text, /\b\d+\s?(mg|milligram)/i);
  });
});
