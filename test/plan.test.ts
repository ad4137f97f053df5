import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextSession, pharmacyMedicines, sessionStartingAt, sessionsOn } from '../src/core/plan.ts';
import { plan } from './engines-en.ts';
import { aCase, withFindings } from './fixtures.ts';
import { assertPlanInvariants } from './plan-invariants.ts';

const kindsOn = (p: ReturnType<typeof plan>, date: string) =>
  new Set(p.sessions.filter((s) => s.start.startsWith(date)).map((s) => s.kind));

describe('the care plan', () => {
  it('answers the contract example: cold from 07:00 every two hours, check-ins on days 2 and 7', () => {
    const c = aCase({ painNow: 7, trend: 'better', findings: ['lifting_trigger', 'localized_pain'] });
    const p = plan(c);
    assertPlanInvariants(c, p);
    assert.equal(p.triage.disposition, 'self_care');
    assert.deepEqual(p.sessions[0], { kind: 'ice', start: '2026-11-21T07:00', minutes: 20 });
    assert.deepEqual(
      p.sessions.slice(0, 3).map((s) => s.start.slice(11)),
      ['07:00', '09:00', '11:00'],
    );
    assert.deepEqual(
      p.checkIns.slice(0, 2).map((ci) => [ci.day, ci.date]),
      [
        [2, '2026-11-22'],
        [7, '2026-11-27'],
      ],
    );
    assert.equal(p.maxBedRestDays, 2);
  });

  it('switches from cold to moist heat on day 3', () => {
    const p = plan(aCase());
    assert.deepEqual(kindsOn(p, '2026-11-22'), new Set(['ice']));
    assert.deepEqual(kindsOn(p, '2026-11-23'), new Set(['heat']));
    assert.equal(p.days.find((d) => d.date === '2026-11-23')?.treatment, 'heat');
  });

  it('covers asOf and the six days after it', () => {
    const p = plan(aCase());
    const dates = new Set(p.sessions.map((s) => s.start.slice(0, 10)));
    assert.equal(dates.size, 7);
    assert.ok(dates.has('2026-11-27'));
  });

  it('keeps every session inside a custom waking day', () => {
    const c = aCase({ wakeTime: '09:30', sleepTime: '13:00' });
    const p = plan(c);
    assertPlanInvariants(c, p);
    assert.deepEqual(
      p.sessions.filter((s) => s.start.startsWith('2026-11-21')).map((s) => s.start.slice(11)),
      ['09:30', '11:30'],
    );
  });

  it('fits one session into the shortest allowed waking day', () => {
    const c = aCase({ wakeTime: '10:00', sleepTime: '10:20' });
    assertPlanInvariants(c, plan(c));
  });

  it('gives no sessions and says to get emergency care in an emergency', () => {
    const c = withFindings('saddle_numbness');
    const p = plan(c);
    assertPlanInvariants(c, p);
    assert.equal(p.sessions.length, 0);
    assert.equal(p.advice[0]?.id, 'emergency_now');
  });

  it('still gives self-care meanwhile for urgent and gp_soon', () => {
    for (const code of ['fever', 'pain_radiates_below_knee'] as const) {
      const p = plan(withFindings(code));
      assert.ok(p.sessions.length > 0);
      assert.equal(p.advice[0]?.id, code === 'fever' ? 'urgent_today' : 'gp_soon_book');
    }
  });

  it('starts later check-ins when asOf is past day 2, never before asOf', () => {
    const c = aCase({ onset: '2026-11-16', asOf: '2026-11-21' });
    const p = plan(c);
    assertPlanInvariants(c, p);
    assert.deepEqual(p.checkIns.map((ci) => ci.day).slice(0, 2), [7, 14]);
    const late = aCase({ onset: '2026-01-01', asOf: '2026-11-21' });
    assertPlanInvariants(late, plan(late));
  });

  it('dates sessions and check-ins correctly across month ends, the leap day and DST weekends', () => {
    for (const [onset, asOf] of [
      ['2028-02-27', '2028-02-28'],
      ['2026-01-30', '2026-01-31'],
      ['2026-12-30', '2026-12-31'],
      ['2026-03-27', '2026-03-28'],
      ['2026-03-07', '2026-03-08'],
      ['2026-10-24', '2026-10-25'],
      ['2026-10-31', '2026-11-01'],
    ] as const) {
      const c = aCase({ onset, asOf });
      assertPlanInvariants(c, plan(c));
    }
    const leap = plan(aCase({ onset: '2028-02-27', asOf: '2028-02-28' }));
    assert.deepEqual(kindsOn(leap, '2028-02-29'), new Set(['ice']));
    assert.deepEqual(kindsOn(leap, '2028-03-01'), new Set(['heat']));
    assert.equal(leap.checkIns[0]?.date, '2028-02-29');
  });

  it('adds lifting advice after a lifting trigger', () => {
    assert.ok(plan(withFindings('lifting_trigger')).advice.some((a) => a.id === 'prevent_lifting'));
    assert.ok(!plan(aCase()).advice.some((a) => a.id === 'prevent_lifting'));
  });

  it('replaces painkiller advice with pregnancy advice in pregnancy', () => {
    const ids = plan(withFindings('pregnant')).advice.map((a) => a.id);
    assert.ok(ids.includes('med_pregnancy'));
    assert.ok(!ids.includes('med_otc'));
  });

  it('warns against aspirin for under-16s', () => {
    assert.ok(plan(aCase({ age: 12 })).advice.some((a) => a.id === 'med_child_aspirin'));
    assert.ok(!plan(aCase({ age: 16 })).advice.some((a) => a.id === 'med_child_aspirin'));
  });

  it('offers no pharmacy medicine in pregnancy, and never aspirin as a painkiller (contract v3)', () => {
    const ids = (c: Parameters<typeof pharmacyMedicines>[0]) => pharmacyMedicines(c).map((m) => m.id);
    assert.deepEqual(ids(withFindings('pregnant')), []);
    for (const age of [15, 16, 34, 70]) {
      assert.ok(!ids(aCase({ age })).includes('aspirin'), `no aspirin at ${age}`);
      assert.ok(ids(aCase({ age })).includes('ibuprofen'), `ibuprofen to ask about at ${age}`);
    }
    assert.ok(pharmacyMedicines(aCase()).every((m) => m.access === 'pharmacy'));
  });

  it('offers the next session after a moment, skipping those done, a late one until bedtime, then the next day’s first', () => {
    const p = plan(aCase({ onset: '2026-11-21', asOf: '2026-11-21', wakeTime: '07:00', sleepTime: '22:00' }));
    const day = sessionsOn(p.sessions, '2026-11-21');
    assert.ok(day.length > 2 && day.every((s) => s.start.startsWith('2026-11-21T')));
    assert.equal(nextSession(p.sessions, '2026-11-21T06:00', 0), day[0]);
    assert.equal(nextSession(p.sessions, `${(day[1] as { start: string }).start}`, 0), day[1]);
    assert.equal(nextSession(p.sessions, '2026-11-21T08:30', 0), day[1], 'the 07:00 one is past');
    assert.equal(nextSession(p.sessions, '2026-11-21T06:00', 2), day[2], 'two are done');
    const waking = { wake: '07:00', sleep: '22:00' };
    assert.equal(nextSession(p.sessions, '2026-11-21T21:30', 1, waking), day[1], 'late, the first undone');
    const tomorrow = sessionsOn(p.sessions, '2026-11-22')[0];
    assert.ok(tomorrow);
    assert.equal(
      nextSession(p.sessions, '2026-11-21T23:05', 1, waking),
      tomorrow,
      'after bedtime: tomorrow’s',
    );
    assert.equal(nextSession(p.sessions, '2026-11-21T21:30', day.length, waking), tomorrow, 'all done');
    const last = p.sessions.at(-1) as { start: string };
    assert.equal(
      nextSession(p.sessions, `${last.start.slice(0, 10)}T23:30`, 0, waking),
      undefined,
      'plan over',
    );
    assert.equal(sessionStartingAt(p.sessions, (day[1] as { start: string }).start), day[1]);
    assert.equal(sessionStartingAt(p.sessions, '2026-11-21T07:01'), undefined);
  });

  it('tells the person to rest at most two days, then move', () => {
    const p = plan(aCase({ onset: '2026-11-21' }));
    assert.deepEqual(
      p.days.slice(0, 3).map((d) => d.activity),
      ['rest_allowed', 'rest_allowed', 'gentle_movement'],
    );
  });
});
