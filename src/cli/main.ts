// Each verb's code is imported when that verb runs, so `triage` never loads the server or the question flow.
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../core/dates.ts';
import { findings } from '../core/knowledge/findings.ts';
import { type CliIo, line, UsageError } from './io.ts';

const usage = `unknot: a self-care companion for acute lower-back muscle spasm.
Not a substitute for a clinician: if in doubt, or if a warning sign appears, get medical help.

Usage:
  unknot check [--today YYYY-MM-DD]   answer questions, get a result and today's plan
  unknot triage [FILE] [--json]       triage a case (JSON from FILE or standard input)
  unknot triage [FILE] --jsonl        triage many cases: one JSON case a line in, one result a line out
  unknot plan [FILE] [--json]         triage a case and make its dated care plan
  unknot plan [FILE] --jsonl          plan many cases, one a line
  unknot serve [--port N]             run the server: the web app, the API and sync
  unknot export --format pdf|fhir|ics|csv [BACKUP.json]   export the current episode from a backup
  unknot <command> --help             help for one command

Exit status: 0 for every valid case, 2 for invalid input (with --jsonl: 2 when any line was refused).`;

const jsonlNote =
  'a refused line gives {"line":N,"error":{"field","message"}} and the rest go on; exit 2 if any was refused';

const caseHelp = `The case is JSON, read from FILE or from standard input when FILE is - or absent:
  { "age": 34, "onset": "2026-11-20", "asOf": "2026-11-21", "painNow": 7,
    "trend": "better", "findings": ["lifting_trigger", "localized_pain"] }

  age        required, whole years 0-120
  onset      required, YYYY-MM-DD the pain started
  asOf       required, YYYY-MM-DD of this assessment, not before onset
  painNow    optional, 0-10
  trend      optional, "better", "same" or "worse" since it started
  findings   optional, finding codes:
${findings.map((f) => `    ${f.code.padEnd(34)} ${f.label}`).join('\n')}`;

const verbHelp: Record<string, string> = {
  triage: `unknot triage [FILE] [--json]
Prints how urgently to get help (emergency, urgent, gp_soon or self_care) and every reason.
  --json   one JSON document: { disposition, days, reasons[] }
  --jsonl  batch: one case a line in, one result a line out (${jsonlNote})

${caseHelp}`,
  plan: `unknot plan [FILE] [--json]
Triages the case, then prints a care plan from asOf: cold or heat sessions inside the waking day,
check-ins, rest guidance and advice.
  --json   one JSON document: { triage, sessions[], checkIns[], maxBedRestDays, advice[], days[] }
  --jsonl  batch: one case a line in, one plan a line out (${jsonlNote})

${caseHelp}
  wakeTime   optional, HH:MM the waking day starts (default 07:00)
  sleepTime  optional, HH:MM the waking day ends (default 22:00)`,
  check: `unknot check [--today YYYY-MM-DD]
Asks the questions one at a time: warning signs first, then about you, then how it started and
what it feels like. Answer y, n or ? (not sure); type "back" to change the last answer.
Answers can be piped in, one per line. --today sets the assessment date (default: today).`,
};

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
  const help = verbHelp[verb];
  if (!help)
    throw new UsageError(
      `command: unknown command "${verb}"; use check, triage, plan or serve (see unknot --help)`,
    );

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        today: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(`options: ${(err as Error).message}; see unknot ${verb} --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    line(io.stdout, help);
    return 0;
  }

  if (verb === 'check') {
    const today = values.today;
    if (today !== undefined && (typeof today !== 'string' || !isCalendarDate(today))) {
      throw new UsageError('--today: must be a calendar date as YYYY-MM-DD');
    }
    const { check } = await import('./check.ts');
    return check(io, typeof today === 'string' ? today : undefined);
  }
  if (positionals.length > 1) throw new UsageError(`FILE: give one case file, not ${positionals.length}`);
  if (values.jsonl) {
    if (values.json) throw new UsageError('options: give --json or --jsonl, not both');
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
    const result = triage(c);
    io.stdout.write(values.json ? json(result) : `${renderTriage(result)}\n`);
  } else {
    const [{ plan }, { renderPlan }] = await Promise.all([import('../core/plan.ts'), import('./render.ts')]);
    const result = plan(c);
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
      line(io.stderr, `unknot: ${err.message}`);
      return 2;
    }
    throw err;
  }
}
