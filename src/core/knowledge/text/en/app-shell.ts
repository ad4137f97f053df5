import type { AppShellKey, AppWords } from '../app-words.ts';
import { plural } from '../plural.ts';

/**
 * The words of the first screen and the frame around every screen, apart so the first download stays small
 * (bench/web/budget.ts): only what the welcome screen and the frame show belongs here.
 */
export const enAppShell: Pick<AppWords, AppShellKey> = {
  shell: {
    skip: 'Skip to content',
    emergency: (number) => `Emergency ${number}`,
    opening: 'Opening your data…',
    mainNav: 'Main',
    tabs: { today: 'Today', diary: 'Diary', progress: 'Progress', exercises: 'Exercises', more: 'More' },
    storageFailed: 'Unknot could not open its storage on this device. Private browsing can block it.',
    loading: 'Loading…',
    loadFailed: 'This part of the app could not load. Check your connection and reload.',
  },
  welcome: {
    resume: {
      title: 'Continue your check?',
      body: (n) =>
        `You stopped partway through a check, after ${n} ${plural(n, { one: 'answer', other: 'answers' }, 'en')}. Your answers are saved.`,
      go: 'Continue the check',
      again: 'Start again',
    },
    title: 'Back spasm? Let’s work out what to do',
    intro:
      'Answer a few quick questions, one at a time. Unknot tells you whether you can look after this yourself or should see someone, and how soon. Then it gives you a plan for today and the next days.',
    check: 'Check my back',
    privacy:
      'No account. Everything stays on this phone and works without a connection. Unknot does not replace a doctor.',
    already: 'Already had a check?',
    read: 'Read about back spasms',
    restore: 'Restore a backup',
  },
};
