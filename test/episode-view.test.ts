import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysBetween } from '../src/core/dates.ts';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import {
  caseNow,
  checkInStatuses,
  dueCheckIn,
  newSignItems,
  reportedSigns,
  withNewSigns,
} from '../src/core/episode-view.ts';
import { newestCheckIn } from '../src/core/progress.ts';
import { triage } from './engines-en.ts';

const episode: Episode = {
  id: '11111111-1111-4111-8111-111111111111',
  onset: '2026-11-20',
  case: { age: 34, onset: '2026-11-20', asOf: '2026-11-20', painNow: 7, findings: ['lifting_trigger'] },
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};
const settings = { wakeTime: '08:00', sleepTime: '21:00', reminders: false, emergencyNumber: '112' };
const checkIn = (date: string, answer: 'better' | 'same' | 'worse', n = 1): Entry => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  episodeId: episode.id,
  recordedAt: `${date}T10:00:00.000Z`,
  date,
  checkIn: answer,
});

describe('the episode as the app shows it today', () => {
  it('asks the day-2 check-in from day 2 on until it is answered', () => {
    assert.equal(dueCheckIn(episode, [], '2026-11-21'), undefined);
    assert.equal(dueCheckIn(episode, [], '2026-11-22')?.day, 2);
    assert.equal(dueCheckIn(episode, [], '2026-11-24')?.day, 2, 'a missed check-in is still asked');
    assert.equal(dueCheckIn(episode, [checkIn('2026-11-22', 'better')], '2026-11-23'), undefined);
    assert.equal(dueCheckIn(episode, [checkIn('2026-11-22', 'better')], '2026-11-27')?.day, 7);
  });
  it('re-runs triage with the latest check-in: "same" on day 2 means see a doctor soon', () => {
    const same = caseNow(episode, [checkIn('2026-11-22', 'same')], '2026-11-22', settings);
    assert.equal(same.trend, 'same');
    assert.equal(same.wakeTime, '08:00');
    assert.equal(triage(same).disposition, 'gp_soon');
    const better = caseNow(episode, [checkIn('2026-11-22', 'better')], '2026-11-22', settings);
    assert.equal(triage(better).disposition, 'self_care');
  });
  it('takes the newest check-in when there are several', () => {
    const entries = [checkIn('2026-11-27', 'worse', 2), checkIn('2026-11-22', 'better', 1)];
    assert.equal(newestCheckIn(entries)?.checkIn, 'worse');
  });
  it('never dates the case before the check, even if the device clock goes back', () => {
    assert.equal(caseNow(episode, [], '2026-11-19', settings).asOf, '2026-11-20');
  });
});

describe('one status of the check-ins, for Today and Progress alike', () => {
  const states = (ep: Episode, entries: Entry[], date: string) =>
    checkInStatuses(ep, entries, date).map(
      (s) => `${s.checkIn.day}:${s.state}${s.trend ? `:${s.trend}` : ''}`,
    );

  it('counts a check that asked the trend on day 2 as the day-2 answer, so neither screen asks it again', () => {
    const checkedDay2 = {
      ...episode,
      case: { ...episode.case, asOf: '2026-11-22', trend: 'better' as const },
    };
    assert.equal(dueCheckIn(checkedDay2, [], '2026-11-22'), undefined);
    assert.equal(states(checkedDay2, [], '2026-11-22')[0], '2:answered:better');
  });

  it('asks only the latest due check-in and calls an earlier unanswered one missed, never due', () => {
    const got = states(episode, [], '2026-11-28');
    assert.deepEqual(got.slice(0, 2), ['2:missed', '7:due']);
    assert.equal(dueCheckIn(episode, [], '2026-11-28')?.day, 7);
    assert.equal(got.filter((s) => s.endsWith(':due')).length, 1);
  });

  it('marks a check-in answered by the first answer on or after its date, and later ones to come', () => {
    const got = states(episode, [checkIn('2026-11-23', 'same')], '2026-11-23');
    assert.deepEqual(got.slice(0, 2), ['2:answered:same', '7:to_come']);
  });
});

describe('a check-in re-asks every warning sign that can be new', () => {
  it('lists the urgent and soon signs that can begin during an episode, leaving out those already reported', () => {
    const items = newSignItems(episode).map((i) => i.finding);
    for (const code of [
      'fever',
      'leg_weakness',
      'pain_uncontrolled',
      'pain_radiates_below_knee',
      'leg_numbness_or_tingling',
      'unexplained_weight_loss',
      'night_pain_unrelieved',
    ] as const)
      assert.ok(items.includes(code), code);
    const feverish = { ...episode, case: { ...episode.case, findings: ['fever' as const] } };
    assert.ok(!newSignItems(feverish).some((i) => i.finding === 'fever'));
    const older = { ...episode, case: { ...episode.case, age: 70 } };
    assert.ok(!newSignItems(older).some((i) => i.finding === 'pregnant'));
  });

  it('turns the episode urgent when a new fever is reported on day 3', () => {
    const next = withNewSigns(episode, { fever: 'yes' }, '2026-11-23');
    const ep = { ...episode, ...next };
    assert.equal(
      triage(caseNow(ep, [checkIn('2026-11-23', 'better')], '2026-11-23', settings)).disposition,
      'urgent',
    );
    assert.equal(next.answers.fever, 'yes');
  });

  it('keeps a "not sure" as unsure, never as no, and moves it to reported when it is later a yes', () => {
    const unsure = { ...episode, ...withNewSigns(episode, { leg_weakness: 'unsure' }, '2026-11-22') };
    assert.deepEqual(unsure.case.unsure, ['leg_weakness']);
    assert.equal(triage(caseNow(unsure, [], '2026-11-23', settings)).disposition, 'gp_soon');
    const yes = withNewSigns(unsure, { leg_weakness: 'yes' }, '2026-11-23');
    assert.ok(yes.case.findings?.includes('leg_weakness'));
    assert.equal(yes.case.unsure, undefined);
  });

  it('says which signs were reported, and when: the first check, or the check-in of day N', () => {
    const first = {
      ...episode,
      case: { ...episode.case, findings: ['minor_trauma' as const, 'lifting_trigger' as const] },
    };
    const later = { ...first, ...withNewSigns(first, { fever: 'unsure' }, '2026-11-23') };
    const raised = {
      ...later,
      ...withNewSigns(later, { fever: 'yes', leg_weakness: 'unsure' }, '2026-11-25'),
    };
    const onset = episode.onset;
    assert.deepEqual(reportedSigns(raised), [
      { finding: 'minor_trauma', answer: 'yes' },
      {
        finding: 'fever',
        answer: 'yes',
        checkIn: { date: '2026-11-23', day: daysBetween(onset, '2026-11-23') },
      },
      {
        finding: 'leg_weakness',
        answer: 'unsure',
        checkIn: { date: '2026-11-25', day: daysBetween(onset, '2026-11-25') },
      },
    ]);
  });

  it('takes the pain now from the latest check-in: settled and better on day 10 is not "persisting"', () => {
    const settled = { ...checkIn('2026-11-30', 'better'), pain: 2 };
    const t = triage(caseNow(episode, [settled], '2026-11-30', settings));
    assert.ok(!t.reasons.some((r) => r.rule === 'persisting_one_week'), t.reasons.map((r) => r.rule).join());
    const sore = { ...settled, pain: 6 };
    assert.ok(
      triage(caseNow(episode, [sore], '2026-11-30', settings)).reasons.some(
        (r) => r.rule === 'persisting_one_week',
      ),
    );
  });
});
