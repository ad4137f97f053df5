import type { z } from 'zod';
import { globalRegistry } from 'zod';
import type { CustomCheck, FieldsWords, HintId, UnknownId } from './knowledge/text/fields-words.ts';

/**
 * What a schema says about a field, carried on the schema itself with `.meta(...)`: `hint` is the id of
 * what to write there (`hintArgs` the numbers its words name); `secret` means the value is never quoted
 * back; `unknown` replaces "must be" for a value from a fixed list that is not on it. The words are in
 * the catalogue's `fields` section.
 */
export interface FieldMeta {
  hint?: HintId;
  hintArgs?: readonly (number | string)[];
  secret?: boolean;
  unknown?: UnknownId;
}

declare module 'zod' {
  /** A schema's meta is typed, so a hint that is not a catalogue id fails the type-check. */
  interface GlobalMeta extends FieldMeta {}
}

/** The params of a custom issue the core raises: `ctx.addIssue({ code: 'custom', params: check(...) })`. */
export const check = (c: CustomCheck): CustomCheck => c;

/** A check's words, by the id its issue carries. */
function checkWords(c: CustomCheck, words: FieldsWords): string {
  switch (c.id) {
    case 'beforeOnset':
      return words.checks.beforeOnset(c.onset);
    case 'shortDay':
      return words.checks.shortDay(c.minutes);
    case 'outsideWindow':
      return words.checks.outsideWindow(c.from, c.to);
    case 'afterToday':
      return words.checks.afterToday(c.latest);
    case 'outsideEpisode':
      return words.checks.outsideEpisode(c.onset, c.from, c.to);
    default:
      return words.checks[c.id];
  }
}

function hintWords(meta: FieldMeta, words: FieldsWords): string | undefined {
  if (!meta.hint) return undefined;
  const h = words.hints[meta.hint];
  return typeof h === 'string'
    ? h
    : (h as (...args: (number | string)[]) => string)(...(meta.hintArgs ?? []));
}

export interface FieldError {
  /** The path of the field, as a person would write it: `age`, `findings[2]`. */
  field: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The field named when the fault is the whole input (not an object, say) rather than one field of it. */
export const WHOLE_INPUT = '(the case)';

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || WHOLE_INPUT;
}

/** A short quotation of what the person gave, for error messages. */
export function describeValue(value: unknown, words: FieldsWords): string {
  if (value === undefined) return words.nothing;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The value at a zod issue's path inside the input, if there is one. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
};

/** The meta of every wrapper around one schema (optional, default, pipe...), outermost first, merged. */
function metaOf(schema: z.ZodType | undefined): { meta: FieldMeta; core: z.ZodType | undefined } {
  const meta: FieldMeta = {};
  let s = schema;
  while (s) {
    Object.assign(meta, { ...(globalRegistry.get(s) as FieldMeta | undefined), ...meta });
    const def = (s as unknown as { _zod: { def: Def } })._zod.def;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    s = next;
  }
  return { meta, core: s };
}

/** Follows an issue's path through the schema to the field's own meta. */
export function metaAt(schema: z.ZodType, path: readonly PropertyKey[]): FieldMeta {
  let { meta, core } = metaOf(schema);
  for (const key of path) {
    const def = core ? (core as unknown as { _zod: { def: Def } })._zod.def : undefined;
    const child = typeof key === 'number' ? def?.element : def?.shape?.[String(key)];
    ({ meta, core } = metaOf(child));
    if (!core) return {};
  }
  return meta;
}

const boundOrigin = (origin: string) => (origin === 'string' || origin === 'array' ? origin : 'number');

/** What the schema wanted, in words, for the common kinds of zod issue, when no hint says it better. */
function wanted(issue: z.core.$ZodIssue, words: FieldsWords): string {
  switch (issue.code) {
    case 'too_big':
      return words.atMost(String(issue.maximum), boundOrigin(issue.origin));
    case 'too_small':
      return words.atLeast(String(issue.minimum), boundOrigin(issue.origin));
    case 'invalid_type':
      return words.mustBe(words.type(issue.expected));
    case 'invalid_format':
      return issue.format === 'uuid'
        ? words.uuid
        : issue.format === 'datetime'
          ? words.instant
          : words.format(issue.format);
    case 'invalid_value':
      return issue.values.length === 1
        ? words.onlyValue(JSON.stringify(issue.values[0]))
        : words.oneOf(issue.values.map((v) => JSON.stringify(v)));
    case 'custom':
      return customWords(issue, words);
    default:
      return words.notValid(issue.message);
  }
}

/** A custom issue's words: the core's checks carry their id in `params`; any other keeps zod's message. */
function customWords(issue: z.core.$ZodIssueCustom, words: FieldsWords): string {
  const c = issue.params as CustomCheck | undefined;
  return c?.id ? checkWords(c, words) : words.notValid(issue.message);
}

/**
 * The one translation from zod issues to messages a person can act on, each naming its field, saying
 * what to write (the hint on the schema when there is one) and quoting what was given (unless secret).
 * `whole` is the message when the input is not an object at all.
 */
export function fieldErrors(
  schema: z.ZodType,
  error: z.ZodError,
  input: unknown,
  whole: (input: unknown) => string,
  words: FieldsWords,
): FieldError[] {
  const notObject = input === null || typeof input !== 'object' || Array.isArray(input);
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    if (issue.path.length === 0 || notObject) return { field, message: whole(input) };
    const meta = metaAt(schema, issue.path);
    const hint = hintWords(meta, words);
    const got = valueAt(input, issue.path);
    if (meta.secret) return { field, message: words.secret(field, hint) };
    if (got === undefined && issue.code === 'invalid_type') {
      return { field, message: words.required(field, hint ?? words.type(issue.expected)) };
    }
    if (meta.unknown && issue.code === 'invalid_value') {
      return {
        field,
        message: words.unknownValue(field, describeValue(got, words), words.unknowns[meta.unknown]),
      };
    }
    if (issue.code === 'custom') {
      const said = customWords(issue, words);
      return {
        field,
        message: hint
          ? words.checkWithHint(field, said, hint)
          : words.checkGot(field, said, describeValue(got, words)),
      };
    }
    return {
      field,
      message: hint
        ? words.hintGot(field, hint, describeValue(got, words))
        : words.wantedGot(field, wanted(issue, words), describeValue(got, words)),
    };
  });
}
