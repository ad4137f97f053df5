import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../src/core/dates.ts';
import { type FindingCode, findingByCode, findingCodes } from '../src/core/knowledge/findings.ts';
import { assess } from '../src/core/triage.ts';
import { type Person, walkFlow } from './flow-walk.ts';

const asOf = '2026-11-30';
type Said = 'yes' | 'no' | 'unsure';

/**
 * One answer to one finding: mostly "no", and rarely "yes" to a sign that needs a doctor today or sooner, so
 * that many walks reach a result that offers the tailor step (it is never offered for urgent or emergency).
 */
function answerTo(code: FindingCode): fc.Arbitrary<Said> {
  const tier = findingByCode(code)?.tier;
  const [no, yes, unsure] =
    tier === 'emergency' ? [24, 1, 1] : tier === 'gp_soon' || tier === 'info' ? [4, 2, 1] : [14, 1, 1];
  return fc.oneof(
    { arbitrary: fc.constant<Said>('no'), weight: no },
    { arbitrary: fc.constant<Said>('yes'), weight: yes },
    { arbitrary: fc.constant<Said>('unsure'), weight: unsure },
  );
}

/** A person who answers every finding somehow, of any age, whose pain began up to 60 days ago. */
const person: fc.Arbitrary<Person> = fc
  .record({
    said: fc.tuple(...findingCodes.map(answerTo)),
    age: fc.integer({ min: 0, max: 120 }),
    daysAgo: fc.integer({ min: 0, max: 60 }),
    trend: fc.constantFrom('better', 'same', 'worse', 'unsure' as const),
    painNow: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('unsure' as const)),
  })
  .map(({ said, age, daysAgo, trend, painNow }) => {
    const pick = (value: Said) => findingCodes.filter((_, i) => said[i] === value);
    return { yes: pick('yes'), unsure: pick('unsure'), age, onset: addDays(asOf, -daysAgo), trend, painNow };
  });

describe('the question flow, walked by 1,000 random people', () => {
  it('asks every answer that can change the result before it: the tailor step never changes the disposition', () => {
    let tailored = 0;
    fc.assert(
      fc.property(person, person, (before, after) => {
        const check = walkFlow(asOf, before, { tailor: false });
        if (check.check.kind !== 'done') return;
        const first = assess(check.check.case);
        // The tailor step, answered by someone else at random: the answers before the result stay as given.
        const walked = walkFlow(asOf, after, { from: check.draft });
        assert.equal(walked.end.kind, 'done');
        if (walked.end.kind !== 'done') return;
        if (walked.questions.length > 0) tailored++;
        const then = assess(walked.end.case);
        assert.equal(then.disposition, first.disposition);
        assert.deepEqual(
          then.reasons.map((r) => r.rule),
          first.reasons.map((r) => r.rule),
        );
      }),
      { numRuns: 1000 },
    );
    // The property must have been put to the test: many walks reached the tailor step and answered it.
    assert.ok(tailored > 200, `only ${tailored} walks reached the tailor step`);
  });
});
