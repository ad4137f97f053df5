import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { plural } from '../src/core/knowledge/text/plural.ts';

/** A sample argument of each kind a catalogue function may take, tried in turn. */
const samples: unknown[][] = [
  [3, 4, 5, 6],
  ['3', '4', '5', '6'],
  [['a sign', 'another sign'], ['b'], ['c']],
];

/** Every string in a section: plain strings, and what each function writes for sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'function') {
    for (const args of samples) {
      try {
        const out = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof out === 'string') return [out];
      } catch {
        // This sample does not fit the function's parameters; try the next kind.
      }
    }
    return [];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const sections = Object.entries(en).map(([name, section]) => ({ name, texts: strings(section) }));

describe('the English catalogue', () => {
  it('has words in every section but the placeholders still to be filled', () => {
    for (const { name, texts } of sections) if (name !== 'app') assert.ok(texts.length > 0, name);
  });

  it('never states a medicine dose in any section', () => {
    const dose = /\b\d+(\.\d+)?\s*(mg|g|mcg|µg|ml|tablets?|capsules?|pills?|times a day)\b/i;
    for (const { name, texts } of sections) for (const t of texts) assert.doesNotMatch(t, dose, name);
  });

  it('keeps every sentence of every section short enough to read at a glance', () => {
    for (const { name, texts } of sections) {
      // A list after a colon reads item by item, and a line of help on its own: each ends a stretch.
      const sentences = texts.flatMap((t) => t.split(/(?<=[.!?;:])\s+|\n/)).filter((s) => s.trim() !== '');
      for (const s of sentences) {
        const words = s.split(/\s+/).length;
        assert.ok(words <= 45, `${name}: ${words} words in "${s}"`);
      }
      if (sentences.length === 0) continue;
      const mean = sentences.reduce((n, s) => n + s.split(/\s+/).length, 0) / sentences.length;
      assert.ok(mean <= 20, `${name}: ${mean.toFixed(1)} words a sentence on average`);
    }
  });
});

describe('plurals', () => {
  it('chooses the form by the language rules, so one is singular and zero and two are not', () => {
    const forms = { one: 'day', other: 'days' };
    assert.deepEqual(
      [0, 1, 2].map((n) => plural(n, forms, 'en')),
      ['days', 'day', 'days'],
    );
  });

  it('uses the few form where a language has one', () => {
    assert.equal(
      plural(3, { one: 'dzień', few: 'dni (few)', many: 'dni', other: 'dnia' }, 'pl'),
      'dni (few)',
    );
  });
});
