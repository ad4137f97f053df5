import { signal } from '@preact/signals-core';

/** The text of the app's polite live region: saves, timer ends and other changes a screen reader should hear. */
export const announcement = signal('');

export function announce(text: string): void {
  // Clearing first makes the same message heard twice in a row.
  announcement.value = '';
  queueMicrotask(() => {
    announcement.value = text;
  });
}
