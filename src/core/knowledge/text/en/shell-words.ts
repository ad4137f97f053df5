import type { Language } from '../languages.ts';

/**
 * What the first screen needs of the catalogue, alone: `#shell-words` (package.json "imports", vite.config.ts)
 * names this file. Not `#words`: that one re-exports the whole catalogue, and the first screen's chunk would take
 * in everything its modules import (bench/web/budget.ts).
 */
export const language: Language = 'en';
export { enAppShell as appShellWords } from './app-shell.ts';
