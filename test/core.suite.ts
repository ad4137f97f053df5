// The core suite in one process: every test/*.test.ts but server-*, imported one after the other, so the
// clinical core, the CLI and the web app's pure modules are loaded (and tsx started) once, not once a file.
// `npm test` and `npm run test:core` run this file; `node --import tsx --test test/x.test.ts` still runs one.
// A file's top-level tests run in the order the files are imported (by name), each file's as written.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
/** The core test files: what scripts/test.mjs calls the core suite. */
export const coreFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith('server-'))
  .sort();

for (const file of coreFiles) await import(`./${file}`);
