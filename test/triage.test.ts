import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FindingCode } from '../src/core/case.ts';
import { findings } from '../src/core/knowledge/findings.ts';
import { movementTriggers, rules } from '../src/core/knowledge/rules.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { ruleMessage } from '../src/core/triage.ts';
import { triage } from './engines-en.ts';
import { aCase, withFindings } from './fixtures.ts';

const tierOf = (tier: string) => findings.filter((f) => f.tier === tier).map((f) => f.code as FindingCode);

describe('triage', () => {
  it('is self_care with no reasons when nothing fires', () => {
    assert.deepEqual(triage(aCase()), { disposition: 'self_care', days: 1, reasons: [] });
  });

  for (const code of tierOf('emergency')) {
    it(`sends ${code} to emergency care`, () => {
      const t = triage(withFindings(code));
      assert.equal(t.disposition, 'emergency');
      assert.equal(t.reasons[0]?.rule, code);
    });
  }

  for (const code of tierOf('urgent')) {
    it(`sends ${code} to a doctor today`, () => {
      const t = triage(withFindings(code));
      assert.equal(t.disposition, 'urgent');
      assert.deepEqual(
        t.reasons.map((r) => r.rule),
        [code],
      );
    });
  }

  for (const code of [
    'pain_radiates_below_knee',
    'leg_numbness_or_tingling',
    'unexplained_weight_loss',
    'night_pain_unrelieved',
    'pregnant',
    'medication_side_effect_suspected',
    'thoracic_pain',
  ] as const) {
    it(`books a doctor soon for ${code} at any adult age`, () => {
      for (const age of [16, 30, 80])
        assert.equal(triage(aCase({ age, findings: [code] })).disposition, 'gp_soon');
    });
  }

  for (const code of tierOf('info').concat(['minor_trauma'])) {
    it(`does not escalate on ${code} alone`, () => {
      assert.equal(triage(withFindings(code)).disposition, 'self_care');
    });
  }

  it('books a doctor soon for pain mainly in the upper or middle back', () => {
    const t = triage(withFindings('thoracic_pain'));
    assert.equal(t.disposition, 'gp_soon');
    assert.deepEqual(
      t.reasons.map((r) => r.rule),
      ['thoracic_pain'],
    );
  });

  describe('fragile bones (contract v3)', () => {
    for (const bones of ['osteoporosis', 'long_term_steroids'] as const) {
      it(`books a doctor soon for ${bones} with no movement that began the pain`, () => {
        const t = triage(withFindings(bones));
        assert.equal(t.disposition, 'gp_soon');
        assert.deepEqual(
          t.reasons.map((r) => r.rule),
          ['fragile_bones'],
        );
      });

      for (const trigger of movementTriggers) {
        it(`sends ${bones} with ${trigger} to a doctor today as a possible fracture`, () => {
          const t = triage(withFindings(bones, trigger));
          assert.equal(t.disposition, 'urgent');
          assert.equal(t.reasons[0]?.rule, 'possible_fracture');
          assert.ok(!t.reasons.some((r) => r.rule === 'fragile_bones'), 'a fracture risk is not also "soon"');
        });
      }
    }

    it('keeps a long spell of sitting with thin bones at "soon": it is not a movement that breaks a bone', () => {
      assert.equal(triage(withFindings('osteoporosis', 'prolonged_posture_trigger')).disposition, 'gp_soon');
    });

    it('fires for a minor fall from age 70, not at 69', () => {
      assert.equal(triage(aCase({ age: 70, findings: ['minor_trauma'] })).disposition, 'urgent');
      assert.equal(triage(aCase({ age: 69, findings: ['minor_trauma'] })).disposition, 'self_care');
    });

    it('keeps osteoporosis with steroids but no movement at "soon", not "today"', () => {
      const t = triage(aCase({ age: 80, findings: ['osteoporosis', 'long_term_steroids'] }));
      assert.equal(t.disposition, 'gp_soon');
      assert.equal(t.reasons[0]?.rule, 'fragile_bones');
    });
  });

  describe('possible spinal infection (contract v3)', () => {
    for (const risk of ['iv_drug_use', 'immunosuppressed', 'recent_spinal_surgery'] as const) {
      it(`sends a fever with ${risk} to emergency care`, () => {
        const t = triage(withFindings('fever', risk));
        assert.equal(t.disposition, 'emergency');
        assert.equal(t.reasons[0]?.rule, 'possible_spinal_infection');
        assert.match(t.reasons[0]?.message ?? '', /emergency/);
      });

      it(`keeps ${risk} without a fever at a doctor today`, () => {
        assert.equal(triage(withFindings(risk)).disposition, 'urgent');
      });
    }

    it('keeps a fever alone at a doctor today', () => {
      assert.equal(triage(withFindings('fever')).disposition, 'urgent');
    });
  });

  describe('age boundaries', () => {
    it('treats back pain under 16 as gp_soon, and 16 as an adult', () => {
      assert.equal(triage(aCase({ age: 15 })).reasons[0]?.rule, 'child_back_pain');
      assert.equal(triage(aCase({ age: 0 })).disposition, 'gp_soon');
      assert.equal(triage(aCase({ age: 16 })).disposition, 'self_care');
    });

    it('counts a first episode only before 20 or from 55', () => {
      assert.equal(triage(aCase({ age: 19, findings: ['first_episode'] })).disposition, 'gp_soon');
      assert.equal(triage(aCase({ age: 20, findings: ['first_episode'] })).disposition, 'self_care');
      assert.equal(triage(aCase({ age: 54, findings: ['first_episode'] })).disposition, 'self_care');
      assert.equal(triage(aCase({ age: 55, findings: ['first_episode'] })).disposition, 'gp_soon');
    });

    it('counts long morning stiffness only under 45', () => {
      assert.equal(triage(aCase({ age: 44, findings: ['morning_stiffness_long'] })).disposition, 'gp_soon');
      assert.equal(triage(aCase({ age: 45, findings: ['morning_stiffness_long'] })).disposition, 'self_care');
    });
  });

  describe('time rules', () => {
    it('books a doctor once the pain has lasted seven days, not six', () => {
      assert.equal(triage(aCase({ onset: '2026-11-14', asOf: '2026-11-20' })).disposition, 'self_care');
      const week = triage(aCase({ onset: '2026-11-14', asOf: '2026-11-21' }));
      assert.equal(week.days, 7);
      assert.deepEqual(
        week.reasons.map((r) => r.rule),
        ['persisting_one_week'],
      );
      assert.deepEqual(week.reasons[0]?.sources, ['article:001', 'article:004']);
    });

    it('lets a week pass without a doctor once the pain has gone or is clearly settling (contract v3)', () => {
      const week = { onset: '2026-11-14', asOf: '2026-11-21' } as const;
      const rulesOf = (c: Parameters<typeof aCase>[0]) =>
        triage(aCase({ ...week, ...c })).reasons.map((r) => r.rule);
      assert.deepEqual(rulesOf({ painNow: 0 }), []);
      assert.deepEqual(
        rulesOf({ painNow: 0, trend: 'same' }),
        ['no_improvement_48h'],
        'the trend rule still counts',
      );
      assert.deepEqual(rulesOf({ painNow: 3, trend: 'better' }), []);
      assert.deepEqual(rulesOf({ painNow: 1, trend: 'better' }), []);
      assert.deepEqual(rulesOf({ painNow: 4, trend: 'better' }), ['persisting_one_week']);
      assert.deepEqual(rulesOf({ trend: 'better' }), ['persisting_one_week'], 'an unrated pain persists');
      assert.deepEqual(
        rulesOf({ painNow: 2 }),
        ['persisting_one_week'],
        'low pain of unknown trend persists',
      );
    });

    it('books a doctor from day 2 when the pain is the same or worse', () => {
      for (const trend of ['same', 'worse'] as const) {
        assert.equal(
          triage(aCase({ onset: '2026-11-19', asOf: '2026-11-21', trend })).disposition,
          'gp_soon',
        );
        assert.equal(
          triage(aCase({ onset: '2026-11-20', asOf: '2026-11-21', trend })).disposition,
          'self_care',
        );
      }
      assert.equal(
        triage(aCase({ onset: '2026-11-19', asOf: '2026-11-21', trend: 'better' })).disposition,
        'self_care',
      );
      assert.equal(triage(aCase({ onset: '2026-11-19', asOf: '2026-11-21' })).disposition, 'self_care');
    });

    it('counts a week across month ends and the leap day', () => {
      assert.equal(triage(aCase({ onset: '2028-02-23', asOf: '2028-03-01' })).days, 7);
      assert.equal(triage(aCase({ onset: '2027-02-23', asOf: '2027-03-01' })).days, 6);
      assert.equal(triage(aCase({ onset: '2026-12-28', asOf: '2027-01-04' })).disposition, 'gp_soon');
    });

    it('counts days across daylight-saving weekends in Europe and the US', () => {
      assert.equal(triage(aCase({ onset: '2026-03-27', asOf: '2026-03-29', trend: 'same' })).days, 2);
      assert.equal(
        triage(aCase({ onset: '2026-03-06', asOf: '2026-03-08', trend: 'same' })).disposition,
        'gp_soon',
      );
      assert.equal(triage(aCase({ onset: '2026-10-19', asOf: '2026-10-26' })).days, 7);
      assert.equal(triage(aCase({ onset: '2026-10-26', asOf: '2026-11-02' })).days, 7);
    });
  });

  it('reports every rule that fired, most urgent first', () => {
    const t = triage(
      aCase({
        age: 15,
        onset: '2026-11-01',
        trend: 'worse',
        findings: ['fever', 'saddle_numbness', 'pregnant'],
      }),
    );
    assert.equal(t.disposition, 'emergency');
    const order = ['emergency', 'urgent', 'gp_soon'];
    const seen = t.reasons.map((r) => order.indexOf(r.disposition));
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => a - b),
    );
    assert.deepEqual(
      new Set(t.reasons.map((r) => r.rule)),
      new Set([
        'saddle_numbness',
        'fever',
        'pregnant',
        'child_back_pain',
        'persisting_one_week',
        'no_improvement_48h',
      ]),
    );
  });

  it('gives every rule a unique id, a message and at least one source', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of rules) {
      assert.ok(ruleMessage({ rule: r.id, params: { signs: ['fever'] } }, en).length > 20, r.id);
      assert.ok(r.sources.length > 0, r.id);
    }
  });
});
