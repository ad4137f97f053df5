import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFolderOf, LANGUAGES } from '../core/knowledge/text/languages.ts';

/**
 * The hashes ('sha256-…') of the inline <style> and <script> elements of a page, for its CSP. The build
 * inlines the first screen's styles into index.html (scripts/inline-critical-css.ts); the server and the
 * test server (e2e/serve.ts) both take the hashes from the built file, so they always agree with it and
 * nothing else inline can run or apply.
 */
export function inlineHashes(html: string): { styles: string[]; scripts: string[] } {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] as string));
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] as string)
    .filter((text) => text.trim() !== '')
    .map(hash);
  return { styles, scripts };
}

/**
 * The inline hashes of webRoot's index.html and of each other language's (`<language>/index.html`), or none when
 * there is no build. Read once, when the server starts (`npm start` builds first): a build made while a server
 * runs needs that server restarted.
 */
export function webRootHashes(webRoot: string): { styles: string[]; scripts: string[] } {
  const pages = LANGUAGES.map((l) => join(webRoot, buildFolderOf(l), 'index.html'));
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const page of pages.filter((p) => existsSync(p))) {
    const found = inlineHashes(readFileSync(page, 'utf8'));
    for (const h of found.styles) styles.add(h);
    for (const h of found.scripts) scripts.add(h);
  }
  return { styles: [...styles], scripts: [...scripts] };
}
