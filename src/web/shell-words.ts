import { appShellWords } from '#shell-words';

/** The words of the first screen and the frame: apart from `words.ts` so the first download stays small. */
export const shellWords = appShellWords;
