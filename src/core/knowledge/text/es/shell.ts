import type { Language } from '../languages.ts';

/**
 * What the first screen needs of this language: its code and the shell's words (`#words/shell`, package.json
 * "imports"), apart from `words.ts` so the first download carries no other section.
 */
export const language: Language = 'es';
export { esAppShell as appShellWords } from './app-shell.ts';
