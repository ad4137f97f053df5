import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openPglite } from '../src/server/db/pglite.ts';
import {
  freePort,
  ServerProcess,
  SHORT_LIVED_NODE_ARGS,
  TEST_SCRYPT_LOG2N,
  tempDir,
} from './server-helpers.ts';

const LOCK = 'unknot-server.pid';
const ROUNDS = 10;

/** Field 3 (state) and field 22 (start time) of /proc/PID/stat. */
function stat(pid: number): { state: string; start: string } {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', start: fields[19] ?? '' };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The server started by a parent that never reaps its children (a shell that execs into `sleep`), as a
 * careless supervisor would: once killed, the server stays a zombie, its PID still answering signals.
 */
async function underCarelessParent(dir: string): Promise<{ parent: ChildProcess; pid: number }> {
  const port = await freePort();
  const parent = spawn(
    'sh',
    [
      '-c',
      `"$NODE" ${SHORT_LIVED_NODE_ARGS.join(' ')} bin/unknot.cjs serve --port ${port} --data-dir "$DIR" & echo "server pid $!"; exec sleep 300`,
    ],
    {
      env: {
        ...process.env,
        NODE: process.execPath,
        DIR: dir,
        DATABASE_URL: '',
        UNKNOT_SCRYPT_LOG2N: String(TEST_SCRYPT_LOG2N),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  parent.stderr?.on('data', (d) => {
    err += d;
  });
  await new Promise<void>((resolve, fail) => {
    const reject = (error: Error) => {
      parent.kill('SIGKILL');
      fail(error);
    };
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out} ${err}`)), 60_000);
    parent.stdout?.on('data', (d) => {
      out += d;
      if (out.includes('Unknot is running at')) {
        clearTimeout(timer);
        resolve();
      }
      if (out.includes('could not start') || err.includes('in use')) {
        clearTimeout(timer);
        reject(new Error(`the server was refused: ${out} ${err}`));
      }
    });
    parent.stderr?.on('data', () => {
      if (err.includes('in use')) {
        clearTimeout(timer);
        reject(new Error(`the server was refused: ${err.trim()}`));
      }
    });
  });
  const pid = Number(/server pid (\d+)/.exec(out)?.[1]);
  assert.ok(pid > 0, out);
  return { parent, pid };
}

describe('the PGlite data directory lock', () => {
  const cleanups: Array<() => unknown> = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  test(`a server killed with SIGKILL and left a zombie is restarted ${ROUNDS} times in a row, never refused; a live one still is`, {
    timeout: 240_000,
  }, async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    for (let round = 0; round < ROUNDS; round++) {
      const { parent, pid } = await underCarelessParent(dir.path);
      cleanups.push(() => parent.kill('SIGKILL'));
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 100 && stat(pid).state !== 'Z'; i++) await pause(20);
      assert.equal(
        stat(pid).state,
        'Z',
        `round ${round}: the killed server is a zombie, its PID still taken`,
      );
    }
    // The last owner runs: a second server on the same directory is refused, naming it.
    const owner = new ServerProcess(await freePort(), { UNKNOT_DATA_DIR: dir.path, DATABASE_URL: '' });
    await owner.start();
    cleanups.push(() => owner.kill('SIGTERM'));
    const second = new ServerProcess(await freePort(), { UNKNOT_DATA_DIR: dir.path, DATABASE_URL: '' });
    await assert.rejects(second.start(), new RegExp(`in use by process ${owner.child?.pid}`));
  });

  test("a lock naming a live process that started at another time (a reused PID) is taken over; the owner's own is not", async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore' });
    cleanups.push(() => stranger.kill('SIGKILL'));
    const pid = stranger.pid as number;
    await pause(50);
    const realStart = stat(pid).start;
    // The PID's process now is not the one that wrote the lock: its start time differs.
    writeFileSync(join(dir.path, LOCK), `${pid} ${Number(realStart) + 12345}\n`);
    const db = await openPglite(dir.path);
    assert.equal(readFileSync(join(dir.path, LOCK), 'utf8'), `${process.pid} ${stat(process.pid).start}\n`);
    await db.close();
    // The same live process, start time matching (or none recorded, as an older version wrote it): refused.
    for (const lock of [`${pid} ${realStart}\n`, `${pid}`]) {
      writeFileSync(join(dir.path, LOCK), lock);
      await assert.rejects(openPglite(dir.path), new RegExp(`in use by process ${pid}`));
      assert.equal(readFileSync(join(dir.path, LOCK), 'utf8'), lock, 'the owner keeps its lock');
    }
  });
});
