import { languageOf } from '../../core/knowledge/text/languages.ts';
import type { LanguageChoice } from '../../core/sync.ts';
import type { Sql } from '../db/types.ts';

/**
 * How far ahead of the server's clock a device's `chosenAt` may be and still count as sent: further ahead, the
 * choice counts as made now, so a device whose clock runs fast cannot hold the account's language for days.
 */
export const CHOSEN_AT_SKEW = '5 minutes';

/** An instant as the API writes it: UTC, to the microsecond timestamptz keeps. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Keeps the language a device sent when it was chosen later than the account's (or the account has none), and
 * answers the account's language after that: the later choice wins, whichever device syncs first. `now` is the
 * server's clock, as ISO text.
 */
export async function keepLanguage(
  sql: Sql,
  accountId: string,
  sent: LanguageChoice | undefined,
  now: string,
): Promise<LanguageChoice | undefined> {
  const rows = sent
    ? await sql.query<{ value: string; chosen_at: string }>(
        `WITH sent AS (
           SELECT CASE WHEN $3::timestamptz > $4::timestamptz + interval '${CHOSEN_AT_SKEW}'
                       THEN $4::timestamptz ELSE $3::timestamptz END AS at
         ), kept AS (
           UPDATE accounts SET language = $2, language_chosen_at = sent.at FROM sent
           WHERE id = $1 AND (language_chosen_at IS NULL OR language_chosen_at < sent.at)
           RETURNING language, language_chosen_at
         )
         SELECT language AS value, ${iso('language_chosen_at')} AS chosen_at FROM kept
         UNION ALL
         SELECT language, ${iso('language_chosen_at')} FROM accounts
         WHERE id = $1 AND language IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kept)`,
        [accountId, sent.value, sent.chosenAt, now],
      )
    : await sql.query<{ value: string; chosen_at: string }>(
        `SELECT language AS value, ${iso('language_chosen_at')} AS chosen_at FROM accounts
         WHERE id = $1 AND language IS NOT NULL`,
        [accountId],
      );
  const row = rows[0];
  const value = languageOf(row?.value);
  return row && value ? { value, chosenAt: row.chosen_at } : undefined;
}
