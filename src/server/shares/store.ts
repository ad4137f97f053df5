import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  type AccessList,
  formatShareCode,
  normalizeShareCode,
  type PatientIdentity,
  READ_GROUPS_MAX,
  type ReadKind,
  type ReadList,
  SHARE_CODE_HOURS,
  shareCodeFrom,
} from '../../core/share.ts';
import type { Sql } from '../db/types.ts';
import { ZONE_UNKNOWN } from './flags.ts';

/** A patient may hold this many open codes at once: enough for a few clinicians, too few to farm. */
export const OPEN_CODES_MAX = 5;

/**
 * Codes are stored under a keyed hash, HMAC-SHA-256 with a key derived from the server's secret, which
 * is kept outside the database (secret.ts): a copy of the database alone cannot test a single guess.
 */
export const codeHash = (key: Buffer, code: string) =>
  createHmac('sha256', key).update(code).digest('base64url');

/** Failed redeems are counted per clinician in windows of this length, in the database. */
export const REDEEM_WINDOW_S = 3600;

/**
 * Counts one redeem against the clinician before it is tried, in the database so every server process
 * shares the count: the seconds until the window ends when this one is past `max`, else 0. A redeem that
 * works is given back (`refundRedeem`), so only codes that did not work add up.
 */
export async function reserveRedeem(sql: Sql, clinicianId: string, max: number): Promise<number> {
  const rows = await sql.query<{ failures: number; wait: number | string }>(
    `INSERT INTO redeem_failures AS r (account_id, window_start, failures) VALUES ($1, now(), 1)
     ON CONFLICT (account_id) DO UPDATE SET
       window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END,
       failures = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.failures + 1 END
     RETURNING failures, ceil(extract(epoch FROM r.window_start + make_interval(secs => $2) - now()))::int AS wait`,
    [clinicianId, REDEEM_WINDOW_S],
  );
  const row = rows[0];
  return row && row.failures > max ? Math.max(1, Number(row.wait)) : 0;
}

/** A redeem that worked is not a failure: its reservation is given back. */
export async function refundRedeem(sql: Sql, clinicianId: string): Promise<void> {
  await sql.query('UPDATE redeem_failures SET failures = greatest(0, failures - 1) WHERE account_id = $1', [
    clinicianId,
  ]);
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * Text as the list's search and name sort compare it: composed (NFC) and lower-cased here, in the server, so a
 * search and what it is compared with are folded alike whatever the database's locale (PostgreSQL's lower() in
 * the C locale folds only A to Z).
 */
export const folded = (text: string) => text.normalize('NFC').toLowerCase();

/**
 * The share's `patient_search` (migration 9): the name the patient chose, folded, a line break, then the
 * email; the email alone when there is no name. The list searches it for a part and sorts "by name" on it.
 */
export const searchText = (email: string, displayName: string | null) =>
  displayName ? `${folded(displayName)}\n${email}` : email;

/**
 * Makes a code for a patient, holding the name and date of birth they chose to show the clinician who redeems
 * it (none: only their email), or undefined when they already hold the most open codes allowed.
 */
export async function createCode(
  sql: Sql,
  patientId: string,
  key: Buffer,
  identity: PatientIdentity = {},
): Promise<{ code: string; expiresAt: string } | undefined> {
  const code = shareCodeFrom(randomBytes(10));
  const rows = await sql.query<{ expires_at: Date | string }>(
    `INSERT INTO share_codes (code_hash, patient_id, expires_at, display_name, birth_date)
     SELECT $1, $2, now() + make_interval(hours => $3), $5, $6::date
     WHERE (SELECT count(*) FROM share_codes WHERE patient_id = $2 AND used_at IS NULL AND expires_at > now()) < $4
     RETURNING expires_at`,
    [
      codeHash(key, code),
      patientId,
      SHARE_CODE_HOURS,
      OPEN_CODES_MAX,
      identity.displayName ?? null,
      identity.birthDate ?? null,
    ],
  );
  const row = rows[0];
  // Used and expired codes have done their work: they are swept here, where they cost nothing to find.
  await sql.query(
    'DELETE FROM share_codes WHERE patient_id = $1 AND (used_at IS NOT NULL OR expires_at <= now())',
    [patientId],
  );
  return row ? { code: formatShareCode(code), expiresAt: iso(row.expires_at) } : undefined;
}

/**
 * Spends a code for a clinician: the code must be live, unused, and for a patient account. Returns the
 * patient, or undefined for any code that does not qualify (unknown, expired, used: one answer for all).
 * The name and date of birth the code held move to the share (a share this clinician already holds takes
 * the newer ones, or none when the new code held none); the spent code keeps no copy.
 */
export async function redeemCode(
  sql: Sql,
  typed: string,
  clinicianId: string,
  key: Buffer,
): Promise<{ id: string; email: string; shareId: string } | undefined> {
  const code = normalizeShareCode(typed);
  if (!code) return undefined;
  const rows = await sql.query<{
    id: string;
    email: string;
    display_name: string | null;
    birth_date: string | null;
  }>(
    // RETURNING reads `held`, the row as it was: the code itself is emptied as it is spent.
    `UPDATE share_codes c SET used_at = now(), display_name = NULL, birth_date = NULL
     FROM accounts a, share_codes held
     WHERE c.code_hash = $1 AND c.used_at IS NULL AND c.expires_at > now()
       AND a.id = c.patient_id AND a.role = 'patient' AND held.code_hash = c.code_hash
     RETURNING a.id, a.email, held.display_name, held.birth_date::text`,
    [codeHash(key, code)],
  );
  const patient = rows[0];
  if (!patient) return undefined;
  const made = await sql.query<{ id: string }>(
    // The email and name ride on the share for the clinician's list (sorted and searched there); refreshFlags
    // adds the flags. Already shared with this clinician: the one live share stays, with the newer identity.
    `INSERT INTO shares AS s (id, patient_id, clinician_id, patient_email, patient_display_name, patient_birth_date,
       patient_search)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7)
     ON CONFLICT (clinician_id, patient_id) WHERE revoked_at IS NULL DO UPDATE SET
       patient_display_name = excluded.patient_display_name, patient_birth_date = excluded.patient_birth_date,
       patient_search = excluded.patient_search
     RETURNING s.id`,
    [
      randomUUID(),
      patient.id,
      clinicianId,
      patient.email,
      patient.display_name,
      patient.birth_date,
      searchText(patient.email, patient.display_name),
    ],
  );
  // Made or updated, the statement returns the live share's row either way.
  return { id: patient.id, email: patient.email, shareId: made[0]?.id as string };
}

export async function accessList(sql: Sql, patientId: string): Promise<AccessList> {
  const shares = await sql.query<{ id: string; clinician: string; since: Date | string }>(
    `SELECT s.id, a.email AS clinician, s.created_at AS since FROM shares s JOIN accounts a ON a.id = s.clinician_id
     WHERE s.patient_id = $1 AND s.revoked_at IS NULL ORDER BY s.created_at, s.id`,
    [patientId],
  );
  const codes = await sql.query<{ expires_at: Date | string }>(
    `SELECT expires_at FROM share_codes WHERE patient_id = $1 AND used_at IS NULL AND expires_at > now()
     ORDER BY expires_at`,
    [patientId],
  );
  return {
    shares: shares.map((s) => ({ id: s.id, clinician: s.clinician, since: iso(s.since) })),
    openCodes: codes.map((c) => ({ expiresAt: iso(c.expires_at) })),
  };
}

/** Ends one of the patient's shares; the clinician's next request finds no share. */
export async function revokeShare(sql: Sql, patientId: string, shareId: string): Promise<string | undefined> {
  const rows = await sql.query<{ email: string }>(
    // The name and date of birth went with the share for this clinician alone: they go when it ends.
    `UPDATE shares s SET revoked_at = now(), ended_by = 'patient', patient_display_name = NULL,
       patient_birth_date = NULL, patient_search = s.patient_email
     FROM accounts a
     WHERE s.id = $1 AND s.patient_id = $2 AND s.revoked_at IS NULL AND a.id = s.clinician_id
     RETURNING a.email`,
    [shareId, patientId],
  );
  return rows[0]?.email;
}

/** Records clinician reads, one row per patient read. */
export async function recordReads(
  sql: Sql,
  clinician: { accountId: string; email: string },
  patientIds: readonly string[],
  what: ReadKind,
  episodeId: string | null = null,
): Promise<void> {
  if (patientIds.length === 0) return;
  await sql.query(
    `INSERT INTO clinician_reads (patient_id, clinician_id, clinician_email, what, episode_id)
     SELECT p::uuid, $2, $3, $4, $5 FROM jsonb_array_elements_text($1::jsonb) AS p`,
    [JSON.stringify(patientIds), clinician.accountId, clinician.email, what, episodeId],
  );
}

/**
 * An erased patient's id out of the clinician's list views: a view of them alone goes, a view of others keeps
 * the others. Run in the erasure's transaction, and once more after it, for a view recorded by a list that read
 * the shares before the erasure committed.
 */
export async function forgetListReads(sql: Sql, patientId: string): Promise<void> {
  await sql.query('DELETE FROM clinician_list_reads WHERE patient_ids = ARRAY[$1::uuid]', [patientId]);
  await sql.query(
    `UPDATE clinician_list_reads SET patient_ids = array_remove(patient_ids, $1::uuid)
     WHERE patient_ids @> ARRAY[$1::uuid]`,
    [patientId],
  );
}

/**
 * Every read of patient $1 from both tables, in one shape (clinician_email, what, episode_id, at, id): a list view
 * of clinician_list_reads reads as a 'list' read of each patient on it. `each` follows each table's own
 * query (an order and a limit keep each side bounded).
 */
const patientReads = (each: string) => `
  (SELECT clinician_email, what, episode_id, at, id FROM clinician_reads WHERE patient_id = $1 ${each})
  UNION ALL
  (SELECT clinician_email, 'list', NULL, at, id FROM clinician_list_reads WHERE patient_ids @> ARRAY[$1::uuid] ${each})`;

/**
 * The patient's own trail, newest first: the latest reads one by one; every read grouped by clinician, kind and
 * day (in `zone`, the zone the patient's device sent now, else the one it last synced with, else UTC), counted
 * in full however many there are; and the shares that ended, with who ended them. A list view is one row of
 * `clinician_list_reads` for all the patients on its page (migration 11), read here as one read of each.
 */
export async function readsOf(sql: Sql, patientId: string, zone?: string, limit = 200): Promise<ReadList> {
  const rows = await sql.query<{
    clinician: string;
    what: ReadKind;
    episode_id: string | null;
    at: Date | string;
  }>(
    `SELECT clinician_email AS clinician, what, episode_id, at
     FROM (${patientReads('ORDER BY at DESC, id DESC LIMIT $2')}) r
     ORDER BY at DESC, id DESC, what LIMIT $2`,
    [patientId, limit],
  );
  const groups = await sql.query<{
    clinician: string;
    what: ReadKind;
    day: string;
    count: number;
    last_at: Date | string;
  }>(
    `WITH zone AS (SELECT coalesce($2::text, (SELECT time_zone FROM accounts WHERE id = $1), '${ZONE_UNKNOWN}') AS name)
     SELECT r.clinician_email AS clinician, r.what, to_char(r.at AT TIME ZONE z.name, 'YYYY-MM-DD') AS day,
       count(*)::int AS count, max(r.at) AS last_at
     FROM (${patientReads('')}) r CROSS JOIN zone z
     GROUP BY r.clinician_email, r.what, day ORDER BY last_at DESC, clinician, r.what LIMIT $3`,
    [patientId, zone ?? null, READ_GROUPS_MAX],
  );
  // Shares that ended, by the patient or by the operator's removing the clinician: the trail says so, in its place.
  const ended = await sql.query<{ clinician: string; at: Date | string; by: 'patient' | 'operator' | null }>(
    `SELECT a.email AS clinician, s.revoked_at AS at, s.ended_by AS by FROM shares s JOIN accounts a ON a.id = s.clinician_id
     WHERE s.patient_id = $1 AND s.revoked_at IS NOT NULL ORDER BY s.revoked_at DESC, s.id LIMIT $2`,
    [patientId, limit],
  );
  return {
    reads: rows.map((r) => ({
      clinician: r.clinician,
      what: r.what,
      episodeId: r.episode_id,
      at: iso(r.at),
    })),
    groups: groups.map((g) => ({
      clinician: g.clinician,
      what: g.what,
      day: g.day,
      count: Number(g.count),
      lastAt: iso(g.last_at),
    })),
    ended: ended.map((e) => ({ clinician: e.clinician, at: iso(e.at), by: e.by ?? 'patient' })),
  };
}
