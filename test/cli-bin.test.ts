import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
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
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
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
    assert.match(run.stdout, /TODAY, 2026-11-21 \(day 1\)/);
  });

  it('checks, stopping at the first emergency sign', async () => {
    const run = await start([bin, 'check', '--today', '2026-11-21'], 'n\ny\n');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /GET EMERGENCY CARE NOW/);
  });

  it('stops quietly, with success, when the reader closes the pipe early, as `unknot check | head -1` does', async () => {
    const child = spawn(process.execPath, [bin, 'check', '--today', '2026-11-21'], {
      stdio: ['pipe', 'pipe', 'pipe'],
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
  function project(): { dir: string; source: string } {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-bin-'));
    for (const file of ['bin/unknot.cjs', 'scripts/cli-bundle.cjs']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      copyFileSync(join(root, file), join(dir, file));
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
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

  it('runs the sources through tsx when one was edited after the build, or the bundle is missing', async () => {
    const edited = project();
    writeFileSync(edited.source, `// edited after the build\n${readFileSync(edited.source, 'utf8')}`);
    assert.equal((await start([join(edited.dir, 'bin/unknot.cjs')])).stdout, 'source\n');
    const missing = project();
    rmSync(join(missing.dir, 'dist'), { recursive: true });
    assert.equal((await start([join(missing.dir, 'bin/unknot.cjs')])).stdout, 'source\n');
  });
});
