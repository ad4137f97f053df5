import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseDays, parseCase } from '../src/core/case.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';

const valid = { age: 34, onset: '2026-11-20', asOf: '2026-11-21' };

function errorFor(input: unknown): { field: string; message: string } {
  const r = parseCase(input, en.fields);
  assert.equal(r.ok, false, `expected ${JSON.stringify(input)} to be refused`);
  if (r.ok) throw new Error('unreachable');
  const first = r.errors[0];
  assert.ok(first);
  return first;
}

describe('the case schema', () => {
  it('accepts the contract example and drops unknown fields', () => {
    const r = parseCase(
      { ...valid, painNow: 7, trend: 'better', findings: ['lifting_trigger'], extra: 1 },
      en.fields,
    );
    assert.equal(r.ok, true);
    if (r.ok) assert.equal('extra' in r.value, false);
  });

  it('allows duplicate findings', () => {
    assert.equal(parseCase({ ...valid, findings: ['fever', 'fever'] }, en.fields).ok, true);
  });

  it('names a missing required field and says what to give', () => {
    for (const field of ['age', 'onset', 'asOf'] as const) {
      const { [field]: _, ...rest } = valid;
      const e = errorFor(rest);
      assert.equal(e.field, field);
      assert.match(e.message, new RegExp(`^${field} is required: give `));
    }
  });

  it('names the field for wrong types and out-of-range values', () => {
    assert.equal(errorFor({ ...valid, age: '34' }).field, 'age');
    assert.equal(errorFor({ ...valid, age: 121 }).field, 'age');
    assert.equal(errorFor({ ...valid, age: -1 }).field, 'age');
    assert.equal(errorFor({ ...valid, age: 3.5 }).field, 'age');
    assert.equal(errorFor({ ...valid, painNow: 11 }).field, 'painNow');
    assert.equal(errorFor({ ...valid, painNow: null }).field, 'painNow');
    assert.equal(errorFor({ ...valid, trend: 'improving' }).field, 'trend');
    assert.equal(errorFor({ ...valid, findings: 'fever' }).field, 'findings');
    assert.equal(errorFor({ ...valid, wakeTime: '7am' }).field, 'wakeTime');
  });

  it('refuses impossible dates and an assessment before onset', () => {
    assert.match(errorFor({ ...valid, onset: '2026-02-30' }).message, /^onset is not a real calendar date/);
    const before = errorFor({ ...valid, asOf: '2026-11-19' });
    assert.equal(before.field, 'asOf');
    assert.match(before.message, /before onset \(2026-11-20\)/);
  });

  it('points at the unknown finding code by position', () => {
    const e = errorFor({ ...valid, findings: ['fever', 'back_ache'] });
    assert.equal(e.field, 'findings[1]');
    assert.match(e.message, /"back_ache" is not a known finding code/);
  });

  it('refuses a waking day too short for one session', () => {
    assert.equal(errorFor({ ...valid, wakeTime: '22:00', sleepTime: '07:00' }).field, 'sleepTime');
  });

  it('refuses non-objects with a message about the whole case', () => {
    assert.match(errorFor([1, 2]).message, /must be a JSON object/);
    assert.match(errorFor(null).message, /must be a JSON object/);
  });

  it('counts days as plain calendar days from onset', () => {
    assert.equal(caseDays({ onset: '2026-02-28', asOf: '2026-03-01' }), 1);
    assert.equal(caseDays({ onset: '2028-02-28', asOf: '2028-03-01' }), 2);
  });
});
