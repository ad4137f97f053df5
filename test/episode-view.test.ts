import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import { caseNow, dueCheckIn } from '../src/core/episode-view.ts';
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
