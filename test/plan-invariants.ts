import assert from 'node:assert/strict';
import { type Case, DEFAULT_SLEEP, DEFAULT_WAKE } from '../src/core/case.ts';
import { addDays, daysBetween, minutesOfDay } from '../src/core/dates.ts';
import type { Plan } from '../src/core/plan.ts';

/** Every promise the contract makes about a plan, checked for one case. */
export function assertPlanInvariants(c: Case, p: Plan): void {
  const wake = minutesOfDay(c.wakeTime ?? DEFAULT_WAKE) ?? 0;
  const sleep = minutesOfDay(c.sleepTime ?? DEFAULT_SLEEP) ?? 0;
  const onsetDay = (date: string) => daysBetween(c.onset, date);

  assert.ok(p.maxBedRestDays <= 2, 'bed rest at most two days');
  if (p.triage.disposition === 'emergency') {
    assert.deepEqual(p.sessions, [], 'no self-care sessions in an emergency');
    assert.ok(
      p.advice.some((a) => a.id === 'emergency_now'),
      'advice says to get emergency care',
    );
  } else {
    for (let i = 0; i < 7; i++) {
      const date = addDays(c.asOf, i);
      assert.ok(
        p.sessions.some((s) => s.start.startsWith(date)),
        `sessions on ${date}`,
      );
    }
  }

  const lastStart = new Map<string, number>();
  for (const s of p.sessions) {
    const date = s.start.slice(0, 10);
    const start = minutesOfDay(s.start.slice(11)) ?? -1;
    assert.match(s.start, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    assert.ok(daysBetween(c.asOf, date) >= 0, `${s.start} not before asOf`);
    assert.ok(s.minutes > 0 && s.minutes <= 20, 'at most 20 minutes');
    assert.ok(start >= wake && start + s.minutes <= sleep, `${s.start} inside the waking day`);
    if (s.kind === 'ice') assert.ok(onsetDay(date) <= 2, `ice only in the first 72 hours (${s.start})`);
    else assert.ok(onsetDay(date) >= 3, `heat only from day 3 (${s.start})`);
    const absolute = daysBetween(c.asOf, date) * 1440 + start;
    const previous = lastStart.get(s.kind);
    if (previous !== undefined) assert.ok(absolute - previous >= 120, `${s.kind} sessions 120 minutes apart`);
    lastStart.set(s.kind, absolute);
  }

  const days = daysBetween(c.onset, c.asOf);
  for (const ci of p.checkIns) {
    assert.ok(daysBetween(c.asOf, ci.date) >= 0, 'check-in not before asOf');
    assert.equal(ci.date, addDays(c.onset, ci.day), 'check-in dated from onset');
    assert.ok(ci.ask.length > 0);
  }
  for (const wanted of [2, 7]) {
    if (wanted >= days)
      assert.ok(
        p.checkIns.some((ci) => ci.day === wanted),
        `check-in on day ${wanted}`,
      );
  }
  assert.ok(p.checkIns.length >= 2, 'always a next check-in');
}
