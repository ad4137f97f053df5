import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseBackup } from '../core/backup.ts';
import { localDate } from '../core/dates.ts';
import { episodeToExport, exportFile } from '../core/export/files.ts';
import { type CliIo, line, readAll } from './io.ts';

const formats = ['pdf', 'fhir', 'ics', 'csv'] as const;
type Format = (typeof formats)[number];

export const exportHelp = `unknot export --format pdf|fhir|ics|csv [--page a4|letter] [BACKUP.json]
Reads the app's backup file (More > Settings, "Backup") from BACKUP.json, or standard input when it is - or
absent, and writes one export of the current episode to standard output:
  pdf    the one-page summary for a clinician (--page a4, the default, or letter)
  fhir   a FHIR R4 Bundle (JSON): Patient, Condition, Observations, Questionnaire and answers, CarePlan
  ics    the plan's sessions and check-ins as calendar events with reminders
  csv    the diary, one row per current entry
Example: unknot export --format pdf backup.json > summary.pdf`;

class ExportError extends Error {}

async function readBackupText(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') return readAll(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'cannot read it';
    throw new ExportError(
      `BACKUP: cannot read "${file}": ${why}; give the path of a backup file, or - for stdin`,
    );
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let values: { format?: string | undefined; page?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        page: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new ExportError(`options: ${(err as Error).message}; see unknot export --help`);
  }
  if (values.help) {
    line(io.stdout, exportHelp);
    return 0;
  }
  const format = values.format as Format;
  if (!formats.includes(format)) {
    throw new ExportError(`--format: give one of pdf, fhir, ics or csv (got ${values.format ?? 'nothing'})`);
  }
  const page = values.page ?? 'a4';
  if (page !== 'a4' && page !== 'letter') throw new ExportError(`--page: give a4 or letter (got ${page})`);
  if (positionals.length > 1)
    throw new ExportError(`BACKUP: give one backup file, not ${positionals.length}`);

  const text = await readBackupText(positionals[0], io);
  if (text.trim() === '') throw new ExportError('BACKUP: empty input; give the backup file the app saved');
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new ExportError(`BACKUP: not a valid Unknot backup: ${parsed.errors[0]}`);
  const backup = parsed.value;
  const episode = episodeToExport(backup.episodes);
  if (!episode) throw new ExportError('BACKUP: episodes: the backup holds no episode to export');

  const now = io.now();
  const made = await exportFile(format, {
    episode,
    entries: backup.entries,
    settings: backup.settings,
    now: now.toISOString(),
    today: localDate(now),
    page,
  });
  if (!made.ok) throw new Error(`${format}: ${made.error}`);
  io.stdout.write(made.value.body);
  return 0;
}

/** `unknot export`: a person's mistake is one line on stderr and exit 2, with nothing on stdout. */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (!(err instanceof ExportError)) throw err;
    line(io.stderr, `unknot export: ${err.message}`);
    return 2;
  }
}
