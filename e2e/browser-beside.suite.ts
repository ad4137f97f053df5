// The browser files that run in the other lane, after the core and server suites (scripts/test.mjs), so the two
// lanes of `npm test` end about together: the files named in scripts/browser-beside-files.json, sharing a
// Chromium and an app server of their own as e2e/browser.suite.ts's files share theirs.
import { readFileSync } from 'node:fs';
import { shareOneBrowserAndServer } from './app.ts';

const beside: string[] = JSON.parse(
  readFileSync(new URL('../scripts/browser-beside-files.json', import.meta.url), 'utf8'),
);

shareOneBrowserAndServer();
for (const file of beside) await import(`../${file}`);
