// Where the bundled `unknot` lives, whether it is still fresh, and how it is loaded with V8's code cache.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';

const root = new URL('../', import.meta.url);
export const bundleFiles = {
  code: new URL('dist/cli/unknot.cjs', root),
  codeCache: new URL('dist/cli/unknot.cache', root),
  inputs: new URL('dist/cli/inputs.json', root),
};

/** Fresh while every file the bundle was built from has the size and time it had then. */
export function bundleIsFresh() {
  let files;
  try {
    ({ files } = JSON.parse(readFileSync(bundleFiles.inputs, 'utf8')));
  } catch {
    return false;
  }
  for (const [file, seen] of Object.entries(files)) {
    const s = statSync(new URL(file, root), { throwIfNoEntry: false });
    if (!s || `${s.size}:${s.mtimeMs}` !== seen) return false;
  }
  return true;
}

/**
 * Compiles the bundle with the code cache the build saved (most of a cold start is compiling, and Node 20
 * caches no ES module), and returns its exports and the script, so the build can save a new cache.
 */
export function loadBundle(withCache = true) {
  const cachedData = withCache ? readOptional(bundleFiles.codeCache) : undefined;
  const filename = bundleFiles.code.pathname;
  const source = readFileSync(bundleFiles.code, 'utf8');
  const script = new Script(`(function (exports, require, module) {${source}\n})`, { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module);
  return { exports: module.exports, script };
}

function readOptional(url) {
  try {
    return readFileSync(url);
  } catch {
    return undefined;
  }
}
