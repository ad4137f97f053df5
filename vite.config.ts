import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineCriticalCss } from './scripts/inline-critical-css.ts';
import { pageWords } from './scripts/page-words.ts';
import { precompressPlugin } from './scripts/precompress.ts';
import { smallPreloadHelper } from './scripts/preload-helper.ts';
import { everyCatalogue } from './src/core/knowledge/text/every.ts';
import { type Language, languageOf } from './src/core/knowledge/text/languages.ts';

/** The modules the entry imports (bench/web/budget.ts counts their chunk as the first screen). */
const BOOT =
  /[\\/](?:node_modules[\\/](?:preact|@preact[\\/]signals-core)[\\/]|src[\\/]web[\\/](?:store[\\/](?:state|db)|announce|shell-words|language)\.ts$|src[\\/]core[\\/]knowledge[\\/]text[\\/](?:plural|languages|[a-z]{2}[\\/](?:app-shell|shell))\.ts$)/;

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const dist = fileURLToPath(new URL('./dist/web', import.meta.url));
const text = fileURLToPath(new URL('./src/core/knowledge/text', import.meta.url));

/**
 * One build per language (`vite build --mode es`): each holds its own language's words alone, so a person
 * downloads only theirs and the first screen's budget holds in each. English is the app at `/`; every other
 * language is a whole app of its own under `/<language>/`, with its own service worker and manifest, built
 * after English (whose build empties dist/web). The server and the app itself send a person to theirs.
 */
export default defineConfig(({ mode }) => {
  const language: Language = languageOf(mode) ?? 'en';
  const words = everyCatalogue[language];
  const base = language === 'en' ? '/' : `/${language}/`;
  const outDir = language === 'en' ? dist : `${dist}/${language}`;
  return {
    root,
    base,
    publicDir: 'public',
    resolve: {
      // Bare `zod` is zod behind the jitless switch (src/web/zod.ts), so the first screen need not load zod early.
      alias: [
        { find: /^zod$/, replacement: `${root}/zod.ts` },
        // The one place the web app's language is chosen: every module imports its words from `#words`, the
        // first screen's from `#words/shell` (so the first download carries no other section).
        { find: /^#words$/, replacement: `${text}/${language}/words.ts` },
        { find: /^#words\/shell$/, replacement: `${text}/${language}/shell.ts` },
      ],
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // No inline data: URLs for assets: the server's CSP allows only 'self'.
      assetsInlineLimit: 0,
      modulePreload: {
        polyfill: false,
        // The pages preload every module their entry imports (one round trip for the first screen). A lazy screen
        // brings only its stylesheets along: the list of every screen's modules would cost the first screen ~0.8 KB,
        // and the service worker has all of them cached after the first visit anyway.
        resolveDependencies: (_file, deps, { hostType }) =>
          hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
      },
      reportCompressedSize: false,
      // Two pages: the patient's app, and the clinician dashboard, which the patient's first screen never loads.
      rolldownOptions: {
        input: { main: `${root}/index.html`, dashboard: `${root}/clinician.html` },
        output: {
          // What the entry imports in one file rather than two (the framework, and the store with what it uses):
          // one compressed stream costs less than two, and the first screen is one request fewer.
          codeSplitting: { groups: [{ name: 'boot', test: BOOT }] },
        },
      },
    },
    plugins: [
      smallPreloadHelper(),
      VitePWA({
        // Registered by src/web/main.tsx after the first render: no injected inline script.
        injectRegister: false,
        registerType: 'autoUpdate',
        includeAssets: ['icons/icon.svg'],
        manifest: {
          name: words.app.page.manifestName,
          short_name: 'Unknot',
          description: words.app.page.manifestDescription,
          lang: language,
          start_url: base,
          scope: base,
          display: 'standalone',
          background_color: '#f7f5f0',
          theme_color: '#1f5f5b',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          ],
        },
        workbox: {
          globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
          navigateFallback: `${base}index.html`,
          // The clinician dashboard is not the patient's app: not cached for offline, never answered by it. Nor is
          // another language's app: its own service worker, under its own path, answers for it.
          globIgnores: ['clinician.html', 'assets/dashboard-*', '[a-z][a-z]/**'],
          navigateFallbackDenylist: [
            new RegExp(`^${base}clinician`),
            /^\/api\//,
            ...(language === 'en' ? [/^\/[a-z]{2}(?:\/|$)/] : []),
          ],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          importScripts: [`${base}notify-sw.js`],
          // workbox-build's own runtime: bundled into sw.js, nothing fetched from a CDN.
          inlineWorkboxRuntime: true,
          mode: 'production',
        },
      }),
      // Each page's words in its language (lang, description, the line shown while loading, noscript).
      pageWords(language, words),
      // The first screen's styles inside index.html (hash in the CSP), before the service worker lists the files.
      inlineCriticalCss(`${root}/critical.css`),
      // Last: compresses what every plugin before it wrote, sw.js included.
      precompressPlugin(),
    ],
  };
});
