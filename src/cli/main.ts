// Each verb's code is imported when that verb runs, so `triage` never loads the server or the question flow.
import { isCalendarDate } from '../core/dates.ts';
import { languageOf, languageOfEnv } from '../core/knowledge/text/languages.ts';
import { type CliIo, line, parseOptions, UsageError } from './io.ts';
import { cliWords, speak, words } from './words.ts';

/**
 * `--lang X` or `--lang=X` anywhere before a `--`, taken out of the arguments so each verb reads its own as
 * before; undefined when not given.
 */
function takeLang(argv: string[]): { argv: string[]; lang?: string } {
  const end = argv.indexOf('--');
  const head = end < 0 ? argv : argv.slice(0, end);
  const at = head.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return { argv };
  const arg = head[at] as string;
  const inline = arg.startsWith('--lang=');
  const lang = inline ? arg.slice('--lang='.length) : (argv[at + 1] ?? '');
  const rest = [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))];
  return { argv: rest, lang };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function run(given: string[], io: CliIo): Promise<number> {
  const { argv, lang } = takeLang(given);
  // The environment's language first, so a --lang that names no language is refused in it.
  await speak(languageOfEnv(io.env ?? process.env));
  if (lang !== undefined) {
    const chosen = languageOf(lang);
    if (!chosen) throw new UsageError(cliWords().usage.lang(lang));
    await speak(chosen);
  }
  const [verb, ...rest] = argv;
  const { usage } = cliWords().help;
  const verbHelp: Partial<Record<string, string>> = cliWords().help.verbs;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    line(verb === undefined ? io.stderr : io.stdout, usage);
    return verb === undefined ? 2 : 0;
  }
  if (verb === 'serve') return (await import('../server/serve.ts')).serve(rest, io);
  if (verb === 'export') return (await import('./export.ts')).exportCommand(rest, io);
  if (verb === 'clinician') return (await import('./clinician.ts')).clinicianCommand(rest, io);
  const help = verbHelp[verb];
  if (!help) throw new UsageError(cliWords().usage.unknownCommand(verb));

  const { values, positionals } = parseOptions(
    rest,
    { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, today: { type: 'string' } },
    verb,
  );
  if (values.help) {
    line(io.stdout, help);
    return 0;
  }

  if (verb === 'check') {
    const today = values.today;
    if (today !== undefined && (typeof today !== 'string' || !isCalendarDate(today))) {
      throw new UsageError(cliWords().usage.today);
    }
    const { check } = await import('./check.ts');
    return check(io, typeof today === 'string' ? today : undefined);
  }
  if (positionals.length > 1) throw new UsageError(cliWords().usage.oneFile(positionals.length));
  if (values.jsonl) {
    if (values.json) throw new UsageError(cliWords().usage.jsonOrJsonl);
    const { batch } = await import('./batch.ts');
    return batch(verb === 'triage' ? 'triage' : 'plan', positionals[0], io);
  }
  const { readCase } = await import('./input.ts');
  const c = await readCase(positionals[0], io);
  if (verb === 'triage') {
    const [{ triage }, { renderTriage }] = await Promise.all([
      import('../core/triage.ts'),
      import('./render.ts'),
    ]);
    const result = triage(c, words());
    io.stdout.write(values.json ? json(result) : `${renderTriage(result)}\n`);
  } else {
    const [{ plan }, { renderPlan }] = await Promise.all([import('../core/plan.ts'), import('./render.ts')]);
    const result = plan(c, words());
    io.stdout.write(values.json ? json(result) : `${renderPlan(result)}\n`);
  }
  return 0;
}

/** The `unknot` command. Returns the exit code; a person's mistake is one line on stderr and exit 2. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      line(io.stderr, `unknot${err.verb ? ` ${err.verb}` : ''}: ${err.message}`);
      return 2;
    }
    throw err;
  }
}
