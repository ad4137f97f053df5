import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Case } from '../src/core/case.ts';
import { addDays } from '../src/core/dates.ts';
import type { Entry } from '../src/core/entry.ts';
import { findingCodes } from '../src/core/knowledge/findings.ts';
import { progress } from '../src/core/progress.ts';
import { planSchema, progressSchema, triageSchema } from '../src/core/results.ts';
import { plan, triage } from './engines-en.ts';

const aCase: fc.Arbitrary<Case> = fc
  .record({
    age: fc.integer({ min: 0, max: 120 }),
    onset: fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n)),
    gap: fc.integer({ min: 0, max: 60 }),
    painNow: fc.integer({ min: 0, max: 10 }),
    trend: fc.constantFrom('better' as const, 'same' as const, 'worse' as const),
    findings: fc.uniqueArray(fc.constantFrom(...findingCodes), { maxLength: 6 }),
  })
  .map(({ gap, ...c }) => ({ ...c, asOf: addDays(c.onset, gap) }));

/** The first issue of a failed parse, to name in the assertion. */
const why = (r: { success: boolean; error?: { issues: unknown[] } }) => JSON.stringify(r.error?.issues[0]);

describe('the engines answer in the shapes their runtime schemas describe', () => {
  it('every triage of a generated case parses with triageSchema', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const r = triageSchema.safeParse(triage(c));
        assert.ok(r.success, why(r));
      }),
    );
  });

  it('every plan of a generated case parses with planSchema', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const r = planSchema.safeParse(plan(c));
        assert.ok(r.success, why(r));
      }),
      { numRuns: 60 },
    );
  });

  it('progress over a generated diary parses with progressSchema', () => {
    const onset = '2026-11-01';
    const diary = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 20 }),
        pain: fc.integer({ min: 0, max: 10 }),
        checkIn: fc.option(fc.constantFrom('better' as const, 'same' as const, 'worse' as const), {
          nil: undefined,
        }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(diary, fc.integer({ min: 0, max: 25 }), (rows, asOfDay) => {
        const entries: Entry[] = rows.map((row, i) => ({
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          episodeId: '00000000-0000-4000-8000-ffffffffffff',
          recordedAt: `${addDays(onset, row.day)}T12:00:00.000Z`,
          date: addDays(onset, row.day),
          pain: row.pain,
          ...(row.checkIn ? { checkIn: row.checkIn } : {}),
        }));
        const r = progressSchema.safeParse(
          progress(entries, onset, addDays(onset, asOfDay), { age: 40, onset, asOf: onset }),
        );
        assert.ok(r.success, why(r));
      }),
    );
  });

  it('a field the contract does not name fails the parse, so the schemas cannot silently fall behind', () => {
    const t = triage({ age: 40, onset: '2026-11-20', asOf: '2026-11-21' });
    assert.equal(triageSchema.safeParse({ ...t, extra: 1 }).success, false);
    assert.equal(triageSchema.safeParse({ ...t, disposition: 'wait_and_see' }).success, false);
  });
});
