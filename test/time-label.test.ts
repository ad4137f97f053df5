import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeFor } from '../src/core/knowledge/text/languages.ts';
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

describe('the locale of the web app’s dates, times and numbers: its language, in the browser’s region', () => {
  it('takes the first browser language of the app’s own language, region and all', () => {
    assert.equal(localeFor('es', ['en-US', 'es-MX', 'es-ES']), 'es-MX');
    assert.equal(localeFor('en', ['es-MX', 'en-GB', 'en-US']), 'en-GB');
    assert.equal(localeFor('es', ['es-419']), 'es-419');
  });

  it('falls back to the language itself when the browser speaks it nowhere, or in a tag Intl cannot read', () => {
    assert.equal(localeFor('es', ['en-US', 'fr-FR']), 'es');
    assert.equal(localeFor('en', ['es-MX']), 'en');
    assert.equal(localeFor('es', []), 'es');
    assert.equal(localeFor('es', ['es_MX.UTF-8']), 'es');
  });

  it('so the clock follows the app’s language: an English browser in the Spanish app gets 24 hours, es-MX 12', () => {
    assert.equal(timeFormatter(localeFor('es', ['en-US']))('19:05'), '19:05');
    assert.match(timeFormatter(localeFor('es', ['es-MX']))('19:05'), /^7:05\s?p\.?\s?m\.?$/);
    assert.match(timeFormatter(localeFor('en', ['en-US', 'es-MX']))('19:05'), /^7:05\sPM$/);
  });
});
