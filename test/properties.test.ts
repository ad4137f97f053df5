import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Case, type FindingCode, parseCase } from '../src/core/case.ts';
import { addDays, formatClock } from '../src/core/dates.ts';
import { urgency } from '../src/core/knowledge/dispositions.ts';
import { findingCodes } from '../src/core/knowledge/findings.ts';
import { plan, triage } from './engines-en.ts';
import { assertPlanInvariants } from './plan-invariants.ts';

const date = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2020-01-01', n));
const finding = fc.constantFrom(...findingCodes);

const validCase: fc.Arbitrary<Case> = fc
  .record(
    {
      age: fc.integer({ min: 0, max: 120 }),
      onset: date,
      gap: fc.integer({ min: 0, max: 90 }),
      painNow: fc.integer({ min: 0, max: 10 }),
      trend: fc.constantFrom('better', 'same', 'worse'),
      findings: fc.array(finding, { maxLength: 8 }),
      wake: fc.integer({ min: 0, max: 1400 }),
      span: fc.integer({ min: 20, max: 1439 }),
    },
    { requiredKeys: ['age', 'onset', 'gap'] },
  )
  .map(({ gap, wake, span, ...rest }) => {
    const c: Case = { ...rest, asOf: addDays(rest.onset, gap) } as Case;
    if (wake !== undefined && span !== undefined && wake + span <= 1439) {
      c.wakeTime = formatClock(wake);
      c.sleepTime = formatClock(wake + span);
    }
    return c;
  });

describe('properties', () => {
  it('every generated valid case passes the schema', () => {
    fc.assert(fc.property(validCase, (c) => parseCase(c).ok));
  });

  it('adding a finding never lowers the disposition', () => {
    fc.assert(
      fc.property(validCase, finding, (c, extra: FindingCode) => {
        const before = urgency(triage(c).disposition);
        const after = urgency(triage({ ...c, findings: [...(c.findings ?? []), extra] }).disposition);
        return after <= before;
      }),
      { numRuns: 2000 },
    );
  });

  it('the disposition is the most urgent of its reasons, and self_care has none', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const t = triage(c);
        if (t.disposition === 'self_care') return t.reasons.length === 0;
        return t.reasons[0]?.disposition === t.disposition;
      }),
    );
  });

  it('every plan keeps every invariant of the contract', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        assertPlanInvariants(c, plan(c));
      }),
      { numRuns: 500 },
    );
  });

  it('every invalid case is refused with a message naming a field', () => {
    const invalid = fc.oneof(
      validCase.map((c) => ({ ...c, age: 121 })),
      validCase.map((c) => ({ ...c, age: -1 })),
      validCase.map((c) => ({ ...c, age: String(c.age) })),
      validCase.map((c) => ({ ...c, painNow: 11 })),
      validCase.map((c) => ({ ...c, painNow: 0.5 })),
      validCase.map((c) => ({ ...c, trend: 'improving' })),
      validCase.map((c) => ({ ...c, findings: ['not_a_code'] })),
      validCase.map((c) => ({ ...c, onset: '2026-02-30' })),
      validCase.map((c) => ({ ...c, asOf: addDays(c.onset, -1) })),
      validCase.map(({ age: _, ...c }) => c),
      validCase.map(({ onset: _, ...c }) => c),
      validCase.map(({ asOf: _, ...c }) => c),
      fc.anything().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
    );
    fc.assert(
      fc.property(invalid, (input) => {
        const r = parseCase(input);
        assert.equal(r.ok, false);
        if (!r.ok) assert.ok(r.errors[0] && r.errors[0].message.length > 10);
      }),
      { numRuns: 1000 },
    );
  });
});
