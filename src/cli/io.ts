import type { Readable, Writable } from 'node:stream';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { cliWords } from './words.ts';

/** The CLI's whole world: streams and a clock, passed in so tests and the binary share one code path. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  now: () => Date;
  /** The environment the language is read from (LC_ALL, LC_MESSAGES, LANG); the process's when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** An error a person caused and can fix: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The verb that says it, for a verb that names itself at the start of the line (`unknot export: ...`). */
    readonly verb?: string,
  ) {
    // One line on standard error, whatever the message quotes.
    super(message.replace(/\s*[\r\n]+\s*/g, ' '));
  }
}

const help = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A verb's options (with --help, which every verb has) and operands; an unknown or malformed option is a
 * UsageError pointing to the verb's help (said by the verb itself when `namesItself`: `unknot export: ...`).
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  verb: string,
  namesItself = false,
) {
  try {
    return parseArgs({ args, options: { ...options, ...help }, allowPositionals: true });
  } catch (err) {
    throw new UsageError(
      cliWords().usage.badOption((err as Error).message, verb),
      namesItself ? verb : undefined,
    );
  }
}

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function line(out: Writable, text = ''): void {
  out.write(`${text}\n`);
}
