import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emergencySigns } from '../src/core/knowledge/findings.ts';
import type { Catalogue } from '../src/core/knowledge/text/catalogue.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { plural } from '../src/core/knowledge/text/plural.ts';

/** A sample argument list of each kind a catalogue function may take; every one that fits is tried. */
const samples: unknown[][] = [
  [2],
  [7],
  [14],
  [3, 4, 5, 6],
  [1, 1],
  ['ice', true],
  ['ice', false],
  ['heat', false],
  ['3', '4', '5', '6'],
  [['a sign', 'another sign'], ['b'], ['c']],
  [{ signs: [...emergencySigns] }],
  [{ signs: ['fever'] }],
];

/** What a function writes when a sample did not fit its parameters after all. */
const misfit = /undefined|NaN|\[object Object\]|\b(true|false)\b/;

/** Every string in a section: plain strings, and what each function writes for every sample that fits. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'function') {
    const out = new Set<string>();
    for (const args of samples) {
      try {
        const written = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof written === 'string' && !misfit.test(written)) out.add(written);
      } catch {
        // This sample does not fit the function's parameters; the others may.
      }
    }
    return [...out];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every catalogue there is: a new language added here is checked like English. */
const catalogues: Record<string, Catalogue> = { en };

const sections = Object.entries(catalogues).flatMap(([lang, catalogue]) =>
  Object.entries(catalogue).map(([name, section]) => ({ name: `${lang}.${name}`, texts: strings(section) })),
);

/** A text cut into sentences; a list after a colon reads item by item, and a line of help on its own. */
const sentencesOf = (texts: string[]) =>
  texts.flatMap((t) => t.split(/(?<=[.!?;:])\s+|\n/)).filter((s) => /[a-z]/i.test(s));
const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));

/** Syllables in an English word, by vowel groups less a silent final e: the usual estimate for Flesch. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const core = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, core.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/** Flesch reading ease: 60-70 is plain English, higher is easier. */
function readingEase(sentences: string[]): number {
  const words = sentences.flatMap(wordsOf);
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syl / words.length);
}

describe('every catalogue', () => {
  it('has words in every section', () => {
    for (const { name, texts } of sections) assert.ok(texts.length > 0, name);
  });

  it('walks the knowledge sections too: findings, rules with their signs, advice, exercises, care', () => {
    const all = sections.flatMap((s) => s.texts).join(' ');
    assert.match(all, /You were not sure about: new saddle numbness/);
    assert.match(all, /It has been 2 weeks/);
    assert.match(all, /Hold 1 second, once/);
    assert.match(all, /lie on your side with a pillow between your knees/);
  });

  it('never states a medicine dose in any section', () => {
    const dose = /\b\d+(\.\d+)?\s*(mg|g|mcg|µg|ml|tablets?|capsules?|pills?|times a day)\b/i;
    for (const { name, texts } of sections) for (const t of texts) assert.doesNotMatch(t, dose, name);
  });

  it('keeps every sentence of every section short enough to read at a glance', () => {
    for (const { name, texts } of sections) {
      const sentences = sentencesOf(texts);
      for (const s of sentences) {
        const words = wordsOf(s).length;
        assert.ok(words <= 45, `${name}: ${words} words in "${s}"`);
      }
      const mean = sentences.reduce((n, s) => n + wordsOf(s).length, 0) / sentences.length;
      assert.ok(mean <= 20, `${name}: ${mean.toFixed(1)} words a sentence on average`);
    }
  });

  it('reads as plain English: Flesch reading ease of 60 or more in each section, 70 or more overall', () => {
    for (const { name, texts } of sections) {
      const ease = readingEase(sentencesOf(texts));
      assert.ok(ease >= 60, `${name}: reading ease ${ease.toFixed(1)}`);
    }
    const ease = readingEase(sentencesOf(sections.flatMap((s) => s.texts)));
    assert.ok(ease >= 70, `all sections: reading ease ${ease.toFixed(1)}`);
  });

  it('scores hard text as hard, so the reading-ease floor can fail', () => {
    const legal = [
      'Notwithstanding contraindications, pharmacological administration necessitates individualised consideration of comorbidities.',
    ];
    assert.ok(readingEase(legal) < 0);
    assert.ok(readingEase(['Put a cold pack on the sore spot for a short while.']) > 90);
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
