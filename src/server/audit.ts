import type { Sql } from './db/types.ts';

export type AuditEvent =
  | 'account_created'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'password_changed'
  | 'account_deleted';

/** Records what happened to an account; `detail` never carries health data or secrets. */
export async function audit(
  sql: Sql,
  accountId: string | null,
  event: AuditEvent,
  detail?: Record<string, string | number>,
): Promise<void> {
  await sql.query('INSERT INTO audit_log (account_id, event, detail) VALUES ($1, $2, $3)', [
    accountId,
    event,
    detail ? JSON.stringify(detail) : null,
  ]);
}
