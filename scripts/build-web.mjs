// Builds the web app once per language (vite.config.ts): English into dist/web first (its build empties the
// folder), then each other language into dist/web/<language>. One process, so Vite starts once.
// `npm run build:web`, `npm start --build` (src/server/build-web.ts) and the test runner all build through here.
import { build } from 'vite';

const at = process.argv.indexOf('--logLevel');
const logLevel = at === -1 ? undefined : process.argv[at + 1];
// The mode names the language; 'production' is English. Keep in step with LANGUAGES (languages.ts).
for (const mode of ['production', 'es']) await build({ mode, logLevel });
