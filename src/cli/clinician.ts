import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emailSchema } from '../core/account.ts';
import { localDate } from '../core/clock.ts';
import { localClock } from '../core/dates.ts';
import type { AdminRequest, AdminResult } from '../server/admin.ts';
import { type CliIo, line, UsageError } from './io.ts';
import { words } from './words.ts';

const w = () => words().clinician.cli;

/** What the operator asked for, from the words after `unknot clinician`. */
function requestOf(positionals: string[]): AdminRequest {
  const [action, given, ...extra] = positionals;
  if (action === 'list' && given === undefined) return { op: 'list' };
  if ((action !== 'add' && action !== 'remove') || given === undefined || extra.length > 0)
    throw new UsageError(w().usage);
  const email = emailSchema.safeParse(given);
  if (!email.success) throw new UsageError(w().badEmail(given));
  return { op: action, email: email.data };
}

/**
 * Where the operation runs: with DATABASE_URL, in that PostgreSQL database; else through the running server's
 * socket in the data directory (the server owns the embedded database while it runs); else, no server
 * listening, in the data directory's database opened here.
 */
async function reach(request: AdminRequest, dataDir: string | undefined): Promise<AdminResult> {
  const { adminSocketPath, askAdmin, runAdmin } = await import('../server/admin.ts');
  if (!process.env.DATABASE_URL) {
    const dir = resolve(dataDir ?? process.env.UNKNOT_DATA_DIR ?? './data');
    let answered: AdminResult | undefined;
    try {
      answered = await askAdmin(adminSocketPath(dir), request);
    } catch (error) {
      throw new Refused(w().serverRefused((error as Error).message));
    }
    if (answered) return answered;
  }
  const { openDb } = await import('../server/db/open.ts');
  let db: Awaited<ReturnType<typeof openDb>>;
  try {
    db = await openDb({ dataDir });
  } catch (error) {
    throw new Refused(w().couldNotOpen((error as Error).message));
  }
  try {
    return await runAdmin(db, request);
  } finally {
    await db.close();
  }
}

/** The command could not do it (not the operator's typing): one line, exit 1. */
class Refused extends Error {}

/** An instant on the operator's own clock, to the minute. */
const shown = (iso: string) => {
  const at = new Date(iso);
  return `${localDate(at)} ${localClock(at)}`;
};

/** What the operator reads: the link, the list, or what ended; a refusal as one line on standard error. */
async function render(request: AdminRequest, result: AdminResult, base: string, io: CliIo): Promise<number> {
  if (result.op === 'add' && request.op === 'add') {
    const { added } = result;
    if (added.kind === 'is_patient') throw new UsageError(w().isPatient(request.email));
    const { SETUP_HOURS } = await import('../server/clinician/accounts.ts');
    const said = { created: w().created, renewed: w().linkAgain, restored: w().restored }[added.kind];
    line(io.stdout, said(request.email));
    // In the fragment: the token never reaches a server log or a Referer header.
    line(io.stdout, w().link(`${base}/clinician.html#setup=${added.token}`, SETUP_HOURS));
    return 0;
  }
  if (result.op === 'remove' && request.op === 'remove') {
    const { removed } = result;
    if (removed.kind === 'is_patient') throw new UsageError(w().notClinician(request.email));
    if (removed.kind === 'not_found') {
      line(io.stderr, `unknot: ${w().notFound(request.email)}`);
      return 1;
    }
    line(io.stdout, w().removed(request.email, removed.shares, removed.logins));
    return 0;
  }
  if (result.op !== 'list') return 1;
  const rows = result.clinicians;
  if (rows.length === 0) {
    line(io.stdout, w().noClinicians);
    return 0;
  }
  const width = Math.max(...rows.map((c) => c.email.length));
  line(io.stdout, w().listHead(rows.length));
  for (const c of rows)
    line(io.stdout, w().listRow({ ...c, email: c.email.padEnd(width), added: shown(c.addedAt) }));
  return 0;
}

/**
 * `unknot clinician add EMAIL | list | remove EMAIL`: the operator's clinicians, in the server's database,
 * whether the server runs or not (see `reach`). `add` prints a one-time link where the clinician sets a password.
 */
export async function clinicianCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(w().badOption((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    line(io.stdout, w().help);
    return 0;
  }
  const request = requestOf(positionals);
  const base = (values.url ?? process.env.UNKNOT_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  try {
    return await render(request, await reach(request, values['data-dir']), base, io);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    line(io.stderr, `unknot: ${error.message}`);
    return 1;
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
