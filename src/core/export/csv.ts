import { currentEntries, type Entry } from '../entry.ts';
import { type CsvColumn, csvColumns, type ExportWords } from '../knowledge/text/export-words.ts';

/**
 * The diary as CSV (RFC 4180): a header row, then one row per current entry in diary order.
 * Columns, always in this order:
 *   date             the diary day, YYYY-MM-DD
 *   recorded_at      when it was written, ISO 8601 with offset
 *   pain_0_10        0-10, empty when not rated
 *   spasms           count of spasms
 *   triggers         codes separated by "; "
 *   treatments       codes separated by "; "
 *   medicines        the medicines by name (the listed ones by id, others in the person's words), "; "
 *   session_minutes  minutes of an ice or heat session
 *   check_in         better, same or worse
 *   activities_0_10  "activity: score" pairs separated by "; "
 *   note             the person's words
 *   entry_id         the entry's UUID
 */
export function diaryCsv(entries: readonly Entry[], words: ExportWords): string {
  const rows = [csvColumns.map((c) => words.csv.columns[c])];
  for (const e of currentEntries(entries)) rows.push(csvColumns.map((c) => cellOf(e, c)));
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function cellOf(e: Entry, column: CsvColumn): string {
  switch (column) {
    case 'date':
      return e.date;
    case 'recordedAt':
      return e.recordedAt;
    case 'pain':
      return e.pain === undefined ? '' : String(e.pain);
    case 'spasms':
      return e.spasms === undefined ? '' : String(e.spasms);
    case 'triggers':
      return (e.triggers ?? []).join('; ');
    case 'treatments':
      return (e.treatments ?? []).join('; ');
    case 'medicines':
      return (e.medicines ?? []).join('; ');
    case 'minutes':
      return e.minutes === undefined ? '' : String(e.minutes);
    case 'checkIn':
      return e.checkIn ?? '';
    case 'function':
      return (e.functionScale ?? []).map((r) => `${r.activity}: ${r.score}`).join('; ');
    case 'note':
      return e.note ?? '';
    case 'id':
      return e.id;
  }
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: formula starts neutralised with a leading apostrophe, then quoted when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}
