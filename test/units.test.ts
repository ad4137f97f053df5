import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { fahrenheit, painBand, usesFahrenheit, withFahrenheit } from '../src/core/units.ts';

describe('units: pain bands and temperatures', () => {
  it('puts the usual words beside 0 to 10: 0 none, 1-3 mild, 4-6 moderate, 7-9 severe, 10 worst', () => {
    assert.deepEqual(
      Array.from({ length: 11 }, (_, n) => painBand(n)),
      [
        'none',
        'mild',
        'mild',
        'mild',
        'moderate',
        'moderate',
        'moderate',
        'severe',
        'severe',
        'severe',
        'worst',
      ],
    );
  });

  it('converts °C to °F to one decimal', () => {
    assert.equal(fahrenheit(38), '100.4');
    assert.equal(fahrenheit(40), '104');
    assert.equal(fahrenheit(37.5), '99.5');
  });

  it('adds °F beside every °C in a sentence, only for the US number', () => {
    const both = (c: string, f: string) => `${c} °C (${f} °F)`;
    assert.equal(
      withFahrenheit(en.findings.fever.question, both),
      'Do you have a temperature of 38 °C (100.4 °F) or more, or shaking chills and sweats?',
    );
    assert.equal(withFahrenheit('No temperature here.', both), 'No temperature here.');
    assert.equal(usesFahrenheit('911'), true);
    assert.equal(usesFahrenheit('112'), false);
    assert.equal(usesFahrenheit('999'), false);
  });

  it('the catalogue writes both the same way', () => {
    assert.equal(en.app.common.celsiusFahrenheit('38', '100.4'), '38 °C (100.4 °F)');
  });
});
