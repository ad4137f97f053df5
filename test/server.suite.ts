// The server suite in one process: every test/server-*.test.ts but the attack files (scripts/attack-files.json,
// `npm run test:attack`, which run alone), imported one after the other, so Fastify, the database drivers and
// PGlite's WebAssembly are loaded once, not once a file. Each file still starts and stops its own servers and
// databases. `npm test` and `npm run test:server` run this file; `node --import tsx --test test/x.test.ts` runs one.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const attack: string[] = JSON.parse(
  readFileSync(new URL('../scripts/attack-files.json', import.meta.url), 'utf8'),
);
export const serverFiles = readdirSync(dir)
  .filter((f) => f.startsWith('server-') && f.endsWith('.test.ts') && !attack.includes(`test/${f}`))
  .sort();

for (const file of serverFiles) await import(`./${file}`);
