import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { episodeSchema } from '../src/core/episode.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { plan } from '../src/core/plan.ts';
import { planHeld, seenFor, withSeen } from '../src/core/seen.ts';
import { assess } from '../src/core/triage.ts';
import { aCase, withFindings } from './fixtures.ts';

const AT = '2026-11-21T10:00:00.000Z';
const movement = ['treat_rest_short', 'active_weakening', 'treat_gentle_stretch', 'prevent_lifting'];
const moves = (ids: string[]) => ids.some((id) => movement.includes(id));

describe('a clinician has seen the person', () => {
  it('holds the plan back for urgent and emergency cases only', () => {
    assert.equal(planHeld(assess(withFindings('fever')), undefined), true);
    assert.equal(planHeld(assess(withFindings('saddle_numbness')), undefined), true);
    assert.equal(planHeld(assess(withFindings('pain_radiates_below_knee')), undefined), false);
    assert.equal(planHeld(assess(aCase()), undefined), false);
  });

  it('brings back movement, exercise and the sessions once the person says a clinician has seen them', () => {
    for (const c of [
      withFindings('fever', 'lifting_trigger'),
      withFindings('saddle_numbness', 'lifting_trigger'),
    ]) {
      const held = plan(c, en);
      assert.ok(!moves(held.advice.map((a) => a.id)), 'no movement before');
      const seen = seenFor(assess(c), c.asOf, AT);
      const after = plan(c, en, undefined, { seen });
      assert.ok(moves(after.advice.map((a) => a.id)), 'movement after');
      assert.ok(after.sessions.length > 0);
      assert.ok(after.days.every((d) => d.activity !== 'comfort_until_seen' && d.treatment !== 'none'));
      assert.ok(
        after.advice.some((a) => a.id === 'safety_net'),
        'the safety net stays',
      );
    }
  });

  it('holds the plan back again when a new urgent reason or a new unsure sign appears after the visit', () => {
    const before = aCase({ findings: ['fever'] });
    const seen = seenFor(assess(before), before.asOf, AT);
    assert.equal(planHeld(assess(before), seen), false);
    assert.equal(planHeld(assess(aCase({ findings: ['fever', 'leg_weakness'] })), seen), true);
    const unsure = aCase({ unsure: ['saddle_numbness'] });
    const seenUnsure = seenFor(assess(unsure), unsure.asOf, AT);
    assert.equal(planHeld(assess(unsure), seenUnsure), false);
    assert.equal(
      planHeld(assess(aCase({ unsure: ['saddle_numbness', 'bladder_dysfunction_new'] })), seenUnsure),
      true,
      'a second unsure emergency sign was not seen',
    );
  });

  it('is kept on the episode through its schema, with fields a newer app wrote, and can be taken back', () => {
    const c = withFindings('fever');
    const ep = {
      id: '6f1c2a52-3b8e-4d1a-9c1e-2b7f5e0d9a11',
      onset: c.onset,
      case: c,
      createdAt: AT,
      updatedAt: AT,
    };
    const seen = { ...seenFor(assess(c), c.asOf, AT), by: 'physiotherapist' };
    const parsed = episodeSchema.parse(withSeen(ep, seen, AT));
    assert.deepEqual(parsed.seen, seen);
    assert.equal(
      episodeSchema.safeParse({ ...ep, seen: { on: 'today', at: AT, reasons: [] } }).success,
      false,
    );
    assert.equal('seen' in withSeen(parsed, undefined, AT), false);
  });
});
