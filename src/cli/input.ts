import { readFile } from 'node:fs/promises';
import { type Case, parseCase } from '../core/case.ts';
import { type CliIo, readAll, UsageError } from './io.ts';
import { words as catalogue, cliWords } from './words.ts';

const words = () => cliWords().input;

/** Reads the case from FILE, or standard input when FILE is "-" or absent, and validates it. */
export async function readCase(file: string | undefined, io: CliIo): Promise<Case> {
  let text: string;
  if (file === undefined || file === '-') {
    text = await readAll(io.stdin);
  } else {
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw unreadable(file, err);
    }
  }
  if (text.trim() === '') {
    throw new UsageError(words().empty);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const reason = String((err as Error).message).split(/, "| in JSON/)[0];
    throw new UsageError(words().notJson(`${reason}${where(err, text)}`));
  }
  const parsed = parseCase(json, catalogue().fields);
  if (!parsed.ok) throw new UsageError(parsed.errors[0]?.message ?? words().invalidCase);
  return parsed.value;
}

/** Why a file named by `name` (FILE, BACKUP) cannot be read, said the same way by every verb. */
export function unreadableMessage(file: string, err: unknown, name: string, what: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : 'other';
  return words().unreadable(name, file, why, what);
}

/** The one-line refusal for a case FILE that cannot be read. */
export function unreadable(file: string, err: unknown): UsageError {
  return new UsageError(unreadableMessage(file, err, 'FILE', words().caseFile));
}

/** Where JSON.parse stopped, as a line and column; never the input itself, which may span lines. */
function where(err: unknown, text: string): string {
  const at = /position (\d+)/.exec(String((err as Error).message));
  if (!at) return '';
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return words().at(lines.length, (lines.at(-1)?.length ?? 0) + 1);
}
