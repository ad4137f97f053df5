import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import {
  duration,
  escapeText,
  floating,
  fold,
  planCalendar,
  SESSION_ALARM_MINUTES,
} from '../src/core/export/ics.ts';
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

/** Every event as a reader sees it: what the old writer (the `ics` package) and ours must agree on. */
function eventsOf(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      allDay: e.startDate.isDate,
      end: e.endDate.toString(),
      stamp: String(v.getFirstPropertyValue('dtstamp')),
      categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      alarms: v.getAllSubcomponents('valarm').map((a) => ({
        action: String(a.getFirstPropertyValue('action')),
        description: String(a.getFirstPropertyValue('description')),
        trigger: (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      })),
    };
  });
}

describe('the calendar writer (RFC 5545, no library)', () => {
  const p = plan(aCase({ wakeTime: '06:30', sleepTime: '23:00', findings: ['lifting_trigger'] }));
  const made = planCalendar(p, {
    now: NOW,
    words: en.export,
    episodeId: '11111111-1111-4111-8111-111111111111',
    wake: '06:30',
    emergencyNumber: '999',
  });
  assert.ok(made.ok);
  const text = made.value;

  it('writes the same events as the `ics` package did (its output for this plan, kept as a fixture)', () => {
    // test/fixtures/plan-calendar-ics-3.12.ics: written by ics 3.12.0 for this case, wake, number and NOW.
    const before = eventsOf(readFileSync('test/fixtures/plan-calendar-ics-3.12.ics', 'utf8'));
    const after = eventsOf(text);
    assert.equal(after.length, p.sessions.length + p.checkIns.length);
    assert.deepEqual(after, before);
  });

  it('ends every line with CRLF and folds none longer than 75 octets, without splitting a character', () => {
    assert.ok(text.endsWith('\r\n'));
    assert.equal(text.replaceAll('\r\n', '').includes('\n'), false);
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const long = `DESCRIPTION:${'é'.repeat(50)}${'→'.repeat(30)}${'😀'.repeat(20)}`;
    const folded = fold(long);
    for (const line of folded.split('\r\n')) {
      assert.ok(Buffer.byteLength(line) <= 75, line);
      assert.equal(line.includes('\uFFFD'), false);
    }
    assert.equal(folded.replaceAll('\r\n ', ''), long);
  });

  it('escapes backslashes, semicolons, commas and line breaks in TEXT, and ical.js reads them back', () => {
    const tricky = 'a\\b; c, d\ne\r\nf';
    assert.equal(escapeText(tricky), 'a\\\\b\\; c\\, d\\ne\\nf');
    const words = { ...en.export, ics: { ...en.export.ics, checkIn: tricky } };
    const cal = planCalendar(p, {
      now: NOW,
      words,
      episodeId: '11111111-1111-4111-8111-111111111111',
      wake: '06:30',
    });
    assert.ok(cal.ok);
    const checkIn = eventsOf(cal.value).find((e) => e.allDay);
    assert.equal(checkIn?.summary, 'a\\b; c, d\ne\nf');
  });

  it('writes durations and triggers as RFC 5545 DURATION values', () => {
    assert.equal(duration(20), 'PT20M');
    assert.equal(duration(5, true), '-PT5M');
    assert.equal(duration(450), 'PT7H30M');
    assert.equal(duration(120), 'PT2H');
    assert.equal(duration(0), 'PT0M');
  });

  it('refuses a moment of export that is not an instant, with the catalogue message', () => {
    const bad = planCalendar(p, {
      now: 'yesterday',
      words: en.export,
      episodeId: '11111111-1111-4111-8111-111111111111',
      wake: '06:30',
    });
    assert.deepEqual(bad, { ok: false, error: en.export.ics.notMade });
  });
});
