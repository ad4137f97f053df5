import type { FunctionComponent, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { restStyles } from '../rest-styles.ts';
import { shellWords } from '../shell-words.ts';

const w = shellWords.shell;

type Loader<P> = () => Promise<{ default: FunctionComponent<P> }>;

/**
 * Loads a screen's code the first time it is shown: only the start screen is in the first download. The
 * screen shows once its code, the rest of the styles (styles.css) and the signals' component tracking have
 * all arrived.
 */
export function lazy<P extends object>(
  load: Loader<P>,
  fallback: VNode | null = <p class="muted">{w.loading}</p>,
): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  return function Lazy(props: P) {
    const [C, setC] = useState<FunctionComponent<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      // @preact/signals (a screen re-renders when a signal it read changes) before any lazy screen renders.
      Promise.all([load(), restStyles(), import('@preact/signals')]).then(
        ([m]) => {
          loaded = m.default;
          setC(() => m.default);
        },
        () => setFailed(true),
      );
    }, []);
    if (failed) return <p role="alert">{w.loadFailed}</p>;
    if (!C) return fallback;
    return <C {...props} />;
  };
}
