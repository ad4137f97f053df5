import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineCriticalCss } from './scripts/inline-critical-css.ts';
import { precompressPlugin } from './scripts/precompress.ts';
import { smallPreloadHelper } from './scripts/preload-helper.ts';

/** The modules the entry imports (bench/web/budget.ts counts their chunk as the first screen). */
const BOOT =
  /[\\/](?:node_modules[\\/](?:preact|@preact[\\/]signals-core)[\\/]|src[\\/]web[\\/](?:store[\\/](?:state|db)|clock|announce|shell-words)\.ts$|src[\\/]core[\\/]knowledge[\\/]text[\\/](?:plural|en[\\/]app-shell)\.ts$)/;

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  resolve: {
    // Bare `zod` is zod behind the jitless switch (src/web/zod.ts), so the first screen need not load zod early.
    alias: [{ find: /^zod$/, replacement: `${root}/zod.ts` }],
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
        name: 'Unknot: back spasm companion',
        short_name: 'Unknot',
        description: 'Check your back, follow a day-by-day care plan and keep a pain diary, offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
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
        navigateFallback: '/index.html',
        // The clinician dashboard is not the patient's app: not cached for offline, never answered by it.
        globIgnores: ['clinician.html', 'assets/dashboard-*'],
        navigateFallbackDenylist: [/^\/clinician/, /^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        importScripts: ['/notify-sw.js'],
        // workbox-build's own runtime: bundled into sw.js, nothing fetched from a CDN.
        inlineWorkboxRuntime: true,
        mode: 'production',
      },
    }),
    // The first screen's styles inside index.html (hash in the CSP), before the service worker lists the files.
    inlineCriticalCss(`${root}/critical.css`),
    // Last: compresses what every plugin before it wrote, sw.js included.
    precompressPlugin(),
  ],
});
