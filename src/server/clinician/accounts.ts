import { randomBytes, randomUUID } from 'node:crypto';
import { systemNow } from '../../core/clock.ts';
import { tokenHash } from '../accounts/logins.ts';
import type { Db, Sql } from '../db/types.ts';

/** A set-up link works once, for three days: long enough to reach a busy clinician's inbox. */
export const SETUP_HOURS = 72;
/** A stored hash no password can match: the account cannot sign in until its password is set. */
export const NO_PASSWORD = '!unset';

export type AddedClinician =
  | { kind: 'created' | 'renewed'; token: string; expiresAt: Date }
  | { kind: 'is_patient' };

/**
 * Makes a clinician account (or, for an existing clinician, a new link in place of the old ones) and
 * returns the one-time set-up token; only its hash is stored.
 */
export async function addClinician(db: Db, email: string): Promise<AddedClinician> {
  const token = randomBytes(32).toString('base64url');
  return db.transaction(async (tx: Sql) => {
    const made = await tx.query<{ id: string }>(
      `INSERT INTO accounts (id, email, password_hash, role) VALUES ($1, $2, $3, 'clinician')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [randomUUID(), email, NO_PASSWORD],
    );
    let id = made[0]?.id;
    if (!id) {
      const found = await tx.query<{ id: string; role: string }>(
        'SELECT id, role FROM accounts WHERE email = $1',
        [email],
      );
      if (found[0]?.role !== 'clinician') return { kind: 'is_patient' as const };
      id = found[0].id;
      await tx.query('DELETE FROM setup_links WHERE account_id = $1', [id]);
    }
    const rows = await tx.query<{ expires_at: Date | string }>(
      `INSERT INTO setup_links (token_hash, account_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))
       RETURNING expires_at`,
      [tokenHash(token), id, SETUP_HOURS],
    );
    await tx.query(
      `INSERT INTO audit_log (account_id, event, client_address, user_agent) VALUES ($1, 'clinician_created', 'cli', 'unknot clinician add')`,
      [id],
    );
    return {
      kind: made[0] ? ('created' as const) : ('renewed' as const),
      token,
      expiresAt: rows[0] ? new Date(rows[0].expires_at) : systemNow(),
    };
  });
}
