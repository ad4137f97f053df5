/** Placeholder until helper 9D's AppWords (the web app's words) lands; 9D replaces this file. */
export type AppWords = Record<string, never>;
