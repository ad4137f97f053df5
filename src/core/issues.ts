import type { z } from 'zod';
import { globalRegistry } from 'zod';

/**
 * What a schema says about a field, carried on the schema itself with `.meta(...)`: `hint` is what to
 * write there; `secret` means the value is never quoted back; `unknown` replaces "must be" for a value
 * from a fixed list that is not on it.
 */
export interface FieldMeta {
  hint?: string;
  secret?: boolean;
  unknown?: string;
}

export interface FieldError {
  /** The path of the field, as a person would write it: `age`, `findings[2]`. */
  field: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(the case)';
}

/** A short quotation of what the person gave, for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
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

const typeWords = (expected: string) => (expected === 'array' ? 'a list' : `a ${expected}`);

/** A size limit in words: characters for text, items for a list, the number itself otherwise. */
function bound(which: string, n: number | bigint, origin: string): string {
  if (origin === 'string') return `must be ${which} ${n} characters long`;
  if (origin === 'array') return `must hold ${which} ${n} items`;
  return `must be ${which} ${n}`;
}

/** What the schema wanted, in words, for the common kinds of zod issue, when no hint says it better. */
function wanted(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return bound('at most', issue.maximum, issue.origin);
    case 'too_small':
      return bound('at least', issue.minimum, issue.origin);
    case 'invalid_type':
      return `must be ${typeWords(issue.expected)}`;
    case 'invalid_format':
      return issue.format === 'uuid'
        ? 'must be a UUID made by the device'
        : issue.format === 'datetime'
          ? 'must be an instant with its offset, such as 2026-11-21T09:30:00Z'
          : `must be in ${issue.format} format`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])} or left out`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return `is not valid: ${issue.message}`;
  }
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
): FieldError[] {
  const notObject = input === null || typeof input !== 'object' || Array.isArray(input);
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    if (issue.path.length === 0 || notObject) return { field, message: whole(input) };
    const { hint, secret, unknown } = metaAt(schema, issue.path);
    const got = valueAt(input, issue.path);
    if (secret) return { field, message: `${field} must be ${hint ?? 'given'}` };
    if (got === undefined && issue.code === 'invalid_type') {
      return { field, message: `${field} is required: give ${hint ?? typeWords(issue.expected)}` };
    }
    if (unknown && issue.code === 'invalid_value') {
      return { field, message: `${field} ${describeValue(got)} ${unknown}` };
    }
    if (issue.code === 'custom') {
      return {
        field,
        message: hint
          ? `${field} ${issue.message}: give ${hint}`
          : `${field} ${issue.message} (got ${describeValue(got)})`,
      };
    }
    return {
      field,
      message: hint
        ? `${field} must be ${hint} (got ${describeValue(got)})`
        : `${field} ${wanted(issue)} (got ${describeValue(got)})`,
    };
  });
}
