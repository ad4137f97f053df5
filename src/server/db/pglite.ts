import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { enServer } from '../../core/knowledge/text/en/server.ts';
import type { Db } from './types.ts';

const LOCK_FILE = 'unknot-server.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is PostgreSQL in one process: two servers on one data directory would corrupt it, so the
 * directory carries the owner's pid, created with O_EXCL: of two servers starting at once exactly one
 * creates it. A pid left by a killed server is dead: its file is removed and the claim tried again.
 */
function claim(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(file, 'utf8'));
      } catch {}
      // An empty file is a claim being written right now: the other server is starting.
      if (!Number.isInteger(owner) || owner === 0 || alive(owner)) {
        throw new Error(enServer.dataDir.inUse(dir, owner || undefined));
      }
      rmSync(file, { force: true });
      continue;
    }
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return () => rmSync(file, { force: true });
  }
  throw new Error(enServer.dataDir.unclaimed(dir));
}

/**
 * A new cluster is made by initdb, which in PGlite's WebAssembly takes about 5 s of CPU (reopening one takes
 * 0.6 s). UNKNOT_PGLITE_TEMPLATE may name an empty cluster made by PGlite.create and closed cleanly: a new data
 * directory then starts as a copy of it, which is the same cluster initdb would make. `npm test` makes one per run
 * for the dozens of servers its files start (scripts/test.mjs); unset, initdb runs as usual.
 */
function seedFromTemplate(pgDir: string): void {
  const template = process.env.UNKNOT_PGLITE_TEMPLATE;
  if (!template || existsSync(pgDir)) return;
  if (!existsSync(join(template, 'PG_VERSION'))) throw new Error(enServer.dataDir.noTemplate(template));
  cpSync(template, pgDir, { recursive: true });
}

/** The embedded default: a PostgreSQL data directory on disk, nothing to install. */
export async function openPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const release = claim(dataDir);
  const pgDir = join(dataDir, 'pg');
  let db: PGlite;
  try {
    seedFromTemplate(pgDir);
    // relaxedDurability off: a commit reaches the file system before its promise resolves.
    db = await PGlite.create(pgDir, { relaxedDurability: false });
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
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
