import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adviceToday, functionTable, timelineByDay } from '../src/core/clinician-view.ts';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import { caseNow, withNewSigns } from '../src/core/episode-view.ts';
import { episodeEntries } from '../src/core/export/summary.ts';
import { functionSeries } from '../src/core/function-scale.ts';
import { enClinician } from '../src/core/knowledge/text/en/clinician.ts';
import { assess } from '../src/core/triage.ts';

const onset = '2026-11-20';
const base: Episode = {
  id: '22222222-2222-4222-8222-222222222222',
  onset,
  case: {
    age: 40,
    onset,
    asOf: onset,
    painNow: 7,
    findings: ['lifting_trigger', 'leg_weakness'],
  },
  answers: { leg_weakness: 'yes', saddle_numbness: 'no' },
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};

let n = 0;
function entry(date: string, fields: Partial<Entry>, time = '10:00'): Entry {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    episodeId: base.id,
    recordedAt: `${date}T${time}:00.000Z`,
    date,
    ...fields,
  };
}

/** The episode after the day-3 check-in, where the patient was not sure about a fever. */
const afterCheckIn: Episode = { ...base, ...withNewSigns(base, { fever: 'unsure' }, '2026-11-23') };

describe("today's advice on the clinician's page", () => {
  it("is the patient's own Result screen: the triage of caseNow on the patient's today", () => {
    const entries = [entry('2026-11-23', { checkIn: 'better', pain: 5 })];
    const settings = { wakeTime: '07:00', sleepTime: '22:00', reminders: false, emergencyNumber: '112' };
    for (const today of ['2026-11-23', '2026-11-26', '2026-12-06']) {
      const app = assess(caseNow(afterCheckIn, entries, today, settings));
      const page = adviceToday(afterCheckIn, entries, today);
      assert.equal(page.disposition, app.disposition, today);
      assert.deepEqual(
        page.reasons.map((r) => r.rule),
        app.reasons.map((r) => r.rule),
        today,
      );
    }
  });

  it('names the unsure sign in its reason, and says what the advice was judged on', () => {
    const entries = [entry('2026-11-23', { checkIn: 'better', pain: 5 })];
    const a = adviceToday(afterCheckIn, entries, '2026-11-24');
    assert.equal(a.disposition, 'urgent', 'new weakness in one leg');
    assert.equal(a.asOf, '2026-11-24');
    assert.equal(a.day, 4);
    assert.equal(a.basis, 'check_in');
    assert.equal(a.basisDate, '2026-11-23');
    assert.deepEqual(a.reasons.find((r) => r.rule === 'unsure_urgent_sign')?.params?.signs, ['fever']);
    assert.ok(a.reasons.some((r) => r.rule === 'leg_weakness'));
  });

  it('counts the days to the patient\'s today: a week on with pain still 5 is "see a doctor soon"', () => {
    const quiet: Episode = { ...base, case: { ...base.case, findings: ['lifting_trigger'] } };
    const entries = [entry('2026-11-22', { pain: 6 }), entry('2026-11-27', { pain: 5 })];
    const a = adviceToday(quiet, entries, '2026-11-27');
    assert.equal(a.disposition, 'gp_soon');
    assert.equal(a.basis, 'ratings');
    assert.equal(a.painNow, 5);
    assert.ok(a.reasons.some((r) => r.rule === 'persisting_one_week'));
    const early = adviceToday(quiet, [entry('2026-11-21', { pain: 4 })], '2026-11-21');
    assert.equal(early.disposition, 'self_care');
    assert.deepEqual(early.reasons, []);
  });

  it("never reads the case before its own check, even when the patient's today is earlier", () => {
    assert.equal(adviceToday(base, [], '2026-11-18').asOf, onset);
  });

  it('writes each reason as a finding a clinician reads, naming the signs', () => {
    const w = enClinician.patient;
    assert.equal(
      w.reasons.unsure_urgent_sign({ signs: ['Fever'], day: 3, age: 40 }),
      'Warning sign not ruled out, the patient was not sure: Fever',
    );
    assert.equal(
      w.reasons.persisting_one_week({ signs: [], day: 9, age: 40, painNow: 5 }),
      'Pain not settled on day 9: latest rating 5 of 10',
    );
    assert.equal(
      w.sign('Fever', w.answer.unsure, w.atCheckIn(3, 'Mon 23 Nov')),
      'Fever: not sure, reported at the check-in of day 3 (Mon 23 Nov)',
    );
  });
});

describe('the diary by day', () => {
  const entries = [
    entry('2026-11-20', { pain: 7, note: '  Lifted a box.  ' }, '09:00'),
    entry('2026-11-20', { treatments: ['ice'], minutes: 20, felt: 'better' }, '11:00'),
    entry('2026-11-20', { treatments: ['ice'], minutes: 15 }, '15:00'),
    entry(
      '2026-11-21',
      { treatments: ['medicine', 'rest'], triggers: ['poor_sleep'], medicines: ['ibuprofen'] },
      '08:00',
    ),
    entry('2026-11-21', {
      medicines: ['ibuprofen', 'Paracetamol'],
      treatments: ['medicine', 'stretching', 'rest'],
      triggers: ['stress', 'poor_sleep'],
    }),
    entry('2026-11-21', { spasms: 3, note: ' ' }),
    entry(
      '2026-11-23',
      {
        checkIn: 'better',
        pain: 5,
        functionScale: [
          { activity: 'Walking', score: 4 },
          { activity: 'Sitting', score: 6 },
        ],
      },
      '09:00',
    ),
    entry('2026-11-23', { functionScale: [{ activity: 'walking', score: 5 }] }, '18:00'),
    entry('2026-11-23', { treatments: ['ice', 'heat'], minutes: 20 }, '19:00'),
  ];
  const days = timelineByDay(afterCheckIn, episodeEntries(entries, afterCheckIn, '2026-11-24'));

  it('is one block per calendar day, newest first, with the day number since onset', () => {
    assert.deepEqual(
      days.map((d) => [d.date, d.day]),
      [
        ['2026-11-23', 3],
        ['2026-11-21', 1],
        ['2026-11-20', 0],
      ],
    );
  });

  it('puts the first check and its signs on its day, and a check-in with the signs it raised on its own', () => {
    const [checkIn, , first] = days;
    assert.equal(first?.firstCheck, true);
    assert.deepEqual(
      first?.signs.map((s) => [s.finding, s.answer]),
      [['leg_weakness', 'yes']],
    );
    assert.equal(checkIn?.firstCheck, false);
    assert.deepEqual(checkIn?.checkIns, ['better']);
    assert.deepEqual(
      checkIn?.signs.map((s) => [s.finding, s.answer, s.checkIn?.day]),
      [['fever', 'unsure', 3]],
    );
  });

  it('keeps each cold or heat session with its minutes and how it felt, and leaves minutes off a mixed entry', () => {
    const [mixed, , first] = days;
    assert.deepEqual(first?.sessions, [
      { treatment: 'ice', minutes: 20, felt: 'better' },
      { treatment: 'ice', minutes: 15 },
    ]);
    assert.deepEqual(mixed?.sessions, [{ treatment: 'ice' }, { treatment: 'heat' }]);
  });

  it('counts medicines, lists other care and triggers once each, and keeps notes with words only', () => {
    const day1 = days[1];
    assert.equal(day1?.medicines, 2);
    assert.deepEqual(day1?.medicineNames, ['ibuprofen', 'Paracetamol']);
    assert.deepEqual(days[2]?.medicineNames, []);
    assert.deepEqual(day1?.treatments, ['rest', 'stretching']);
    assert.deepEqual(day1?.triggers, ['poor_sleep', 'stress']);
    assert.deepEqual(day1?.spasms, [3]);
    assert.deepEqual(day1?.notes, []);
    assert.deepEqual(days[2]?.notes, ['Lifted a box.']);
    assert.deepEqual(days[2]?.pains, [7]);
  });

  it("keeps the day's latest rating of each activity", () => {
    assert.deepEqual(days[0]?.function, [
      { activity: 'walking', score: 5 },
      { activity: 'Sitting', score: 6 },
    ]);
  });

  it('shows the first check on its day even before any diary entry', () => {
    const only = timelineByDay(base, []);
    assert.equal(only.length, 1);
    assert.equal(only[0]?.date, onset);
    assert.equal(only[0]?.firstCheck, true);
  });
});

describe('the function scores over time', () => {
  it('has a column per date rated, a gap where an activity was not rated, and the change since the first rating', () => {
    const entries = [
      entry('2026-11-20', { functionScale: [{ activity: 'Walking', score: 2 }] }),
      entry('2026-11-27', {
        functionScale: [
          { activity: 'Walking', score: 6 },
          { activity: 'Bending', score: 3 },
        ],
      }),
    ];
    const table = functionTable(functionSeries(entries));
    assert.deepEqual(table.dates, ['2026-11-20', '2026-11-27']);
    assert.deepEqual(table.rows, [
      { activity: 'Walking', scores: [2, 6], change: 4 },
      { activity: 'Bending', scores: [undefined, 3] },
    ]);
  });

  it('is empty with no ratings', () => {
    assert.deepEqual(functionTable([]), { dates: [], rows: [] });
  });
});
