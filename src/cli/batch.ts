import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type Case, parseCase } from '../core/case.ts';
import { plan } from '../core/plan.ts';
import { problem } from '../core/problem.ts';
import { triage } from '../core/triage.ts';
import { unreadable } from './input.ts';
import { type CliIo, line } from './io.ts';
import { cliWords, words } from './words.ts';

/** The engines in the command's language: the contract's JSON, its text fields in that language. */
const engines = {
  triage: (c: Case) => triage(c, words()),
  plan: (c: Case) => plan(c, words()),
} as const;

/** One line of output for one line of input: the engine's JSON, or the line's number and what to fix. */
function answer(engine: (typeof engines)[keyof typeof engines], text: string, n: number): [string, boolean] {
  const refuse = (field: string, message: string): [string, boolean] => [
    JSON.stringify({ line: n, ...problem(message, field) }),
    false,
  ];
  if (text.trim() === '') return refuse('input', cliWords().input.emptyLine);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return refuse('input', cliWords().input.notJson((err as Error).message));
  }
  const parsed = parseCase(json, words().fields);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return refuse(first?.field ?? 'input', first?.message ?? cliWords().input.invalidCase);
  }
  return [JSON.stringify(engine(parsed.value)), true];
}

/** Writes and waits when the stream asks, so a slow reader downstream never makes the output pile up. */
function write(out: CliIo['stdout'], text: string): Promise<void> | undefined {
  if (out.write(text)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) out.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) out.once(event, done);
  });
}

/**
 * `unknot triage|plan --jsonl`: one case a line in, one result a line out, in order, for thousands of cases.
 * A refused line is answered with its number and field, and the rest go on. Returns 2 when any was refused.
 */
export async function batch(
  verb: keyof typeof engines,
  file: string | undefined,
  io: CliIo,
): Promise<number> {
  const engine = engines[verb];
  const input: Readable = file === undefined || file === '-' ? io.stdin : createReadStream(file);
  input.setEncoding('utf8');
  let n = 0;
  let refused = 0;
  let rest = '';
  let out = '';
  const take = (text: string) => {
    const [result, ok] = answer(engine, text.endsWith('\r') ? text.slice(0, -1) : text, ++n);
    if (!ok) refused++;
    out += `${result}\n`;
  };
  // The reader closed the pipe (`| head`): stop quietly, as other Unix tools do, with no stack trace.
  let gone = false;
  const stop = () => {
    gone = true;
  };
  io.stdout.on('error', stop);
  try {
    for await (const chunk of input) {
      if (gone) break;
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const text of lines) take(text);
      // Written a chunk at a time: one write per line would cost more than the engine.
      if (out.length > 0) {
        await write(io.stdout, out);
        out = '';
      }
    }
  } catch (err) {
    if (file !== undefined && file !== '-' && n === 0) throw unreadable(file, err);
    throw err;
  }
  if (rest !== '' && !gone) take(rest);
  if (out.length > 0 && !gone) await write(io.stdout, out);
  io.stdout.off('error', stop);
  if (refused > 0) {
    line(io.stderr, cliWords().input.refused(verb, refused, n));
    return 2;
  }
  return 0;
}
