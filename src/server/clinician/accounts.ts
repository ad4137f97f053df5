import { randomBytes, randomUUID } from 'node:crypto';
import { systemNow } from '../../core/clock.ts';
import { tokenHash } from '../accounts/logins.ts';
import type { Db, Sql } from '../db/types.ts';

/** A set-up link works once, for three days: long enough to reach a busy clinician's inbox. */
export const SETUP_HOURS = 72;
/** A stored hash no password can match: the account cannot sign in until its password is set. */
export const NO_PASSWORD = '!unset';

/** The operator's own entries in the audit log: made at the server's machine, by `unknot clinician`. */
const OPERATOR = 'cli';

export type AddedClinician =
  | { kind: 'created' | 'renewed' | 'restored'; token: string; expiresAt: Date }
  | { kind: 'is_patient' };

/**
 * Makes a clinician account (or, for an existing clinician, a new link in place of the old ones; for a removed
 * one, the account back, its shares still ended) and returns the one-time set-up token; only its hash is stored.
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
    let kind: 'created' | 'renewed' | 'restored' = 'created';
    if (!id) {
      const found = await tx.query<{ id: string; role: string; removed: boolean }>(
        'SELECT id, role, removed_at IS NOT NULL AS removed FROM accounts WHERE email = $1',
        [email],
      );
      const account = found[0];
      if (account?.role !== 'clinician') return { kind: 'is_patient' as const };
      id = account.id;
      kind = account.removed ? 'restored' : 'renewed';
      await tx.query('DELETE FROM setup_links WHERE account_id = $1', [id]);
      if (account.removed) await tx.query('UPDATE accounts SET removed_at = NULL WHERE id = $1', [id]);
    }
    const rows = await tx.query<{ expires_at: Date | string }>(
      `INSERT INTO setup_links (token_hash, account_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))
       RETURNING expires_at`,
      [tokenHash(token), id, SETUP_HOURS],
    );
    await tx.query(
      `INSERT INTO audit_log (account_id, event, client_address, user_agent) VALUES ($1, $2, $3, 'unknot clinician add')`,
      [id, kind === 'restored' ? 'clinician_restored' : 'clinician_created', OPERATOR],
    );
    return { kind, token, expiresAt: rows[0] ? new Date(rows[0].expires_at) : systemNow() };
  });
}

/** A clinician as the operator's list shows them. */
export interface ClinicianRow {
  email: string;
  /** When the operator added them (ISO instant). */
  addedAt: string;
  /** Whether they set their password through the link. */
  setUp: boolean;
  /** Patients who share a diary with them now. */
  patients: number;
}

/** Every clinician the operator added and has not removed, by email, with how many patients share with each. */
export async function listClinicians(sql: Sql): Promise<ClinicianRow[]> {
  const rows = await sql.query<{ email: string; added_at: Date | string; set_up: boolean; patients: number }>(
    `SELECT a.email, a.created_at AS added_at, a.password_hash <> $1 AS set_up,
       (SELECT count(*) FROM shares s WHERE s.clinician_id = a.id AND s.revoked_at IS NULL)::int AS patients
     FROM accounts a WHERE a.role = 'clinician' AND a.removed_at IS NULL ORDER BY a.email`,
    [NO_PASSWORD],
  );
  return rows.map((r) => ({
    email: r.email,
    addedAt: new Date(r.added_at).toISOString(),
    setUp: r.set_up,
    patients: Number(r.patients),
  }));
}

export type RemovedClinician =
  | { kind: 'removed'; shares: number; logins: number }
  | { kind: 'not_found' }
  | { kind: 'is_patient' };

/**
 * Removes a clinician: every login ends (their next request is refused), every live share ends as ended by the
 * operator (the patients' access lists drop them and their trails say why), set-up links go, and the password
 * with them. The account row stays, marked removed, so the audit log and the patients' trails keep who it was;
 * all of it is audited, on the clinician's account and on each patient's.
 */
export async function removeClinician(db: Db, email: string): Promise<RemovedClinician> {
  return db.transaction(async (tx: Sql) => {
    const found = await tx.query<{ id: string; role: string; removed: boolean }>(
      'SELECT id, role, removed_at IS NOT NULL AS removed FROM accounts WHERE email = $1 FOR UPDATE',
      [email],
    );
    const account = found[0];
    if (!account || account.removed) return { kind: 'not_found' as const };
    if (account.role !== 'clinician') return { kind: 'is_patient' as const };
    const ended = await tx.query<{ id: string; patient_id: string }>(
      // The name and date of birth were for this clinician alone: they go with the share (as a revoke does).
      `UPDATE shares SET revoked_at = now(), ended_by = 'operator', patient_display_name = NULL,
         patient_birth_date = NULL, patient_search = patient_email
       WHERE clinician_id = $1 AND revoked_at IS NULL RETURNING id, patient_id`,
      [account.id],
    );
    const logins = await tx.query('DELETE FROM logins WHERE account_id = $1 RETURNING 1', [account.id]);
    await tx.query('DELETE FROM setup_links WHERE account_id = $1', [account.id]);
    await tx.query('UPDATE accounts SET removed_at = now(), password_hash = $2 WHERE id = $1', [
      account.id,
      NO_PASSWORD,
    ]);
    await tx.query(
      `INSERT INTO audit_log (account_id, event, detail, client_address, user_agent)
       VALUES ($1, 'clinician_removed', $2, $3, 'unknot clinician remove')`,
      [account.id, JSON.stringify({ shares: ended.length, logins: logins.length }), OPERATOR],
    );
    // On each patient's account too: their share ended, by whom and why; never anything of their diary.
    await tx.query(
      `INSERT INTO audit_log (account_id, event, detail, client_address, user_agent)
       SELECT (e->>'patient')::uuid, 'share_revoked',
         jsonb_build_object('share', e->>'share', 'by', 'operator', 'clinician', $2::text), $3, 'unknot clinician remove'
       FROM jsonb_array_elements($1::jsonb) AS e`,
      [JSON.stringify(ended.map((s) => ({ patient: s.patient_id, share: s.id }))), email, OPERATOR],
    );
    return { kind: 'removed' as const, shares: ended.length, logins: logins.length };
  });
}
