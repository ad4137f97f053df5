import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

const MARK = /<!-- critical\.css -->/;

/**
 * Puts src/web/critical.css, minified, inside index.html as a <style> element where the page has the
 * `<!-- critical.css -->` mark, so the first paint waits for no stylesheet request. The server's CSP allows
 * that element by its hash, taken from the built index.html (src/server/csp.ts). The file is read here, not
 * linked from the page: a linked stylesheet would become a build asset that every lazy screen's preload list
 * loads again, after styles.css, upsetting the cascade.
 * It also trims what the first round trip need not carry: the whitespace between tags, the ` />` of void
 * elements, and Vite's `crossorigin` on the entry script and its modulepreloads (all same-origin; without the
 * attribute both fetch with the same credentials mode, so the preload is still the one the script uses).
 */
export function inlineCriticalCss(file: string): Plugin {
  return {
    name: 'unknot:inline-critical-css',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!MARK.test(html)) return html;
        const { code } = await transform(readFileSync(file, 'utf8'), {
          loader: 'css',
          minify: true,
          target: ['chrome111', 'firefox113', 'safari16.4'],
        });
        // The page's indentation between tags, too, is bytes of the first round trip.
        return html
          .replace(MARK, () => `<style>${code.trim()}</style>`)
          .replace(/>\s+</g, '><')
          .replace(/ \/>/g, '>')
          .replace(/ crossorigin(?=[ >])/g, '');
      },
    },
  };
}
