import { ApiError } from './errors.ts';

const MAX_DEPTH = 16;
// NUL and unpaired surrogates are valid in JSON text but PostgreSQL cannot store them in text or jsonb.
// isWellFormed (ES2024, in Node 20) is false exactly when a string holds an unpaired surrogate.
const unstorable = (text: string) =>
  text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed();

/** A value waiting to be looked at, with what it is nested in; its path is spelled out only for an error. */
interface Node {
  value: unknown;
  depth: number;
  parent: Node | undefined;
  key: string;
  inArray: boolean;
}

function pathOf(node: Node | undefined): string {
  if (!node?.parent) return '';
  const above = pathOf(node.parent);
  return node.inArray ? `${above}[${node.key}]` : above ? `${above}.${node.key}` : node.key;
}

/**
 * Refuses, before any schema, what no schema here accepts and what could reach the database badly:
 * deep nesting and characters PostgreSQL rejects. Iterative, so hostile depth cannot overflow the stack.
 */
export function guardBody(body: unknown): void {
  const stack: Node[] = [{ value: body, depth: 0, parent: undefined, key: '', inArray: false }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const { value, depth } = node;
    if (typeof value === 'string') {
      if (unstorable(value)) {
        const path = pathOf(node);
        throw new ApiError(
          400,
          (words) => words.server.problems.body.brokenCharacter(path || undefined),
          path || undefined,
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw new ApiError(400, (words) => words.server.problems.body.tooDeep);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        stack.push({ value: value[i], depth: depth + 1, parent: node, key: String(i), inArray: true });
      }
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (unstorable(key)) throw new ApiError(400, (words) => words.server.problems.body.brokenFieldName);
      stack.push({
        value: (value as Record<string, unknown>)[key],
        depth: depth + 1,
        parent: node,
        key,
        inArray: false,
      });
    }
  }
}
