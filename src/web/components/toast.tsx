import { useEffect, useRef, useState } from 'preact/hooks';
import { notice, TOAST_MS, toast } from '../toast.ts';
import { words } from '../words.ts';

const w = words.toast;

/**
 * The message after a change, with Undo. The live region speaks it (announce), so this box is not a second
 * live region; it stays TOAST_MS and waits while the pointer is over it or the focus is in it.
 */
export function ToastView() {
  const t = toast.value;
  const [busy, setBusy] = useState(false);
  const close = useRef<HTMLButtonElement>(null);
  const undone = useRef(false);
  // Held and the countdown are refs changed in the event handlers themselves, so a pointer or focus that
  // arrives stops the countdown at once, not after the next paint.
  const held = useRef(false);
  const countdown = useRef<ReturnType<typeof setTimeout>>(undefined);
  const arm = () => {
    clearTimeout(countdown.current);
    const shown = toast.value;
    countdown.current = setTimeout(() => {
      if (toast.value === shown) toast.value = undefined;
    }, TOAST_MS);
  };
  const hold = () => {
    held.current = true;
    clearTimeout(countdown.current);
  };
  const release = () => {
    held.current = false;
    arm();
  };

  useEffect(() => {
    if (!t) return;
    if (!held.current) arm();
    return () => clearTimeout(countdown.current);
  }, [t]);

  useEffect(() => {
    // After Undo the button is gone: the focus goes to Close in the same box, not back to the page top.
    if (undone.current) {
      undone.current = false;
      close.current?.focus();
    }
  }, [t]);

  if (!t) return null;
  const undo = t.undo;
  return (
    <section
      class="toast"
      aria-labelledby="toast-text"
      onMouseEnter={hold}
      onMouseLeave={release}
      onFocusIn={hold}
      onFocusOut={release}
    >
      <p id="toast-text">{t.text}</p>
      {undo && (
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await undo();
              undone.current = true;
              notice(w.undone);
            } catch {
              notice(w.undoFailed);
            } finally {
              setBusy(false);
            }
          }}
        >
          {w.undo}
        </button>
      )}
      <button
        ref={close}
        type="button"
        aria-label={w.closeLabel}
        onClick={() => {
          held.current = false;
          toast.value = undefined;
        }}
      >
        ×
      </button>
    </section>
  );
}
