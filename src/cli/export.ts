import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseBackup } from '../core/backup.ts';
import { localDate } from '../core/dates.ts';
import type { Episode } from '../core/episode.ts';
import { caseNow } from '../core/episode-view.ts';
import { diaryCsv } from '../core/export/csv.ts';
import { fhirBundle } from '../core/export/fhir.ts';
import { planCalendar } from '../core/export/ics.ts';
import { buildSummary, episodeEntries } from '../core/export/summary.ts';
import { en } from '../core/knowledge/text/en/index.ts';
import { carePlan, planInWords } from '../core/plan.ts';
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

/** The episode a person means: the newest one still open, else the newest one at all. */
function chooseEpisode(episodes: readonly Episode[]): Episode | undefined {
  const live = episodes.filter((e) => !e.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return live.find((e) => !e.closedAt) ?? live[0];
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
  const episode = chooseEpisode(backup.episodes);
  if (!episode) throw new ExportError('BACKUP: episodes: the backup holds no episode to export');

  const now = io.now();
  const today = localDate(now);
  const entries = backup.entries.filter((e) => e.episodeId === episode.id);
  const live = episodeEntries(entries, episode, today < episode.case.asOf ? episode.case.asOf : today);
  const care = carePlan(caseNow(episode, live, today, backup.settings));

  if (format === 'pdf') {
    // pdf-lib is large: only this format loads it.
    const { summaryPdf } = await import('../core/export/pdf.ts');
    const bytes = await summaryPdf(buildSummary({ episode, entries, today, words: en }), {
      page,
      now: now.toISOString(),
      words: en.export,
    });
    io.stdout.write(bytes);
  } else if (format === 'fhir') {
    const bundle = fhirBundle(episode, entries, { now: now.toISOString(), plan: care, words: en });
    io.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
  } else if (format === 'ics') {
    const made = planCalendar(planInWords(care, en), {
      now: now.toISOString(),
      words: en.export,
      episodeId: episode.id,
      wake: backup.settings.wakeTime,
    });
    if (!made.ok) throw new Error(`calendar: ${made.error}`);
    io.stdout.write(made.value);
  } else {
    io.stdout.write(diaryCsv(entries, en.export));
  }
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
