// A node:test reporter that writes one JSON line per test file, { file, ms, ok }: the file's whole run, its
// process start and imports included. scripts/test.mjs passes it beside the spec reporter and prints the
// slowest files at the end, so CI shows where the time goes. A suite file that imports others (test/core.suite.ts,
// e2e/browser.suite.ts) is one process: it is reported whole, and each file it imported by the sum of that file's
// top-level tests, with `in` naming the suite (their imports and module set-up are not in their sums).
import { relative } from 'node:path';

export default async function* fileTimes(source) {
  /** Per suite process: each imported file's summed top-level tests and whether all passed. */
  const parts = new Map();
  for await (const { type, data } of source) {
    if (type !== 'test:complete' || data.nesting !== 0 || !data.file) continue;
    const file = relative(process.cwd(), data.file);
    const ms = data.details?.duration_ms ?? 0;
    const ok = data.details?.passed === true;
    // The runner reports each file as a test named by its path, completed when its process has ended.
    if (data.name === data.file) {
      yield `${JSON.stringify({ file, ms: Math.round(ms), ok })}\n`;
      parts.delete(file);
      if (!file.endsWith('.suite.ts')) continue;
      for (const [part, p] of parts)
        yield `${JSON.stringify({ file: part, ms: Math.round(p.ms), ok: p.ok, in: file })}\n`;
      parts.clear();
      continue;
    }
    const p = parts.get(file) ?? { ms: 0, ok: true };
    p.ms += ms;
    p.ok &&= ok || data.details?.skipped === true;
    parts.set(file, p);
  }
}
