import type { Sql } from '../db/types.ts';
import { ApiError } from '../errors.ts';

/**
 * Keeps the zone the patient's device sent (already one Intl knows: core/sync.ts `timeZoneSchema`), when it
 * changed. The database must know it too, since the clinician's list counts the patient's days in it: a name
 * it does not know is refused like any bad field, and the zone kept is the last good one.
 */
export async function keepZone(sql: Sql, accountId: string, zone: string): Promise<void> {
  try {
    await sql.query(
      `UPDATE accounts SET time_zone = $2
       WHERE id = $1 AND time_zone IS DISTINCT FROM $2 AND (now() AT TIME ZONE $2) IS NOT NULL`,
      [accountId, zone],
    );
  } catch (error) {
    // 22023: the database's list of zones lacks this name.
    if ((error as { code?: string }).code === '22023')
      throw new ApiError(400, (words) => `timeZone ${words.fields.checks.notATimeZone}`, 'timeZone');
    throw error;
  }
}
