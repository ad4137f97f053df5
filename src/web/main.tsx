import { render } from 'preact';
import { App } from './app.tsx';
import { inRightLanguage, markReady } from './language.ts';
import { restStyles } from './rest-styles.ts';
import { shellWords } from './shell-words.ts';
import { keptAccount } from './store/account.ts';
import { load } from './store/state.ts';

function start(): void {
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
      const base = import.meta.env.BASE_URL;
      // Once this language's own worker is active, its app is kept for offline use: it may then be opened
      // without a connection (another language's worker may be the one `ready` names, so not that).
      void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then((registration) => {
        // A browser that blocks service workers (as the browser tests' profiles do) may resolve with nothing.
        if (!registration) return;
        if (registration.active) return markReady();
        const worker = registration.installing ?? registration.waiting;
        worker?.addEventListener('statechange', () => worker.state === 'activated' && markReady());
      });
    });
  }
}

// A person whose language is another build's is sent there before anything renders.
if (inRightLanguage()) start();
