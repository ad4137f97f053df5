import type { AppWords } from '../app-words.ts';

/** Placeholder until helper 9D's enApp lands; 9D replaces this file. */
export const enApp: AppWords = {};
