import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static imports and re-exports only: a dynamic `import()` is how a verb or a screen loads lazily, and is allowed to point back. */
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

/** Type-only imports are erased when compiled: they cannot make a cycle at run time. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/^\s*(?:import|export)\s+type\s[^;]*;/gm, '');
  return [...text.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

function localTargets(file: string): string[] {
  return runtimeImports(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec));
}

const files = sourceFiles(SRC);

/** Every import, dynamic and type-only ones too: the folder layering holds for all of them. */
const ANY_IMPORT = /(?:from\s+|import\s*\(\s*|^\s*import\s+)'([^']+)'/gm;

/** The top folder under src a file lives in: core, server, cli or web. */
function folderOf(path: string): string {
  return relative(SRC, path).split(/[\\/]/)[0] ?? '';
}

/** Folder-to-folder imports, each with one file that makes it (to name in a failure). */
function folderImports(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const f of files) {
    const from = folderOf(f);
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(ANY_IMPORT)) {
      const spec = m[1] ?? '';
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(f), spec);
      if (relative(SRC, target).startsWith('..')) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, `${relative(SRC, f)} imports ${spec}`);
      edges.set(from, out);
    }
  }
  return edges;
}

/** What each folder may import besides itself: core is the centre, the shells sit around it. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  server: ['core'],
  web: ['core'],
  cli: ['core', 'server'],
};

/** Libraries that only compute (no I/O, no DOM, no Node): validation, FHIR types, calendar and PDF bytes. */
const PURE_LIBRARIES = new Set(['zod', 'fhir/r4', 'pdf-lib']);
const graph = new Map(files.map((f) => [f, localTargets(f)]));

function findCycle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined;
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      const cycle = visit(t);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of files) {
    const cycle = visit(f);
    if (cycle) return cycle;
  }
  return undefined;
}

const STORE = resolve(SRC, 'web/store');
const IDB_LAYER = resolve(STORE, 'db.ts');

/** The signals the store exports (`export const name = signal(...)`): only the store assigns them. */
function storeSignals(): Set<string> {
  const names = new Set<string>();
  for (const f of sourceFiles(STORE)) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^export const (\w+) = signal\b/gm))
      names.add(m[1] ?? '');
  }
  return names;
}

/**
 * Where `text` (a file of src/web outside the store, at `file`) writes around the store: it imports the
 * IndexedDB layer (store/db.ts or idb), touches indexedDB itself, or assigns a store signal's value, under
 * its own name or a name it was imported as.
 */
function writesAroundStore(file: string, text: string, signals: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ANY_IMPORT)) {
    const spec = m[1] ?? '';
    if (spec === 'idb' || (spec.startsWith('.') && resolve(dirname(file), spec) === IDB_LAYER))
      found.push(`imports ${spec}`);
  }
  if (/\bindexedDB\b/.test(text)) found.push('uses indexedDB');
  const local = new Set<string>();
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (!(m[2] ?? '').startsWith('.') || !resolve(dirname(file), m[2] ?? '').startsWith(STORE)) continue;
    for (const part of (m[1] ?? '').split(',')) {
      const [name, alias] = part
        .replace(/^\s*type\s+/, '')
        .trim()
        .split(/\s+as\s+/);
      if (name && signals.has(name)) local.add(alias ?? name);
    }
  }
  for (const name of local) {
    const assign = new RegExp(`\\b${name}\\.value\\s*(?:\\+\\+|--|(?:[-+*/%&|^]|\\?\\?|&&|\\|\\|)?=(?!=))`);
    if (assign.test(text)) found.push(`assigns ${name}.value`);
  }
  return found;
}

describe('the architecture', () => {
  it('has no static import cycle anywhere in src', () => {
    const cycle = findCycle();
    assert.equal(cycle, undefined, `import cycle: ${cycle?.map((f) => relative(SRC, f)).join(' -> ')}`);
  });

  it('keeps src/core free of the shell: it imports only core files and pure libraries', () => {
    const offenders: string[] = [];
    for (const f of files.filter((f) => relative(SRC, f).startsWith('core/'))) {
      for (const spec of staticImports(f)) {
        const inCore = spec.startsWith('.') && relative(SRC, resolve(dirname(f), spec)).startsWith('core/');
        if (!inCore && !PURE_LIBRARIES.has(spec)) offenders.push(`${relative(SRC, f)} imports ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('names a language nowhere outside the catalogues: the edges take their words from `#words` or the catalogue registries', () => {
    const text = resolve(SRC, 'core/knowledge/text');
    const aLanguage = new RegExp(`^${text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}/[a-z]{2}/`);
    const offenders: string[] = [];
    for (const f of files.filter((f) => !f.startsWith(`${text}/`))) {
      const all = readFileSync(f, 'utf8');
      const dynamic = [...all.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? '');
      for (const spec of [...staticImports(f), ...dynamic]) {
        if (spec.startsWith('.') && aLanguage.test(resolve(dirname(f), spec)))
          offenders.push(`${relative(SRC, f)} imports ${spec}`);
      }
      // The engines take their words from the caller: only the edges (web, server, cli) import `#words`.
      if (relative(SRC, f).startsWith('core/') && staticImports(f).includes('#words'))
        offenders.push(`${relative(SRC, f)} imports #words`);
    }
    assert.deepEqual(offenders, []);
  });

  it('keeps each folder to its layer: core imports no other folder, server and web never import the CLI or each other', () => {
    const offenders: string[] = [];
    for (const [from, out] of folderImports()) {
      for (const [to, example] of out) {
        if (!(MAY_IMPORT[from] ?? []).includes(to))
          offenders.push(`${from} may not import ${to}: ${example}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('has no cycle between folders, counting dynamic and type-only imports', () => {
    const edges = folderImports();
    const cycles: string[] = [];
    const walk = (path: string[]): void => {
      for (const next of edges.get(path.at(-1) ?? '')?.keys() ?? []) {
        if (next === path[0]) cycles.push([...path, next].join(' -> '));
        else if (!path.includes(next)) walk([...path, next]);
      }
    };
    for (const folder of edges.keys()) walk([folder]);
    assert.deepEqual(cycles, []);
  });

  it('lets only the store write: no web module outside src/web/store imports IndexedDB or assigns a store signal', () => {
    const signals = storeSignals();
    for (const name of ['settings', 'episodes', 'allEntries', 'timer', 'finished'])
      assert.ok(signals.has(name), name);
    const offenders: string[] = [];
    for (const f of files.filter((f) => relative(SRC, f).startsWith('web/') && !f.startsWith(STORE))) {
      for (const what of writesAroundStore(f, readFileSync(f, 'utf8'), signals))
        offenders.push(`${relative(SRC, f)} ${what}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('finds each way of writing around the store that it forbids', () => {
    const file = resolve(SRC, 'web/screens/x.tsx');
    const signals = storeSignals();
    const cases: [string, string[]][] = [
      ["import { putKv } from '../store/db.ts';", ['imports ../store/db.ts']],
      ["import { openDB } from 'idb';", ['imports idb']],
      ['const r = indexedDB.open("unknot");', ['uses indexedDB']],
      ["import { episodes } from '../store/state.ts';\nepisodes.value = [];", ['assigns episodes.value']],
      ["import { finished as f } from '../store/state.ts';\nf.value = undefined;", ['assigns f.value']],
      ["import { timer } from '../store/state.ts';\ntimer.value ??= t;", ['assigns timer.value']],
      ["import { episodes } from '../store/state.ts';\nif (episodes.value === x) go();", []],
      ["import { keepEpisodes } from '../store/state.ts';\nawait keepEpisodes([e]);", []],
    ];
    for (const [text, expected] of cases)
      assert.deepEqual(writesAroundStore(file, text, signals), expected, text);
  });

  it("never reads zod's own messages (z.locales), which the bundled command leaves out", () => {
    // scripts/build-cli.mjs keeps only English in the bundle: a language chosen through z.locales would
    // work from source and be undefined in the installed command.
    const readers = sourceFiles(SRC).filter((f) =>
      /\bz\.locales\b|from 'zod\/(?:v4\/)?locales/.test(readFileSync(f, 'utf8')),
    );
    assert.deepEqual(
      readers.map((f) => relative(SRC, f)),
      [],
    );
  });
});
