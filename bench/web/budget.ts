/**
 * First-screen budget: the HTML plus every CSS and JS file the browser must fetch before the start page can
 * render (the entry script, its static imports, preloads and stylesheets), gzipped. Lazy screens do not count.
 * Usage: node --import tsx bench/web/budget.ts [distDir]   (exits 1 when over budget)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 60 * 1024;

const STATIC_IMPORT =
  /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']|from\s*["']\.\/([^"']+\.js)["']/g;

export function firstScreenFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set<string>();
  const queue: string[] = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    const path = m[1] as string;
    if (tag.startsWith('<script') || /rel="(?:stylesheet|modulepreload)"/.test(tag)) {
      files.add(path);
      if (path.endsWith('.js')) queue.push(path);
    }
  }
  while (queue.length) {
    const file = queue.pop() as string;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const dep = dir + (m[1] ?? m[2]);
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return ['index.html', ...files];
}

export function measure(dist: string): { files: { file: string; gzip: number }[]; total: number } {
  const files = firstScreenFiles(dist).map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist/web';
  const { files, total } = measure(dist);
  for (const f of files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(7)} KB  ${f.file}`);
  const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `first screen: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the ${BUDGET_BYTES / 1024} KB budget`,
  );
  if (total > BUDGET_BYTES) process.exitCode = 1;
}
