import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { floating, planCalendar, SESSION_ALARM_MINUTES } from '../src/core/export/ics.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { plan } from './engines-en.ts';
import { aCase, withFindings } from './fixtures.ts';

const NOW = '2026-11-21T09:30:00.000Z';

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstProperty('dtstart');
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      description: String(v.getFirstPropertyValue('description')),
      start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
      end: new ICAL.Event(v).endDate.toString(),
      startType: start?.type,
      startRaw: start?.toICALString() ?? '',
      stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      alarms: v.getAllSubcomponents('valarm').map((a) => ({
        action: String(a.getFirstPropertyValue('action')),
        trigger: (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      })),
    };
  });
}

describe('the calendar export', () => {
  const c = aCase({ wakeTime: '06:30', sleepTime: '23:00' });
  const p = plan(c);
  const made = planCalendar(p, {
    now: NOW,
    words: en.export,
    episodeId: '11111111-1111-4111-8111-111111111111',
    wake: '06:30',
  });
  assert.ok(made.ok);
  const events = parse(made.value);
  const sessions = events.filter((e) => e.startType === 'date-time');
  const checkIns = events.filter((e) => e.startType === 'date');

  it("has one event per planned session, at the plan's own clock time, for its minutes", () => {
    assert.equal(sessions.length, p.sessions.length);
    p.sessions.forEach((s, i) => {
      const e = sessions[i];
      assert.equal(e?.start, `${s.start}:00`);
      const end = new Date(`${s.start}:00Z`);
      end.setUTCMinutes(end.getUTCMinutes() + s.minutes);
      assert.equal(e?.end, end.toISOString().slice(0, 19));
      assert.match(
        e?.summary ?? '',
        s.kind === 'ice' ? /^Cold pack for 20 minutes$/ : /^Moist heat for 20 minutes$/,
      );
    });
  });

  it('writes session times as floating local time: no zone, no UTC "Z"', () => {
    for (const e of sessions) assert.match(e.startRaw, /^DTSTART:\d{8}T\d{6}$/);
    assert.equal(floating('2026-03-29T02:30'), '20260329T023000');
  });

  it('reminds the person before every session and on every check-in day', () => {
    for (const e of sessions)
      assert.deepEqual(e.alarms, [{ action: 'DISPLAY', trigger: -SESSION_ALARM_MINUTES * 60 }]);
    // An hour after waking at 06:30 on the check-in day.
    for (const e of checkIns)
      assert.deepEqual(e.alarms, [{ action: 'DISPLAY', trigger: (7 * 60 + 30) * 60 }]);
  });

  it("has one all-day event per check-in, on its date, asking the plan's question, then the safety net", () => {
    assert.deepEqual(
      checkIns.map((e) => [e.start, e.description.slice(0, e.description.indexOf(' Emergency signs: '))]),
      p.checkIns.map((ci) => [ci.date, ci.ask]),
    );
    for (const e of checkIns) assert.match(e.description, /call the emergency number now/);
  });

  it('takes its timestamp from the argument and keeps event ids stable across exports', () => {
    for (const e of events) assert.equal(e.stamp, '2026-11-21T09:30:00Z');
    const again = planCalendar(p, {
      now: '2026-11-22T10:00:00.000Z',
      words: en.export,
      episodeId: '11111111-1111-4111-8111-111111111111',
      wake: '06:30',
    });
    assert.ok(again.ok);
    assert.deepEqual(
      parse(again.value).map((e) => e.uid),
      events.map((e) => e.uid),
    );
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
  });

  it("puts the emergency signs in every session's description, with the person's number when given", () => {
    for (const e of sessions) assert.match(e.description, /call the emergency number now/);
    const withNumber = planCalendar(p, {
      now: NOW,
      words: en.export,
      episodeId: '11111111-1111-4111-8111-111111111111',
      wake: '06:30',
      emergencyNumber: '999',
    });
    assert.ok(withNumber.ok);
    for (const e of parse(withNumber.value)) assert.match(e.description, /call 999 now/);
  });

  it('has only check-ins, no sessions, when the advice is emergency care', () => {
    const urgent = plan(withFindings('saddle_numbness'));
    const cal = planCalendar(urgent, {
      now: NOW,
      words: en.export,
      episodeId: '11111111-1111-4111-8111-111111111111',
      wake: '07:00',
    });
    assert.ok(cal.ok);
    assert.equal(parse(cal.value).filter((e) => e.startType === 'date-time').length, 0);
  });
});
