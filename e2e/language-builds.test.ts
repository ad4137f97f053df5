import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Catalogue } from '../src/core/knowledge/text/catalogue.ts';
import { everyCatalogue } from '../src/core/knowledge/text/every.ts';
import { DIST, ensureBuilt } from './serve.ts';

// Each language is a build of its own (vite.config.ts): a person downloads their language's words alone. No
// browser here: the built files themselves are read, after the build is made fresh (as the browser files do).

/** The sentences of a catalogue's welcome and emergency screens: every plain string of 20 characters or more. */
function sentences(c: Catalogue): string[] {
  const found: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length >= 20) found.push(v);
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk([c.app.welcome, c.app.emergency, c.dispositions.emergency]);
  return found;
}

/** Each language's distinctive sentences: those the other language does not also have word for word. */
const english = sentences(everyCatalogue.en);
const spanish = sentences(everyCatalogue.es);
const onlyEnglish = english.filter((s) => !spanish.includes(s));
const onlySpanish = spanish.filter((s) => !english.includes(s));

/** Every text file under `dir` (paths under DIST), without the precompressed copies and the pictures. */
function textFiles(dir: string, except?: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== except) out.push(...textFiles(path, except));
    } else if (/\.(?:html|js|css|webmanifest|json|svg)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** A built file's text with the escapes a minifier may write in a string literal undone. */
function readText(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a, b) =>
      String.fromCodePoint(parseInt(a ?? b, 16)),
    )
    .replace(/\\(['"`\\])/g, '$1')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Which of `words` occur in the files, as "file: sentence". */
function occurrences(files: string[], words: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readText(file);
    for (const w of words) if (text.includes(w)) found.push(`${relative(DIST, file)}: ${w}`);
  }
  return found;
}

/** The URLs a service worker precaches, as written in it (relative to the worker's own address). */
function precached(sw: string): string[] {
  return [...readFileSync(sw, 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] as string);
}

describe('each language build carries its own words alone', () => {
  const spanishDir = join(DIST, 'es');
  let englishFiles: string[] = [];
  let spanishFiles: string[] = [];

  before(() => {
    ensureBuilt();
    englishFiles = textFiles(DIST, spanishDir);
    spanishFiles = textFiles(spanishDir);
  });

  it('has distinctive sentences to look for in both languages', () => {
    assert.ok(onlyEnglish.length >= 8, `${onlyEnglish.length} English sentences`);
    assert.ok(onlySpanish.length >= 8, `${onlySpanish.length} Spanish sentences`);
  });

  it('each build has its own language’s sentences (so the search below finds what is there)', () => {
    const have = (files: string[], words: string[]) =>
      new Set(occurrences(files, words).map((o) => o.slice(o.indexOf(': ') + 2)));
    const englishHas = have(englishFiles, onlyEnglish);
    const spanishHas = have(spanishFiles, onlySpanish);
    assert.deepEqual(
      onlyEnglish.filter((s) => !englishHas.has(s)),
      [],
      'English sentences missing from the English build',
    );
    assert.deepEqual(
      onlySpanish.filter((s) => !spanishHas.has(s)),
      [],
      'Spanish sentences missing from the Spanish build',
    );
  });

  it('no file of the Spanish build (dist/web/es) holds an English sentence', () => {
    assert.ok(spanishFiles.some((f) => f.endsWith('.js')));
    assert.deepEqual(occurrences(spanishFiles, onlyEnglish), []);
  });

  it('no file of the English build (dist/web without es/) holds a Spanish sentence', () => {
    assert.ok(englishFiles.every((f) => !relative(DIST, f).startsWith('es/')));
    assert.deepEqual(occurrences(englishFiles, onlySpanish), []);
  });

  it('the English worker precaches no Spanish file, and the Spanish worker only its own (under /es/)', () => {
    const englishList = precached(join(DIST, 'sw.js'));
    const spanishList = precached(join(spanishDir, 'sw.js'));
    assert.ok(englishList.includes('index.html') && spanishList.includes('index.html'));
    // The English worker sits at /sw.js: a URL under es/ (or /es/) would be the Spanish build's.
    assert.deepEqual(
      englishList.filter((u) => /^\/?es\//.test(u) || !existsSync(join(DIST, u))),
      [],
      'not English build files',
    );
    // The Spanish worker sits at /es/sw.js: its URLs resolve under /es/, and each is a file of the Spanish build.
    const outside = spanishList.filter((u) => {
      const path = new URL(u, 'https://unknot.test/es/sw.js').pathname;
      return !path.startsWith('/es/') || !existsSync(join(spanishDir, u));
    });
    assert.deepEqual(outside, [], 'not Spanish build files');
    // Its navigations fall back to the Spanish page; the English worker's to the English one.
    assert.match(readFileSync(join(spanishDir, 'sw.js'), 'utf8'), /"\/es\/index\.html"/);
    assert.doesNotMatch(readFileSync(join(DIST, 'sw.js'), 'utf8'), /"\/es\//);
  });
});
