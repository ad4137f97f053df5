import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiProblem } from '../src/web/api.ts';

describe("a refusal's words as a screen shows them", () => {
  it('leaves out the field name the API puts first for a program, and keeps the field to mark', () => {
    const p = new ApiProblem(
      400,
      'code: this share code is not valid; it may have expired or been used already: ask your patient for a new one',
      'code',
    );
    assert.equal(
      p.said,
      'This share code is not valid; it may have expired or been used already: ask your patient for a new one',
    );
    assert.equal(p.field, 'code');
    assert.match(p.message, /^code: /, 'the message itself stays as the API sent it');
  });
  it('says a message without a field, or one that does not start with its field, as it came', () => {
    assert.equal(
      new ApiProblem(429, 'too many open share codes: wait').said,
      'too many open share codes: wait',
    );
    assert.equal(new ApiProblem(400, 'give "code"', 'code').said, 'give "code"');
  });
});
