import assert from 'node:assert/strict';
import { type Case, DEFAULT_SLEEP, DEFAULT_WAKE } from '../src/core/case.ts';
import { addDays, daysBetween, minutesOfDay } from '../src/core/dates.ts';
import { emergencySignWords } from '../src/core/knowledge/text/en/findings.ts';
import type { Plan } from '../src/core/plan.ts';

/** Advice that invites movement, stretching or exercise: none of it in an urgent plan (contract v2 and v3). */
const movingAdvice =
  /^(treat_rest_short|treat_gentle_stretch|treat_combine|treat_evidence_note|active_|prevent_|comp_)/;

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

  if (p.triage.disposition !== 'emergency') {
    const net = p.advice.find((a) => a.id === 'safety_net');
    assert.ok(net, 'a safety net in every plan short of an emergency');
    for (const sign of emergencySignWords)
      assert.ok(net.text.includes(sign), `the safety net names: ${sign}`);
  }
  if (p.triage.disposition === 'urgent') {
    assert.ok(
      p.days.every((d) => d.activity === 'comfort_until_seen'),
      'urgent: comfort until seen, every day',
    );
    const moving = p.advice.filter((a) => movingAdvice.test(a.id)).map((a) => a.id);
    assert.deepEqual(moving, [], 'urgent: no exercise, stretch or "start moving" advice');
  }
  // Version 3: aspirin is named only to say not to use it; anti-inflammatories are not the plain first
  // choice at 65 or over, on steroid tablets or in pregnancy.
  for (const a of p.advice)
    for (const sentence of a.text.split(/(?<=[.:])\s+/))
      if (/aspirin/i.test(sentence)) assert.match(sentence, /\b(not|never)\b/i, `${a.id}: ${sentence}`);
  const has = (code: string) => (c.findings ?? []).some((f) => f === code);
  if (c.age >= 65 || has('long_term_steroids') || has('pregnant'))
    assert.ok(!p.advice.some((a) => a.id === 'med_otc'), 'no plain anti-inflammatory advice');
  for (const d of p.days)
    if (d.activity === 'rest_allowed') assert.ok(d.day < p.maxBedRestDays, `rest only up to maxBedRestDays`);
}
