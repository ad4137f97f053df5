// A node:test reporter that writes one JSON line per test file, { file, ms, ok }: the file's whole run, its
// process start and imports included. scripts/test.mjs passes it beside the spec reporter and prints the
// slowest files at the end, so CI shows where the time goes.
import { relative } from 'node:path';

export default async function* fileTimes(source) {
  for await (const { type, data } of source) {
    // The runner reports each file as a test named by its path, completed when its process has ended.
    if (type !== 'test:complete' || data.nesting !== 0 || !data.file || data.name !== data.file) continue;
    const ms = Math.round(data.details?.duration_ms ?? 0);
    yield `${JSON.stringify({ file: relative(process.cwd(), data.file), ms, ok: data.details?.passed === true })}\n`;
  }
}
