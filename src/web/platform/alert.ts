import { settings } from '../store/state.ts';

let audio: AudioContext | undefined;

/**
 * Made while the person taps Start: browsers let a page play sound only from a context a tap created or
 * resumed, so the end of a session can sound later without another tap.
 */
export function primeSound(): void {
  if (settings.value.sound === false || typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  void audio.resume().catch(() => undefined);
}

/** A generated tone (no file to fetch): 'end' is three rising notes, 'tick' one short note. */
export function chime(kind: 'end' | 'tick'): void {
  if (settings.value.sound === false || typeof AudioContext === 'undefined') return;
  try {
    audio ??= new AudioContext();
    void audio.resume().catch(() => undefined);
    const at = audio.currentTime;
    const notes = kind === 'end' ? [660, 880, 990] : [880];
    notes.forEach((hz, i) => {
      const ctx = audio as AudioContext;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = hz;
      const start = at + i * 0.25;
      const length = kind === 'end' ? 0.22 : 0.12;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + length + 0.02);
    });
  } catch {
    // No audio output: the screen and the live region still say it.
  }
}

export function buzz(): void {
  if (settings.value.vibrate === false || typeof navigator.vibrate !== 'function') return;
  navigator.vibrate([300, 150, 300, 150, 300]);
}

let lock: WakeLockSentinel | undefined;

/** Keeps the screen on while a session runs, where the browser allows; the browser drops it when hidden. */
export async function keepAwake(): Promise<void> {
  if (!('wakeLock' in navigator) || document.visibilityState !== 'visible' || (lock && !lock.released))
    return;
  try {
    lock = await navigator.wakeLock.request('screen');
  } catch {
    // Refused (battery saver, no permission): the session runs the same, the screen may dim.
  }
}

export function letSleep(): void {
  void lock?.release().catch(() => undefined);
  lock = undefined;
}
