import { signal } from '@preact/signals-core';
import { announce } from './announce.ts';

/** A visible message after a change to the person's data, with an undo when the change can be taken back. */
export interface Toast {
  id: number;
  text: string;
  undo?: () => Promise<unknown>;
}

export const toast = signal<Toast | undefined>(undefined);

/** How long a message stays on screen while the pointer and the focus are elsewhere. */
export const TOAST_MS = 8000;

let last = 0;

/** Shows the message and says it in the live region; it never takes the focus. */
export function notice(text: string, undo?: () => Promise<unknown>): void {
  last += 1;
  toast.value = undo ? { id: last, text, undo } : { id: last, text };
  announce(text);
}
