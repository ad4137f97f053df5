import { resolve } from 'node:path';
import { migrate } from './migrations.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Db } from './types.ts';

export interface StorageOptions {
  dataDir?: string;
  databaseUrl?: string;
}

/** PostgreSQL when a URL is given, else the embedded PGlite in the data directory; migrated either way. */
export async function openDb(opts: StorageOptions = {}): Promise<Db> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  // A few connections per core keep PostgreSQL busy without making it switch between many.
  const db = url
    ? openPostgres(url, Number(process.env.UNKNOT_PG_POOL ?? 8))
    : await openPglite(resolve(opts.dataDir ?? process.env.UNKNOT_DATA_DIR ?? './data'), { migrated: true });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
