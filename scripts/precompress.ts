import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text. Images and fonts are compressed already. */
const TEXT = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;

/** Below this a compressed copy saves less than a packet's headers cost. */
const MIN_BYTES = 256;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes `file.br` and `file.gz` beside every text file of the build, at the strongest settings (the work
 * is done once, at build time), keeping a copy only when it is smaller. The server picks one by Accept-Encoding.
 */
export function precompress(dir: string): { file: string; bytes: number; br?: number; gzip?: number }[] {
  const written: { file: string; bytes: number; br?: number; gzip?: number }[] = [];
  for (const file of filesUnder(dir)) {
    if (!TEXT.test(file)) continue;
    const body = readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const row: { file: string; bytes: number; br?: number; gzip?: number } = { file, bytes: body.length };
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    if (br.length < body.length) {
      writeFileSync(`${file}.br`, br);
      row.br = br.length;
    }
    const gz = gzipSync(body, { level: 9 });
    if (gz.length < body.length) {
      writeFileSync(`${file}.gz`, gz);
      row.gzip = gz.length;
    }
    written.push(row);
  }
  return written;
}

/** The Vite plugin: runs after every other plugin has written its files (the service worker included). */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'unknot:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        precompress(outDir);
      },
    },
  };
}
