// Bundles the `unknot` command into dist/cli (run by `npm ci` through `prepare`, by `npm test` and `npm start`
// when stale, and by bin/unknot.cjs when it finds the bundle missing or stale).
// bin/unknot.cjs runs the bundle only while every file listed in dist/cli/inputs.json is unchanged.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import bundle from './cli-bundle.cjs';

const { bundleFiles, loadBundle } = bundle;

const root = fileURLToPath(new URL('..', import.meta.url));
const example =
  '{"age":34,"onset":"2026-11-20","asOf":"2026-11-21","painNow":7,"findings":["lifting_trigger"]}';

/** The file whose change makes the bundle stale: a package's own package.json stands for all its files. */
function watched(input) {
  const parts = input.split('/');
  const at = parts.indexOf('node_modules');
  if (at === -1) return input;
  const name = parts[at + 1]?.startsWith('@') ? 2 : 1;
  return [...parts.slice(0, at + 1 + name), 'package.json'].join('/');
}

/** Runs a verb inside this process, so the functions it calls are compiled and land in the code cache. */
async function exercise(main, verb) {
  const stdin = new PassThrough();
  stdin.end(example);
  const sink = new PassThrough();
  sink.resume();
  const code = await main([verb, '--json'], { stdin, stdout: sink, stderr: sink, now: () => new Date() });
  if (code !== 0) throw new Error(`the bundled "${verb}" exited ${code} on the contract example`);
}

/**
 * zod's `z.locales` holds its error messages in some fifty languages, about a third of the bundle; the command
 * renders issues from its own catalogue and zod needs only English as its default, so the bundle carries that one
 * (nothing in src reads `z.locales`: test/architecture.test.ts).
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, ({ path }) => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
      // Beside the file it replaces, wherever npm put that zod.
      resolveDir: dirname(path),
    }));
  },
};

export async function buildCli() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}/`), 'utf8'));
  // The server's packages stay in node_modules: `serve` needs them whole (PGlite's WebAssembly sits beside
  // its module), and the verbs never load them. zod is bundled: the verbs need it.
  const external = Object.keys(pkg.dependencies).filter((name) => name !== 'zod');
  rmSync(bundleFiles.inputs, { force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    // Written beside and renamed into place: a command starting meanwhile never reads half a bundle.
    outfile: `${bundleFiles.code}.${process.pid}.tmp`,
    bundle: true,
    // CommonJS because Node 20 can use a code cache only for a script; each verb's dynamic import becomes
    // a lazy initialiser in the one file, so a verb still runs only its own code.
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external,
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    metafile: true,
    plugins: [zodEnglishOnly],
    logLevel: 'warning',
  });
  renameSync(`${bundleFiles.code}.${process.pid}.tmp`, bundleFiles.code);
  const { exports, script } = loadBundle(false);
  await exercise(exports.main, 'triage');
  await exercise(exports.main, 'plan');
  writeFileSync(`${bundleFiles.codeCache}.${process.pid}.tmp`, script.createCachedData());
  renameSync(`${bundleFiles.codeCache}.${process.pid}.tmp`, bundleFiles.codeCache);

  const files = {};
  const sources = [
    ...Object.keys(result.metafile.inputs).map(watched),
    'package.json',
    'scripts/build-cli.mjs',
    'scripts/cli-bundle.cjs',
  ];
  for (const file of new Set(sources)) {
    const s = statSync(`${root}/${file}`);
    files[file] = `${s.size}:${s.mtimeMs}`;
  }
  // Written last and renamed into place: a half-built bundle never has a list that calls it fresh.
  const inputs = bundleFiles.inputs;
  writeFileSync(`${inputs}.tmp`, JSON.stringify({ files }));
  renameSync(`${inputs}.tmp`, inputs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildCli();
  } catch (err) {
    // An install never fails here: bin/unknot.cjs tries again when it starts, and says what is wrong.
    console.error(
      `unknot: could not bundle the command line (${err.message}); run "npm run build:cli" to see why`,
    );
  }
}
