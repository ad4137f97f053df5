import { readFile } from 'node:fs/promises';
import { parseBackup } from '../core/backup.ts';
import { localDate } from '../core/dates.ts';
import type { Episode } from '../core/episode.ts';
import { caseNow } from '../core/episode-view.ts';
import { diaryCsv } from '../core/export/csv.ts';
import { fhirBundle } from '../core/export/fhir.ts';
import { planCalendar } from '../core/export/ics.ts';
import { buildSummary, episodeEntries } from '../core/export/summary.ts';
import { enCli } from '../core/knowledge/text/en/cli.ts';
import { en } from '../core/knowledge/text/en/index.ts';
import { carePlan, planInWords } from '../core/plan.ts';
import { unreadableMessage } from './input.ts';
import { type CliIo, line, parseOptions, readAll, UsageError } from './io.ts';

const formats = ['pdf', 'fhir', 'ics', 'csv'] as const;
type Format = (typeof formats)[number];

const words = enCli.export;
const refuse = (message: string) => new UsageError(message, 'export');

async function readBackupText(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') return readAll(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw refuse(unreadableMessage(file, err, 'BACKUP', enCli.input.backupFile));
  }
}

/** The episode a person means: the newest one still open, else the newest one at all. */
function chooseEpisode(episodes: readonly Episode[]): Episode | undefined {
  const live = episodes.filter((e) => !e.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return live.find((e) => !e.closedAt) ?? live[0];
}

/**
 * `unknot export`: one export of the current episode to standard output. A person's mistake is a UsageError
 * (one line on stderr from `unknot export`, exit 2) raised before anything is written.
 */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const options = { format: { type: 'string' }, page: { type: 'string' } } as const;
  const { values, positionals } = parseOptions(argv, options, 'export', true);
  if (values.help) {
    line(io.stdout, words.help);
    return 0;
  }
  const format = values.format as Format;
  if (!formats.includes(format)) throw refuse(words.format(values.format));
  const page = values.page ?? 'a4';
  if (page !== 'a4' && page !== 'letter') throw refuse(words.page(page));
  if (positionals.length > 1) throw refuse(words.oneBackup(positionals.length));

  const text = await readBackupText(positionals[0], io);
  if (text.trim() === '') throw refuse(words.empty);
  const parsed = parseBackup(text);
  if (!parsed.ok) throw refuse(words.notBackup(String(parsed.errors[0])));
  const backup = parsed.value;
  const episode = chooseEpisode(backup.episodes);
  if (!episode) throw refuse(words.noEpisode);

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
