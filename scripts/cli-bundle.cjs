// Where the bundled `unknot` lives, whether it is still fresh, and how it is loaded with V8's code cache.
// CommonJS, like bin/unknot.cjs, because a CommonJS start skips the ES module loader's own start-up.
const { readFileSync, statSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const root = join(__dirname, '..');
const bundleFiles = {
  code: join(root, 'dist/cli/unknot.cjs'),
  codeCache: join(root, 'dist/cli/unknot.cache'),
  inputs: join(root, 'dist/cli/inputs.json'),
};

/** Fresh while every file the bundle was built from has the size and time it had then. */
function bundleIsFresh() {
  let files;
  try {
    ({ files } = JSON.parse(readFileSync(bundleFiles.inputs, 'utf8')));
  } catch {
    return false;
  }
  for (const [file, seen] of Object.entries(files)) {
    const s = statSync(join(root, file), { throwIfNoEntry: false });
    if (!s || `${s.size}:${s.mtimeMs}` !== seen) return false;
  }
  return true;
}

/**
 * Compiles the bundle with the code cache the build saved (most of a cold start is compiling, and Node 20
 * caches no ES module), and returns its exports and the script, so the build can save a new cache.
 */
function loadBundle(withCache = true) {
  const filename = bundleFiles.code;
  const cachedData = withCache ? readOptional(bundleFiles.codeCache) : undefined;
  const source = readFileSync(filename, 'utf8');
  const script = new Script(`(function (exports, require, module) {${source}\n})`, { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module);
  return { exports: module.exports, script };
}

function readOptional(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

module.exports = { bundleFiles, bundleIsFresh, loadBundle };
