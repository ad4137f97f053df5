import { parseArgs } from 'node:util';
import { emailSchema } from '../core/account.ts';
import { enClinician } from '../core/knowledge/text/en/clinician.ts';
import { type CliIo, line, UsageError } from './io.ts';

const w = enClinician.cli;

/**
 * `unknot clinician add EMAIL`: makes a clinician account in the server's own database (the PGlite data
 * directory, or DATABASE_URL) and prints a one-time link where the clinician sets a password.
 */
export async function clinicianCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(w.badOption((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    line(io.stdout, w.help);
    return 0;
  }
  const [action, given, ...extra] = positionals;
  if (action !== 'add' || given === undefined || extra.length > 0) throw new UsageError(w.usage);
  const email = emailSchema.safeParse(given);
  if (!email.success) throw new UsageError(w.badEmail(given));
  const base = (values.url ?? process.env.UNKNOT_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const [{ openDb }, { addClinician, SETUP_HOURS }] = await Promise.all([
    import('../server/db/open.ts'),
    import('../server/clinician/accounts.ts'),
  ]);
  let db: Awaited<ReturnType<typeof openDb>>;
  try {
    db = await openDb({ dataDir: values['data-dir'] });
  } catch (error) {
    line(io.stderr, `unknot: ${w.couldNotOpen((error as Error).message)}`);
    return 1;
  }
  try {
    const added = await addClinician(db, email.data);
    if (added.kind === 'is_patient') throw new UsageError(w.isPatient(email.data));
    line(io.stdout, added.kind === 'created' ? w.created(email.data) : w.linkAgain(email.data));
    // In the fragment: the token never reaches a server log or a Referer header.
    line(io.stdout, w.link(`${base}/clinician.html#setup=${added.token}`, SETUP_HOURS));
    return 0;
  } finally {
    await db.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}
