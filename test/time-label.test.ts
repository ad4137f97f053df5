import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeFormatter, usesTwelveHours } from '../src/web/time-label.ts';

describe('plan times in the person’s own 12 or 24-hour habit (web app)', () => {
  it('reads the habit from the locale’s hour cycle', () => {
    assert.equal(usesTwelveHours('en-US'), true);
    assert.equal(usesTwelveHours('en-AU'), true);
    assert.equal(usesTwelveHours('en-GB'), false);
    assert.equal(usesTwelveHours('de-DE'), false);
  });

  it('writes the plan’s HH:MM on a 12-hour clock where the locale does', () => {
    const label = timeFormatter('en-US');
    assert.match(label('07:00'), /^7:00\sAM$/);
    assert.match(label('13:05'), /^1:05\sPM$/);
    assert.match(label('00:00'), /^12:00\sAM$/);
    assert.match(label('12:00'), /^12:00\sPM$/);
  });

  it('writes it on a 24-hour clock, two-digit hours, where the locale does', () => {
    const label = timeFormatter('en-GB');
    assert.equal(label('07:00'), '07:00');
    assert.equal(label('13:05'), '13:05');
    assert.equal(label('00:00'), '00:00');
    assert.equal(timeFormatter('de-DE')('21:40'), '21:40');
  });
});
