import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardBody } from '../src/server/body-guard.ts';
import { ApiError } from '../src/server/errors.ts';

function refusal(body: unknown): ApiError {
  try {
    guardBody(body);
  } catch (error) {
    assert.ok(error instanceof ApiError);
    return error;
  }
  assert.fail('the body was accepted');
}

test('a NUL or an unpaired surrogate is refused, naming the field', () => {
  const entries = [{ note: 'fine' }, { note: 'fine' }, { note: 'fine' }, { note: 'bad \ud800 here' }];
  const e = refusal({ entries });
  assert.equal(e.status, 400);
  assert.equal(e.field, 'entries[3].note');
  assert.match(e.message, /^entries\[3\]\.note contains a NUL or broken Unicode character/);
  assert.equal(refusal({ a: { b: 'x\u0000y' } }).field, 'a.b');
  assert.equal(refusal(['\udc00']).field, '[0]');
  const top = refusal('\u0000');
  assert.equal(top.field, undefined);
  assert.match(top.message, /^the body contains/);
});

test('a field name with a NUL or an unpaired surrogate is refused', () => {
  assert.match(refusal({ 'a\u0000': 1 }).message, /field name/);
  assert.match(refusal({ ok: { '\udbff': 1 } }).message, /field name/);
});

test('deep nesting is refused; paired surrogates and ordinary bodies pass', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 20; i++) deep = [deep];
  assert.match(refusal(deep).message, /nested too deeply/);
  guardBody({ note: 'emoji 😀 and \ud83d\ude00', list: [1, null, true, 'x'], nested: { a: [{ b: 'c' }] } });
});
