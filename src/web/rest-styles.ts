import href from './styles.css?url';

let loading: Promise<void> | undefined;

/**
 * The styles beyond the first screen's (critical.css is inlined into index.html): main.tsx asks for them after
 * the first paint, and every lazy screen waits for them before it shows, so no screen appears unstyled. A
 * failed load still resolves: the screen shows with the first screen's styles rather than not at all.
 */
export function restStyles(): Promise<void> {
  loading ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return loading;
}
