import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { caseSchema } from '../src/core/case.ts';
import { entrySchema } from '../src/core/entry.ts';
import { caseLimits, entryLimits, withinLimits } from '../src/core/limits.ts';

const base = { age: 40, onset: '2026-11-20', asOf: '2026-11-21' };
const entry = {
  id: '00000000-0000-4000-8000-000000000001',
  episodeId: '00000000-0000-4000-8000-000000000002',
  recordedAt: '2026-11-21T08:00:00.000Z',
  date: '2026-11-21',
};

describe('the limits the forms check are the schemas own', () => {
  for (const [field, bounds] of Object.entries(caseLimits)) {
    it(`case ${field}: the schema takes ${bounds.min} to ${bounds.max} and nothing past them`, () => {
      for (const n of [bounds.min, bounds.max]) {
        assert.equal(caseSchema.safeParse({ ...base, [field]: n }).success, true, `${n}`);
        assert.equal(withinLimits(n, bounds), true);
      }
      for (const n of [bounds.min - 1, bounds.max + 1, bounds.min + 0.5]) {
        assert.equal(caseSchema.safeParse({ ...base, [field]: n }).success, false, `${n}`);
        assert.equal(withinLimits(n, bounds), false);
      }
    });
  }

  for (const field of ['pain', 'spasms', 'minutes'] as const) {
    const bounds = entryLimits[field];
    it(`entry ${field}: the schema takes ${bounds.min} to ${bounds.max} and nothing past them`, () => {
      for (const n of [bounds.min, bounds.max])
        assert.equal(entrySchema.safeParse({ ...entry, [field]: n }).success, true, `${n}`);
      for (const n of [bounds.min - 1, bounds.max + 1])
        assert.equal(entrySchema.safeParse({ ...entry, [field]: n }).success, false, `${n}`);
    });
  }

  it(`entry note: the schema takes ${entryLimits.noteLength} characters and not one more`, () => {
    const note = 'a'.repeat(entryLimits.noteLength);
    assert.equal(entrySchema.safeParse({ ...entry, note }).success, true);
    assert.equal(entrySchema.safeParse({ ...entry, note: `${note}a` }).success, false);
  });

  it(`entry medicines: the schema takes ${entryLimits.medicines.max} names of ${entryLimits.medicines.nameLength} characters and not one more`, () => {
    const { max, nameLength } = entryLimits.medicines;
    const names = Array.from({ length: max }, (_, i) => `${i}`.padEnd(nameLength, 'a'));
    assert.equal(entrySchema.safeParse({ ...entry, medicines: names }).success, true);
    assert.equal(entrySchema.safeParse({ ...entry, medicines: [...names, 'b'] }).success, false);
    assert.equal(entrySchema.safeParse({ ...entry, medicines: [`${names[0]}a`] }).success, false);
  });

  it('no check screen, CLI prompt or form copies a bound as a literal comparison', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
      });
    const bounds = new Set<number>(
      [...Object.values(caseLimits), ...[entryLimits.pain, entryLimits.spasms, entryLimits.minutes]].flatMap(
        (b) => [b.min, b.max],
      ),
    );
    bounds.add(entryLimits.noteLength);
    const offenders: string[] = [];
    for (const f of [...files('src/web'), ...files('src/cli')]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\b\w+(?:\.length)?\s*[<>]=?\s*(\d+)\b/g)) {
        const n = Number(m[1]);
        // 0 and 1 bound every count ("none", "more than one"), not a field's limit.
        if (n > 1 && bounds.has(n)) offenders.push(`${relative('src', f)}: ${m[0]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
