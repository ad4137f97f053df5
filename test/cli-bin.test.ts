import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/unknot.cjs');
/** The environment with no locale named, so the command speaks English whatever the machine's LANG. */
const english = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
const example = JSON.stringify({ age: 34, onset: '2026-11-20', asOf: '2026-11-21', painNow: 7 });

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts a script as `npx unknot` would start the binary, and collects what it prints. */
function start(
  args: string[],
  stdin = '',
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: english });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the real unknot binary, started once per verb', () => {
  it('triages without loading the server or its database drivers', async () => {
    // Reports, as the process exits, every server package that was loaded into it.
    const probe = join(mkdtempSync(join(tmpdir(), 'unknot-')), 'probe.mjs');
    writeFileSync(
      probe,
      `import { createRequire } from 'node:module';
const loaded = createRequire(import.meta.url)('node:module')._cache;
process.on('exit', () => {
  const server = Object.keys(loaded).filter((f) => /node_modules[\\\\/](fastify|@fastify|pg|@electric-sql)[\\\\/]/.test(f));
  process.stderr.write(JSON.stringify(server));
});\n`,
    );
    const run = await start(['--import', probe, bin, 'triage', '--json'], example);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { disposition: 'self_care', days: 1, reasons: [] });
    assert.deepEqual(JSON.parse(run.stderr), []);
  });

  it('plans', async () => {
    const run = await start([bin, 'plan'], example);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /TODAY, Sat 21 Nov \(day 1\)/);
  });

  it('checks, stopping at the first emergency sign', async () => {
    const run = await start([bin, 'check', '--today', '2026-11-21'], 'n\ny\n');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /GET EMERGENCY CARE NOW/);
  });

  it('stops quietly, with success, when the reader closes the pipe early, as `unknot check | head -1` does', async () => {
    const child = spawn(process.execPath, [bin, 'check', '--today', '2026-11-21'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: english,
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The reader takes the first line, then closes its end: every answer after that writes into a closed pipe.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    child.stdin.end('n\n'.repeat(60));
    assert.equal(await closed, 0, stderr);
    assert.equal(stderr, '', 'no stack trace');
  });

  it('serves the app and its API, and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'unknot-serve-'));
    let health: Promise<Response> | undefined;
    const run = await start([bin, 'serve', '--port', '0', '--data-dir', dataDir], '', (text, child) => {
      const url = /running at (http:\S+)/.exec(text)?.[1];
      if (url && !health) health = fetch(`${url}/api/health`).finally(() => child.kill('SIGTERM'));
    });
    rmSync(dataDir, { recursive: true, force: true });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(health, `it printed its address: ${run.stdout}`);
    assert.deepEqual(await (await health).json(), { status: 'ok', database: 'pglite' });
  });
});

describe('the binary runs the bundle only while it is fresh', () => {
  // A copy of bin/ in a folder of its own, with a stand-in bundle and a stand-in source that say which ran.
  function project(withBuild = false): { dir: string; source: string } {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-bin-'));
    const files = [
      'bin/unknot.cjs',
      'scripts/cli-bundle.cjs',
      ...(withBuild ? ['scripts/build-cli.mjs'] : []),
    ];
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      copyFileSync(join(root, file), join(dir, file));
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module","dependencies":{}}');
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const source = join(dir, 'src/cli/main.ts');
    mkdirSync(join(source, '..'), { recursive: true });
    writeFileSync(
      source,
      "export async function main(_: string[], io: { stdout: NodeJS.WritableStream }): Promise<number> {\n  io.stdout.write('source\\n');\n  return 0;\n}\n",
    );
    mkdirSync(join(dir, 'dist/cli'), { recursive: true });
    writeFileSync(
      join(dir, 'dist/cli/unknot.cjs'),
      "exports.main = async (_, io) => { io.stdout.write('bundle\\n'); return 0; };",
    );
    const s = statSync(source);
    writeFileSync(
      join(dir, 'dist/cli/inputs.json'),
      JSON.stringify({ files: { 'src/cli/main.ts': `${s.size}:${s.mtimeMs}` } }),
    );
    return { dir, source };
  }

  it('runs the bundle when every source is as it was built', async () => {
    const { dir } = project();
    assert.equal((await start([join(dir, 'bin/unknot.cjs')])).stdout, 'bundle\n');
  });

  it('builds the bundle again when a source was edited after the build, or it is missing, and runs the new one', async () => {
    const edited = project(true);
    writeFileSync(edited.source, readFileSync(edited.source, 'utf8').replace("'source\\n'", "'rebuilt\\n'"));
    const first = await start([join(edited.dir, 'bin/unknot.cjs')]);
    assert.equal(first.stdout, 'rebuilt\n', first.stderr);
    assert.equal(first.stderr, '');
    assert.match(readFileSync(join(edited.dir, 'dist/cli/unknot.cjs'), 'utf8'), /rebuilt/);
    // Built once: the next start finds it fresh and runs it as it is.
    const built = statSync(join(edited.dir, 'dist/cli/unknot.cjs')).mtimeMs;
    assert.equal((await start([join(edited.dir, 'bin/unknot.cjs')])).stdout, 'rebuilt\n');
    assert.equal(statSync(join(edited.dir, 'dist/cli/unknot.cjs')).mtimeMs, built);
    const missing = project(true);
    rmSync(join(missing.dir, 'dist'), { recursive: true });
    assert.equal((await start([join(missing.dir, 'bin/unknot.cjs')])).stdout, 'source\n');
  });

  it('says what is wrong and how to fix it when a stale bundle cannot be built, and runs nothing', async () => {
    // No build script here, as in a package installed without its dev dependencies.
    const stale = project();
    writeFileSync(stale.source, `// edited after the build\n${readFileSync(stale.source, 'utf8')}`);
    const run = await start([join(stale.dir, 'bin/unknot.cjs')]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^unknot: the command in dist\/cli is missing or older than its sources/);
    assert.match(run.stderr, /Run "npm ci"/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });
});

describe('the installed command needs no TypeScript at run time', () => {
  it('plans and serves from a copy of the project whose node_modules has no tsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-no-tsx-'));
    // The same sizes and times as here, so the copied bundle is as fresh (or as stale) as this one.
    for (const path of ['bin', 'scripts', 'src', 'dist/cli', 'package.json'])
      cpSync(join(root, path), join(dir, path), { recursive: true, preserveTimestamps: true });
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(root, 'node_modules')).filter((n) => n !== 'tsx' && n !== '.bin'))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
    const probe = await start(['-e', "require.resolve('tsx')"]);
    assert.equal(probe.code, 0, 'tsx is installed here, as a dev dependency');
    const without = await start([
      '-e',
      `require(${JSON.stringify(join(dir, 'node_modules/zod/package.json'))}); require.resolve('tsx', { paths: [${JSON.stringify(dir)}] })`,
    ]);
    assert.notEqual(without.code, 0, 'and cannot be found from the copy');
    const command = join(dir, 'bin/unknot.cjs');

    const planned = await start([command, 'plan', '--json'], example);
    assert.equal(planned.code, 0, planned.stderr);
    assert.ok(JSON.parse(planned.stdout).days.length > 0);

    const dataDir = join(dir, 'data');
    let health: Promise<Response> | undefined;
    const served = await start(
      [command, 'serve', '--port', '0', '--data-dir', dataDir],
      '',
      (text, child) => {
        const url = /running at (http:\S+)/.exec(text)?.[1];
        if (url && !health) health = fetch(`${url}/api/health`).finally(() => child.kill('SIGTERM'));
      },
    );
    rmSync(dir, { recursive: true, force: true });
    assert.equal(served.code, 0, served.stderr);
    assert.ok(health, `it printed where to open the app: ${served.stdout}`);
    assert.equal((await (await health).json()).status, 'ok');
  });
});
