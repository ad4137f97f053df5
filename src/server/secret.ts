import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverWords } from '#words';

const words = serverWords.secret;

/** The server's secret lives beside the database, never in it: `<data directory>/server-secret`. */
export const SECRET_FILE = 'server-secret';
/** UNKNOT_SERVER_SECRET, when set, replaces the file; shorter than this it is refused. */
export const SECRET_ENV_MIN = 32;
const SECRET_BYTES = 32;

/** The secret as written in its file: base64url text of 32 random bytes (a newline after is allowed). */
function readSecret(file: string): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const trimmed = text.trim();
  const secret = Buffer.from(trimmed, 'base64url');
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed) || secret.length < SECRET_BYTES) throw new Error(words.badFile(file));
  return secret;
}

/**
 * The server's secret: UNKNOT_SERVER_SECRET when set, else the file `server-secret` in the data
 * directory (for DATABASE_URL setups too: the directory then holds only this file), made on first start
 * with mode 0600. Two processes starting together on one directory end with the same secret: each
 * writes its own under a temporary name and links it into place, and the link that loses reads the
 * winner's. Servers on several machines sharing one PostgreSQL must share the secret (the same file, or
 * the same variable): a code made through one is otherwise not found through another.
 */
export function loadServerSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const given = env.UNKNOT_SERVER_SECRET;
  if (given !== undefined && given !== '') {
    if (given.length < SECRET_ENV_MIN) throw new Error(words.envTooShort(SECRET_ENV_MIN));
    return Buffer.from(given, 'utf8');
  }
  const file = join(dataDir, SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const temp = join(dataDir, `.${SECRET_FILE}.${process.pid}.${randomBytes(6).toString('hex')}`);
  writeFileSync(temp, `${randomBytes(SECRET_BYTES).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') {
      // A file system without hard links: create the file itself, exclusively.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      try {
        writeFileSync(file, readFileSync(temp), { mode: 0o600, flag: 'wx' });
      } catch (again) {
        if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
  const made = readSecret(file);
  if (!made) throw new Error(words.badFile(file));
  return made;
}

/** One key per use, derived from the secret, so no two uses ever share a key. */
export function derivedKey(secret: Buffer, use: 'share-codes'): Buffer {
  return createHmac('sha256', secret).update(`unknot ${use} v1`).digest();
}
