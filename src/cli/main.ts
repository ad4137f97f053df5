// Each verb's code is imported when that verb runs, so `triage` never loads the server or the question flow.
import { isCalendarDate } from '../core/dates.ts';
import { enCli } from '../core/knowledge/text/en/cli.ts';
import { type CliIo, line, parseOptions, UsageError } from './io.ts';

const { usage } = enCli.help;
const verbHelp: Partial<Record<string, string>> = enCli.help.verbs;

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    line(verb === undefined ? io.stderr : io.stdout, usage);
    return verb === undefined ? 2 : 0;
  }
  if (verb === 'serve') return (await import('../server/serve.ts')).serve(rest, io);
  if (verb === 'export') return (await import('./export.ts')).exportCommand(rest, io);
  if (verb === 'clinician') return (await import('./clinician.ts')).clinicianCommand(rest, io);
  const help = verbHelp[verb];
  if (!help) throw new UsageError(enCli.usage.unknownCommand(verb));

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
      throw new UsageError(enCli.usage.today);
    }
    const { check } = await import('./check.ts');
    return check(io, typeof today === 'string' ? today : undefined);
  }
  if (positionals.length > 1) throw new UsageError(enCli.usage.oneFile(positionals.length));
  if (values.jsonl) {
    if (values.json) throw new UsageError(enCli.usage.jsonOrJsonl);
    const { batch } = await import('./batch.ts');
    return batch(verb === 'triage' ? 'triage' : 'plan', positionals[0], io);
  }
  const { readCase } = await import('./input.ts');
  const c = await readCase(positionals[0], io);
  if (verb === 'triage') {
    const [{ triage }, { renderTriage }, { en }] = await Promise.all([
      import('../core/triage.ts'),
      import('./render.ts'),
      import('../core/knowledge/text/en/index.ts'),
    ]);
    const result = triage(c, en);
    io.stdout.write(values.json ? json(result) : `${renderTriage(result)}\n`);
  } else {
    const [{ plan }, { renderPlan }, { en }] = await Promise.all([
      import('../core/plan.ts'),
      import('./render.ts'),
      import('../core/knowledge/text/en/index.ts'),
    ]);
    const result = plan(c, en);
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
