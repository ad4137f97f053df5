import { ApiError } from './errors.ts';

const MAX_DEPTH = 16;
// NUL and unpaired surrogates are valid in JSON text but PostgreSQL cannot store them in text or jsonb.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * Refuses, before any schema, what no schema here accepts and what could reach the database badly:
 * deep nesting and characters PostgreSQL rejects. Iterative, so hostile depth cannot overflow the stack.
 */
export function guardBody(body: unknown): void {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: body, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (typeof value === 'string') {
      if (unstorable(value)) {
        throw new ApiError(
          400,
          `${path || 'the body'} contains a NUL or broken Unicode character: remove it`,
          path || undefined,
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH)
      throw new ApiError(400, 'the body is nested too deeply: send the documented shape');
    for (const [key, child] of Object.entries(value)) {
      if (unstorable(key)) throw new ApiError(400, 'a field name contains a NUL or broken Unicode character');
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      stack.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
}
