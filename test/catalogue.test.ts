import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispositions } from '../src/core/knowledge/dispositions.ts';
import { emergencySigns } from '../src/core/knowledge/findings.ts';
import { unsureCountsSigns } from '../src/core/knowledge/rules.ts';
import type { Catalogue } from '../src/core/knowledge/text/catalogue.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { es } from '../src/core/knowledge/text/es/index.ts';
import { daysAgoOf, decimalOf, listOf } from '../src/core/knowledge/text/intl.ts';
import { plural } from '../src/core/knowledge/text/plural.ts';
import { leaves } from './catalogue-leaves.ts';

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
const catalogues: Record<string, Catalogue> = { en, es };

const sections = Object.entries(catalogues).flatMap(([lang, catalogue]) =>
  Object.entries(catalogue).map(([name, section]) => ({ name: `${lang}.${name}`, texts: strings(section) })),
);

/** A text cut into sentences; a list after a colon reads item by item, and a line of help on its own. */
const sentencesOf = (texts: string[]) =>
  texts.flatMap((t) => t.split(/(?<=[.!?;:])\s+|\n/)).filter((s) => /[a-z]/i.test(s));
const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /[a-z0-9áéíóúüñ]/i.test(w));

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

/**
 * Syllables in a Spanish word: each group of vowels is one syllable (a diphthong) except where two strong
 * vowels meet, or an accented i or u, which make a hiatus ("le-í-a", "o-í-do", "rí-o"); a u after q or g before
 * e or i is silent ("que", "guía" stays one group, then splits at the í).
 */
export function silabas(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/([qg])u([eéií])/g, '$1$2');
  let n = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    n += 1;
    for (let i = 1; i < group.length; i++)
      if (/[aeoáéóíú]/.test(group[i - 1] as string) && /[aeoáéóíú]/.test(group[i] as string)) n += 1;
  }
  return Math.max(1, n);
}

/** Fernández-Huerta's reading ease for Spanish (Flesch's scale, refitted): 60-70 is plain, higher is easier. */
function lecturabilidad(sentences: string[]): number {
  const words = sentences.flatMap(wordsOf);
  const syl = words.reduce((n, w) => n + silabas(w), 0);
  return 206.84 - 60 * (syl / words.length) - 102 * (sentences.length / words.length);
}

/** A section's reading ease by its language's own measure. */
const easeIn = (lang: string) => (lang === 'es' ? lecturabilidad : readingEase);

describe('every catalogue', () => {
  it('has words in every section', () => {
    for (const { name, texts } of sections) assert.ok(texts.length > 0, name);
  });

  it('walks the knowledge sections too: findings, rules with their signs, advice, exercises, care', () => {
    const all = sections
      .filter((s) => s.name.startsWith('en.'))
      .flatMap((s) => s.texts)
      .join(' ');
    assert.match(all, /You were not sure about: new saddle numbness/);
    assert.match(all, /It has been 2 weeks/);
    assert.match(all, /Hold 1 second, once/);
    assert.match(all, /lie on your side with a pillow between your knees/);
  });

  it('never states a medicine dose in any section', () => {
    const dose =
      /\b\d+([.,]\d+)?\s*(mg|g|mcg|µg|ml|tablets?|capsules?|pills?|times a day|comprimidos?|tabletas?|c[aá]psulas?|pastillas?|gotas|veces al d[ií]a)(?![a-záéíóúñ])/i;
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

  it('reads as plain language: reading ease of 60 or more in each section, 70 or more overall (Flesch for English, Fernández-Huerta for Spanish)', () => {
    for (const lang of Object.keys(catalogues)) {
      const ease = easeIn(lang);
      const own = sections.filter((s) => s.name.startsWith(`${lang}.`));
      for (const { name, texts } of own) {
        const score = ease(sentencesOf(texts));
        assert.ok(score >= 60, `${name}: reading ease ${score.toFixed(1)}`);
      }
      const all = ease(sentencesOf(own.flatMap((s) => s.texts)));
      console.log(`${lang}: reading ease ${all.toFixed(1)} over every section`);
      assert.ok(all >= 70, `${lang}, all sections: reading ease ${all.toFixed(1)}`);
    }
  });

  it('scores hard text as hard, so the reading-ease floor can fail', () => {
    const legal = [
      'Notwithstanding contraindications, pharmacological administration necessitates individualised consideration of comorbidities.',
    ];
    assert.ok(readingEase(legal) < 0);
    assert.ok(readingEase(['Put a cold pack on the sore spot for a short while.']) > 90);
    const juridico = [
      'No obstante las contraindicaciones, la administración farmacológica necesita una consideración individualizada de las comorbilidades.',
    ];
    assert.ok(lecturabilidad(juridico) < 20);
    assert.ok(lecturabilidad(['Ponga algo frío en la zona que duele por un rato.']) > 90);
  });

  it('counts Spanish syllables as a reader says them', () => {
    const said = {
      casa: 2,
      dolor: 2,
      espalda: 3,
      rodilla: 3,
      hielo: 2,
      leía: 3,
      río: 2,
      guía: 2,
      que: 1,
      aéreo: 4,
      tiempo: 2,
    };
    for (const [word, n] of Object.entries(said)) assert.equal(silabas(word), n, word);
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

  it('uses a form beyond one and other where the language has one, and other where none is given', () => {
    // Spanish says "1 millón de días": CLDR's many form, for whole millions.
    assert.equal(plural(1_000_000, { one: 'día', many: 'de días', other: 'días' }, 'es'), 'de días');
    assert.equal(plural(1_000_000, { one: 'día', other: 'días' }, 'es'), 'días');
  });
});

/**
 * The numbers a text states, in order of size: the same facts must carry the same numbers in each language.
 * A thousands separator (",", "." or a space before three digits) is read away and a decimal comma is a point,
 * so "11,000" and "11 000", "4.5" and "4,5", "5" and "5,0" are the same number.
 */
const numbersIn = (text: string) =>
  (text.replace(/(\d)[,.\u00a0\u202f ](\d{3})(?!\d)/g, '$1$2').match(/\d+(?:[.,]\d+)?/g) ?? [])
    .map((n) => Number(n.replace(',', '.')))
    .sort((a, b) => a - b);

describe('the Spanish catalogue against the English one', () => {
  const english = new Map(leaves(en));
  const spanish = new Map(leaves(es));

  it('has every key the English has, of the same kind, and no other (the type-check says so too)', () => {
    assert.deepEqual([...spanish.keys()].sort(), [...english.keys()].sort());
    for (const [path, value] of english) {
      const other = spanish.get(path);
      assert.equal(Array.isArray(other), Array.isArray(value), path);
      assert.equal(typeof other, typeof value, path);
      if (typeof value === 'function')
        assert.equal((other as () => unknown).length, value.length, `${path}: arity`);
    }
  });

  it('writes the same numbers as the English for every argument both take: placeholders and plural forms', () => {
    let compared = 0;
    const differ: string[] = [];
    for (const [path, value] of english) {
      // sortBy(column, 'ascending' | 'descending'): English prints a number sample as the direction, Spanish
      // maps the direction to words, so a number sample is no comparison there.
      if (typeof value !== 'function' || path === 'clinician.dashboard.sortBy') continue;
      const other = spanish.get(path) as (...a: unknown[]) => unknown;
      for (const args of [...samples, [0], [1], [21]]) {
        let said: unknown;
        try {
          said = (value as (...a: unknown[]) => unknown)(...args);
        } catch {
          continue;
        }
        // English printing a list sample as "a,b" took it for one value: the sample does not fit this function.
        if (typeof said !== 'string' || misfit.test(said) || said.includes('a sign,another sign')) continue;
        let dicho: unknown;
        try {
          dicho = other(...args);
        } catch {
          // A sample of the wrong type that English happened to print (a number for a text): not a comparison.
          continue;
        }
        assert.equal(typeof dicho, 'string', `${path}(${JSON.stringify(args)})`);
        assert.doesNotMatch(dicho as string, misfit, `${path}(${JSON.stringify(args)})`);
        if (JSON.stringify(numbersIn(dicho as string)) !== JSON.stringify(numbersIn(said)))
          differ.push(`${path}(${JSON.stringify(args).slice(1, -1)}):\n  en: ${said}\n  es: ${dicho}`);
        compared += 1;
      }
    }
    assert.deepEqual(differ, []);
    assert.ok(compared > 300, `${compared} calls compared`);
  });

  it('catches a Spanish text that drops a number the English states', () => {
    assert.notDeepEqual(numbersIn('Han pasado semanas.'), numbersIn('It has been 2 weeks.'));
  });
});

describe('words that change with the language go through Intl, or are written out', () => {
  const both = [
    ['en', en],
    ['es', es],
  ] as const;

  it('joins lists, writes decimals and says how long ago in the language', () => {
    assert.equal(listOf(['a', 'b', 'c'], 'en'), 'a, b and c');
    assert.equal(listOf(['a', 'b', 'c'], 'es'), 'a, b y c');
    assert.equal(listOf(['a', 'b'], 'es', 'disjunction'), 'a o b');
    assert.equal(decimalOf(4.5, 'en'), '4.5');
    assert.equal(decimalOf(4.5, 'es'), '4,5');
    assert.equal(decimalOf(4.46, 'es'), '4,5');
    assert.equal(decimalOf(4, 'es'), '4');
    assert.deepEqual(
      [0, 1, 2, 3].map((d) => daysAgoOf(d, 'en')),
      ['today', 'yesterday', '2 days ago', '3 days ago'],
    );
    assert.deepEqual(
      [0, 1, 2, 3].map((d) => daysAgoOf(d, 'es')),
      ['hoy', 'ayer', 'hace 2 días', 'hace 3 días'],
    );
  });

  it("gives the terminal each result's title in capitals, written out, the same words as the title", () => {
    for (const [lang, c] of both)
      for (const d of dispositions)
        assert.equal(
          c.cli.render.headline[d],
          c.dispositions[d].title.toLocaleUpperCase(lang),
          `${lang} ${d}`,
        );
  });

  it('names each emergency sign inside a sentence in lower case: its label, not changed at run time', () => {
    for (const [lang, c] of both)
      for (const code of emergencySigns) {
        const said = c.app.emergency.signInSentence[code];
        const label = c.findings[code].label;
        assert.equal(said, label.charAt(0).toLocaleLowerCase(lang) + label.slice(1), `${lang} ${code}`);
      }
  });

  it('writes an in-sentence form for every sign a "not sure" rule names in English, never a quoted label', () => {
    const rule = en.rules.unsure_urgent_sign;
    assert.equal(typeof rule, 'function');
    for (const code of new Set([...emergencySigns, ...unsureCountsSigns])) {
      const said = (rule as (p: { signs: string[] }) => string)({ signs: [code] });
      assert.doesNotMatch(said, /about: "/, code);
      assert.match(said, /^You were not sure about: \p{Ll}/u, code);
    }
  });

  it('puts the kinds, trends, feelings and triggers in lower case inside a sentence, in both languages', () => {
    for (const [lang, c] of both) {
      const a = c.app;
      const names = [
        ...Object.values(a.kind),
        ...Object.values(a.trends),
        ...Object.values(a.session.felt),
        ...Object.values(a.triggers),
      ];
      for (const name of names) {
        const inside = [
          a.diary.checkIn(name),
          a.diary.felt(name),
          a.diary.after([name]),
          a.session.feltSaved(name),
        ];
        for (const text of inside)
          assert.ok(
            text.includes(name.charAt(0).toLocaleLowerCase(lang) + name.slice(1)),
            `${lang}: ${text}`,
          );
      }
    }
  });
});
