import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { serverWords } from '#words';
import { systemNow } from '../../core/clock.ts';
import type { Db } from './types.ts';

const LOCK_FILE = 'unknot-server.pid';

/**
 * A process's state (field 3 of /proc/PID/stat) and start time (field 22, clock ticks since boot): a PID
 * names one process only together with its start time, since PIDs are reused. The command name (field 2)
 * sits in parentheses and may hold spaces or parentheses itself, so fields are counted from the last ')'.
 * Undefined when the process does not exist, or where there is no /proc (then `procfs` is false).
 */
function processStat(pid: number): { state: string; start: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const [state, start] = [fields[0], fields[19]];
    return state && start ? { state, start } : undefined;
  } catch {
    return undefined;
  }
}
const procfs = processStat(process.pid) !== undefined;

interface Owner {
  pid: number;
  /** The owner's start time as it recorded it; absent in a lock written without /proc (or by an older version). */
  start?: string;
}

/** `PID START`, or a PID alone; undefined for anything else (a file being written by a version before this one). */
function parseOwner(text: string): Owner | undefined {
  const match = /^([1-9]\d{0,9})(?: (\d{1,20}))?\n?$/.exec(text);
  if (!match) return undefined;
  return { pid: Number(match[1]), ...(match[2] ? { start: match[2] } : {}) };
}

/**
 * Whether the lock's owner still runs: its PID is alive, not a zombie (killed, not yet reaped by its
 * parent), and, when the lock recorded a start time, the process with that PID started at that time
 * (after a reboot or a long uptime the PID may belong to someone else). Without /proc, a live PID is all
 * there is to go on.
 */
function holds(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!procfs) return true;
  const stat = processStat(owner.pid);
  if (!stat || stat.state === 'Z' || stat.state === 'X') return false;
  return owner.start === undefined || owner.start === stat.start;
}

/** A lock in an older format can be caught half-written; one left that way this long is left over. */
const HALF_WRITTEN_MS = 10_000;

/**
 * PGlite is PostgreSQL in one process: two servers on one data directory would corrupt it, so the
 * directory carries the owner's PID and start time. The lock is written whole to a file of its own and
 * then linked into place, which fails if the name exists: of two servers starting at once exactly one
 * gets it, and the lock is never seen half-written. A lock whose owner no longer runs (see `holds`) is
 * taken over: renamed aside first, so of two servers taking over at once only one removes it, and a
 * fresh lock renamed aside by mistake is put back.
 */
function claim(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  const start = procfs ? processStat(process.pid)?.start : undefined;
  const mine = start ? `${process.pid} ${start}\n` : `${process.pid}\n`;
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    writeFileSync(draft, mine, { flag: 'wx' });
    try {
      linkSync(draft, file);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    let text: string;
    let age = 0;
    try {
      text = readFileSync(file, 'utf8');
      age = systemNow().getTime() - statSync(file).mtimeMs;
    } catch {
      continue;
    }
    const owner = parseOwner(text);
    if (owner ? holds(owner) : age < HALF_WRITTEN_MS) {
      throw new Error(serverWords.dataDir.inUse(dir, owner?.pid));
    }
    const aside = `${file}.stale.${process.pid}.${randomBytes(6).toString('hex')}`;
    try {
      renameSync(file, aside);
    } catch {
      continue;
    }
    if (readFileSync(aside, 'utf8') !== text) {
      // Another server took the lock over between the read and the rename: its lock goes back.
      try {
        linkSync(aside, file);
      } catch {}
    }
    rmSync(aside, { force: true });
  }
  throw new Error(serverWords.dataDir.unclaimed(dir));
}

/**
 * A new cluster is made by initdb, which in PGlite's WebAssembly takes about 5 s of CPU (reopening one takes
 * 0.6 s), and migrating it about 1 s more. UNKNOT_PGLITE_TEMPLATE may name an empty cluster made by
 * PGlite.create and closed cleanly: a new data directory then starts as a copy of it, which is the same cluster
 * initdb would make. UNKNOT_PGLITE_MIGRATED_TEMPLATE may name such a cluster with every migration applied
 * (scripts/pglite-template.ts): a caller that migrates anyway (`openDb`) starts from it, and `migrate` finds
 * nothing left to do. `npm test` makes both once per run for the dozens of servers its files start
 * (scripts/test.mjs); unset, initdb and the migrations run as usual.
 */
function seedFromTemplate(pgDir: string, migrated: boolean): void {
  const template =
    (migrated ? process.env.UNKNOT_PGLITE_MIGRATED_TEMPLATE : undefined) ||
    process.env.UNKNOT_PGLITE_TEMPLATE;
  if (!template || existsSync(pgDir)) return;
  if (!existsSync(join(template, 'PG_VERSION'))) throw new Error(serverWords.dataDir.noTemplate(template));
  cpSync(template, pgDir, { recursive: true });
}

/**
 * The embedded default: a PostgreSQL data directory on disk, nothing to install. `migrated`: the caller runs
 * every migration next, so a new directory may start from the migrated template.
 */
export async function openPglite(dataDir: string, { migrated = false } = {}): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const release = claim(dataDir);
  const pgDir = join(dataDir, 'pg');
  let db: PGlite;
  try {
    seedFromTemplate(pgDir, migrated);
    // relaxedDurability off: a commit reaches the file system before its promise resolves.
    db = await PGlite.create(pgDir, { relaxedDurability: false });
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    dataDir,
    async query(text, params) {
      return (await db.query(text, params)).rows as never[];
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          async query(text, params) {
            return (await tx.query(text, params)).rows as never[];
          },
        }),
      ),
    // One connection, one process: queries never interleave, so the lock is the connection itself.
    withAdvisoryLock: (_key, fn) =>
      fn({ query: async (text, params) => (await db.query(text, params)).rows as never[] }),
    async close() {
      await db.close();
      release();
    },
  };
}
