import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, Sql } from './types.ts';

const names = new Map<string, string>();

/**
 * Each statement text gets a stable name, so every pooled connection parses and plans it once and
 * then only binds and executes it: the sync statement is large, and planning it costs more than running it.
 */
function prepared(text: string, values?: unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `u_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return { name, text, values };
}

/** A PostgreSQL server named by DATABASE_URL; a pool, so several requests run their queries at once. */
export function openPostgres(url: string, max: number): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // Nor one held between queries (a transaction's, a lock's) when the server ends it (a failover, an
  // administrator): the next query on it fails and is answered as any failed query is.
  pool.on('connect', (client) => client.on('error', () => {}));
  const onClient = (client: pg.PoolClient): Sql => ({
    async query(text, params) {
      return (await client.query(prepared(text, params))).rows;
    },
  });
  return {
    kind: 'postgres',
    async query(text, params) {
      return (await pool.query(prepared(text, params))).rows;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(onClient(client));
        await client.query('COMMIT');
        return out;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn(onClient(client));
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
