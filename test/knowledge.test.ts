import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { advice, topics } from '../src/core/knowledge/advice.ts';
import { dispositionSources } from '../src/core/knowledge/dispositions.ts';
import { emergencySigns, findings } from '../src/core/knowledge/findings.ts';
import { medicines } from '../src/core/knowledge/medicines.ts';
import { regime } from '../src/core/knowledge/regime.ts';
import { rules } from '../src/core/knowledge/rules.ts';
import { articleIds, sources } from '../src/core/knowledge/sources.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import type { FindingWords } from '../src/core/knowledge/text/knowledge-words.ts';
import { ruleMessage } from '../src/core/triage.ts';

const items: { id: string; sources: readonly string[] }[] = [
  ...findings.map((f) => ({ id: f.code, sources: f.sources })),
  ...rules.map((r) => ({ id: r.id, sources: r.sources })),
  ...advice,
  ...medicines,
  { id: 'regime', sources: regime.sources },
  ...Object.entries(dispositionSources).map(([id, sources]) => ({ id, sources })),
];
const ids = new Set(items.map((i) => i.id));
const sourcesDoc = readFileSync(new URL('../docs/sources.md', import.meta.url), 'utf8');

/** Every piece of text a person reads from the knowledge base, in the English catalogue. */
const texts = [
  ...advice.flatMap((a) => [en.advice[a.id].title, en.advice[a.id].text]),
  ...medicines.flatMap((m) => [en.medicines.items[m.id].name, en.medicines.items[m.id].text]),
  ...en.medicines.pharmacistQuestions,
  ...rules.map((r) => ruleMessage({ rule: r.id, params: { signs: [...emergencySigns] } }, en)),
  ...findings.flatMap((f) => {
    const w: FindingWords = en.findings[f.code];
    return [w.label, w.question, w.hint ?? '', w.choice, w.howToCheck ?? ''];
  }),
  ...Object.values(en.dispositions).flatMap((d) => [d.title, d.when, d.whom, d.meanwhile, ...d.tell]),
  ...Object.values(en.exercises.items).flatMap((e) => [e.name, e.why, ...e.steps]),
  ...en.exercises.stopRules,
  ...Object.values(en.prompts),
  en.care.sessionHowTo('ice', false),
  en.care.sessionHowTo('heat', false),
];

describe('the knowledge base', () => {
  it('cites every one of the five articles somewhere', () => {
    const cited = new Set(items.flatMap((i) => i.sources));
    for (const article of articleIds) assert.ok(cited.has(article), `${article} is cited by nothing`);
  });

  it('cites only known sources, and every item cites at least one', () => {
    for (const item of items) {
      assert.ok(item.sources.length > 0, `${item.id} has no source`);
      for (const s of item.sources) assert.ok(s in sources, `${item.id} cites unknown ${s}`);
    }
  });

  it('has a docs/sources.md section for every article', () => {
    for (const article of articleIds) assert.match(sourcesDoc, new RegExp(`## ${article}`));
  });

  it('names in docs/sources.md only knowledge items that exist', () => {
    const named = [...sourcesDoc.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1] as string);
    const unknown = named.filter((n) => !ids.has(n) && n !== 'maxBedRestDays');
    assert.deepEqual(unknown, []);
    assert.ok(named.length > 50);
  });

  it('gives every advice topic some advice, with unique ids', () => {
    for (const topic of topics)
      assert.ok(
        advice.some((a) => a.topic === topic),
        topic,
      );
    assert.equal(new Set(advice.map((a) => a.id)).size, advice.length);
  });

  it('never states a medicine dose', () => {
    const dose = /\b\d+(\.\d+)?\s*(mg|g|mcg|µg|ml|tablets?|capsules?|pills?|times a day)\b/i;
    for (const t of texts) assert.doesNotMatch(t, dose);
  });

  it('covers the whole treatment regime of the sources', () => {
    const all = texts.join(' ');
    for (const needle of [
      /20 minutes/,
      /every two hours/,
      /bare skin/,
      /moist heat/i,
      /heat pad/,
      /legs raised/,
      /no more than two days/,
      /Pilates/,
      /bend your knees/i,
      /potassium/,
      /warm up/i,
      /two weeks/,
    ]) {
      assert.match(all, needle);
    }
  });
});
