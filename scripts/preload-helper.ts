import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * A smaller stand-in for Vite's preload helper, which wraps every dynamic import (`__vitePreload(load, deps)`)
 * and sits in the entry chunk, so in the first screen's download. With the build's resolveDependencies a lazy
 * import's deps are only its stylesheets: this links each once (same order, no duplicates) and imports the
 * module once they have loaded or failed, as Vite's does, in a tenth of its bytes. Vite's own would also
 * preload JavaScript and report failures as `vite:preloadError` events, neither of which the app uses.
 */
export function smallPreloadHelper(base = '/'): Plugin {
  const code = `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all(
    (deps || []).map(
      (dep) =>
        (seen[dep] ??= new Promise((done) => {
          const href = ${JSON.stringify(base)} + dep;
          if ([...document.styleSheets].some((s) => s.href && new URL(s.href).pathname === href)) return done();
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = link.onerror = () => done();
          document.head.append(link);
        })),
    ),
  ).then(() => load());
`;
  return {
    name: 'unknot:small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(id) {
        return id === HELPER ? code : null;
      },
    },
  };
}
