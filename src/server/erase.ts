import type { Db } from './db/types.ts';

/** Every table that holds an account's rows. */
const TABLES = [
  'entries',
  'episodes',
  'logins',
  'known_devices',
  'audit_log',
  'login_failures',
  'share_codes',
  'redeem_failures',
  'shares',
  'patient_flags',
  'clinician_reads',
  'clinician_list_reads',
  'setup_links',
  'accounts',
];

/**
 * After a deletion, removes the deleted rows' bytes from the live files: a deleted tuple stays in its
 * table page, and its insert stays in the write-ahead log, until something rewrites them.
 * PostgreSQL: a plain VACUUM prunes the dead tuples without locking out other accounts' syncs.
 * PGlite (one small database, one connection): VACUUM FULL rewrites the tables into new files, then
 * the WAL segments that held the old rows are switched out and deleted rather than recycled.
 */
export async function eraseLeftovers(db: Db): Promise<void> {
  if (db.kind === 'postgres') {
    await db.query(`VACUUM ${TABLES.join(', ')}`);
    return;
  }
  await db.query('SET wal_recycle = off');
  try {
    await db.query(`VACUUM FULL ${TABLES.join(', ')}`);
    // Two rounds: the first checkpoint may still need the segment it started in; the second does not.
    for (let round = 0; round < 2; round++) {
      await db.query('SELECT pg_switch_wal()');
      await db.query('CHECKPOINT');
    }
  } finally {
    await db.query('RESET wal_recycle');
  }
}
