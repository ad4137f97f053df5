import { render } from 'preact';
import { App } from './app.tsx';
import { restStyles } from './rest-styles.ts';
import { shellWords } from './shell-words.ts';
import { keptAccount } from './store/account.ts';
import { load } from './store/state.ts';

const root = document.getElementById('app');
// A task of its own, after the modules' evaluation: two shorter tasks keep the page responsive (total blocking
// time) where one long one would not; the page shows index.html's own line meanwhile.
setTimeout(() => {
  if (!root) return;
  root.textContent = '';
  render(<App />, root);
});
// The first screen's styles are inline in index.html; the rest load once that screen is painted.
requestAnimationFrame(() => setTimeout(restStyles));

load().then(
  async () => {
    // Sync is optional: its code loads only on a device that has signed in, and only after the first screen.
    if (await keptAccount()) await (await import('./sync/account.ts')).resume();
  },
  () => {
    if (root) root.textContent = shellWords.shell.storageFailed;
  },
);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js', { scope: '/' });
  });
}
