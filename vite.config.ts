import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressPlugin } from './scripts/precompress.ts';

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
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Two pages: the patient's app, and the clinician dashboard, which the patient's first screen never loads.
    rolldownOptions: {
      input: { main: `${root}/index.html`, dashboard: `${root}/clinician.html` },
    },
  },
  plugins: [
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
    // Last: compresses what every plugin before it wrote, sw.js included.
    precompressPlugin(),
  ],
});
