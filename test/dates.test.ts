import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  dayNumber,
  daysBetween,
  formatClock,
  isCalendarDate,
  localClock,
  minutesOfDay,
} from '../src/core/dates.ts';

describe('calendar dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    assert.equal(isCalendarDate('2026-11-21'), true);
    assert.equal(isCalendarDate('2028-02-29'), true);
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-04-31',
      '2026-1-1',
      '21/11/2026',
      '',
    ]) {
      assert.equal(isCalendarDate(bad), false, bad);
    }
  });

  it('counts days across month ends, year ends and leap days', () => {
    assert.equal(daysBetween('2026-01-31', '2026-02-01'), 1);
    assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2027-02-28', '2027-03-01'), 1);
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });

  it('is untouched by daylight-saving changes, whatever the process time zone', () => {
    // Europe springs forward on 2026-03-29 and the US on 2026-03-08; both fall back in autumn.
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-03-07', '2026-03-09'), 2);
    assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
    assert.equal(daysBetween('2026-10-31', '2026-11-02'), 2);
    assert.equal(addDays('2026-03-28', 1), '2026-03-29');
  });

  it('numbers days from 1970-01-01', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
  });

  it('reads and writes clock times', () => {
    assert.equal(minutesOfDay('07:30'), 450);
    assert.equal(minutesOfDay('24:00'), undefined);
    assert.equal(minutesOfDay('7:30'), undefined);
    assert.equal(formatClock(450), '07:30');
    assert.equal(localClock(new Date(2026, 10, 21, 7, 5)), '07:05');
    assert.equal(localClock(new Date(2026, 10, 21, 23, 59)), '23:59');
  });
});
