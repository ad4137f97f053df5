import type { FastifyRequest } from 'fastify';
import type { Sql } from './db/types.ts';

export type AuditEvent =
  | 'account_created'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'signed_out_everywhere'
  | 'password_changed'
  | 'password_check_failed'
  | 'account_deleted'
  | 'clinician_created'
  | 'clinician_setup'
  | 'clinician_removed'
  | 'clinician_restored'
  | 'share_code_created'
  | 'share_created'
  | 'share_revoked';

/** Where a request came from, as the audit log keeps it (the address a trusted proxy vouched for). */
export interface Client {
  address: string;
  userAgent: string;
}

export function clientOf(request: FastifyRequest): Client {
  const agent = request.headers['user-agent'];
  return { address: request.ip, userAgent: (typeof agent === 'string' ? agent : '').slice(0, 300) };
}

/** Records what happened to an account; `detail` never carries health data or secrets. */
export async function audit(
  sql: Sql,
  accountId: string | null,
  event: AuditEvent,
  client: Client,
  detail?: Record<string, string | number>,
): Promise<void> {
  await sql.query(
    'INSERT INTO audit_log (account_id, event, detail, client_address, user_agent) VALUES ($1, $2, $3, $4, $5)',
    [accountId, event, detail ? JSON.stringify(detail) : null, client.address, client.userAgent],
  );
}
