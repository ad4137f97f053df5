import { readFile } from 'node:fs/promises';
import { parseBackup } from '../core/backup.ts';
import { localDate } from '../core/clock.ts';
import { episodeToExport, exportFile } from '../core/export/files.ts';
import { unreadableMessage } from './input.ts';
import { type CliIo, line, parseOptions, readAll, UsageError } from './io.ts';
import { cliWords, words } from './words.ts';

const formats = ['pdf', 'fhir', 'ics', 'csv'] as const;
type Format = (typeof formats)[number];

const said = () => cliWords().export;
const refuse = (message: string) => new UsageError(message, 'export');

async function readBackupText(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') return readAll(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw refuse(unreadableMessage(file, err, 'BACKUP', cliWords().input.backupFile));
  }
}

/**
 * `unknot export`: one export of the current episode to standard output. A person's mistake is a UsageError
 * (one line on stderr from `unknot export`, exit 2) raised before anything is written.
 */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const options = { format: { type: 'string' }, page: { type: 'string' } } as const;
  const { values, positionals } = parseOptions(argv, options, 'export', true);
  if (values.help) {
    line(io.stdout, said().help);
    return 0;
  }
  const format = values.format as Format;
  if (!formats.includes(format)) throw refuse(said().format(values.format));
  const page = values.page ?? 'a4';
  if (page !== 'a4' && page !== 'letter') throw refuse(said().page(page));
  if (positionals.length > 1) throw refuse(said().oneBackup(positionals.length));

  const text = await readBackupText(positionals[0], io);
  if (text.trim() === '') throw refuse(said().empty);
  const now = io.now();
  const parsed = parseBackup(text, words().fields, localDate(now));
  if (!parsed.ok) throw refuse(said().notBackup(String(parsed.errors[0])));
  const backup = parsed.value;
  const episode = episodeToExport(backup.episodes);
  if (!episode) throw refuse(said().noEpisode);

  const made = await exportFile(format, {
    episode,
    entries: backup.entries,
    settings: backup.settings,
    now: now.toISOString(),
    today: localDate(now),
    page,
    words: words(),
  });
  if (!made.ok) throw new Error(`${format}: ${made.error}`);
  io.stdout.write(made.value.body);
  return 0;
}
