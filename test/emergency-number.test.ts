import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emergencyNumberFor, fallbackEmergencyNumber } from '../src/core/knowledge/emergency.ts';

// The emergency number follows the browser's region, never its language: Spanish in Mexico calls 911, Spanish in
// Spain 112; English in the United States 911, in Britain 999.
describe('emergencyNumberFor: the region decides, not the language', () => {
  for (const [locale, number] of [
    ['es-MX', '911'],
    ['es-ES', '112'],
    ['en-US', '911'],
    ['en-GB', '999'],
    ['en-IE', '112'],
    ['es-US', '911'],
    ['en-MX', '911'],
    ['es-419', '112'],
  ] as const) {
    it(`${locale} -> ${number}`, () => assert.equal(emergencyNumberFor(locale), number));
  }

  it('a region with a number of its own that the app does not list (Colombia 123) falls back to 112', () => {
    assert.equal(fallbackEmergencyNumber, '112');
    assert.equal(emergencyNumberFor('es-CO'), '112');
  });

  it('a bare language, or nothing, gives the fallback', () => {
    for (const locale of ['es', 'en', ''] as const) assert.equal(emergencyNumberFor(locale), '112', locale);
    // A bare language is never read as a region: Ukrainian is not the UK, Catalan is not Canada.
    for (const locale of ['uk', 'ca', 'us', 'not a tag'])
      assert.equal(emergencyNumberFor(locale), '112', locale);
    assert.equal(emergencyNumberFor('uk-UA'), '112');
    assert.equal(emergencyNumberFor('ca-ES'), '112');
    assert.equal(emergencyNumberFor('zh-Hant-TW'), '112');
    assert.equal(emergencyNumberFor('en-Latn-GB'), '999');
  });

  it('reads the region whatever its case', () => {
    assert.equal(emergencyNumberFor('es-mx'), '911');
    assert.equal(emergencyNumberFor('en-gb'), '999');
  });
});
