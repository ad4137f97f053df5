import { signal } from '@preact/signals-core';

/** Hash routes ("#/diary"): any static server and the offline cache can serve them. Other hashes are in-page links. */
function read(): string {
  const h = location.hash;
  return h.startsWith('#/') ? h.slice(1) : '/';
}

export const route = signal(read());

addEventListener('hashchange', () => {
  if (location.hash === '' || location.hash.startsWith('#/')) route.value = read();
});

export function go(path: string): void {
  if (read() === path) route.value = path;
  else location.hash = `#${path}`;
}
