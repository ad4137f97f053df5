import type { Readable, Writable } from 'node:stream';

/** The CLI's whole world: streams and a clock, passed in so tests and the binary share one code path. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  now: () => Date;
}

/** An error a person caused and can fix: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    // One line on standard error, whatever the message quotes.
    super(message.replace(/\s*[\r\n]+\s*/g, ' '));
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
