// The browser files in one process: every e2e/*.test.ts, imported one after the other, sharing one Chromium and
// one app server (appForSuite() in e2e/app.ts); each test opens its own browser context, so no profile, storage or
// cookie is shared. Files that need a server of their own (e2e/clinician.test.ts: PostgreSQL and the operator's
// database handle) start it and borrow the lane's Chromium. `npm test` and `npm run test:e2e` run this file;
// `node --import tsx --test e2e/x.test.ts` still runs one file with its own browser and server.
// The files of scripts/browser-beside-files.json run in the other lane instead (e2e/browser-beside.suite.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shareOneBrowserAndServer } from './app.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const beside: string[] = JSON.parse(
  readFileSync(new URL('../scripts/browser-beside-files.json', import.meta.url), 'utf8'),
);
export const browserFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts') && !beside.includes(`e2e/${f}`))
  .sort();

shareOneBrowserAndServer();
for (const file of browserFiles) await import(`./${file}`);
