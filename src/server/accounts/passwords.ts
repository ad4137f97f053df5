import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { Gate } from '../gate.ts';

/** OWASP's scrypt floor (2026): N=2^17, r=8, p=1, 128 MiB and about 0.4 s here per hash. */
export const OWASP_LOG2N = 17;
let log2n = OWASP_LOG2N;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

/** Sets the cost of new hashes (the benchmark lowers it); stored hashes keep their own parameters. */
export function setScryptCost(value: number): void {
  log2n = value;
}

// Each hash holds 128 MiB for its duration: two at a time (one per core) bound the memory.
const hashing = new Gate(2);

async function derive(password: string, salt: Buffer, opts: ScryptOptions & { N: number }): Promise<Buffer> {
  await hashing.enter();
  try {
    return await new Promise((resolve, reject) =>
      scrypt(
        password.normalize('NFKC'),
        salt,
        KEY_BYTES,
        { ...opts, maxmem: 256 * opts.N * (opts.r ?? R) },
        (err, key) => (err ? reject(err) : resolve(key)),
      ),
    );
  } finally {
    hashing.leave();
  }
}

/** `scrypt$N$r$p$salt$key`: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** log2n;
  const key = await derive(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A stored hash made at a lower cost than today's: rehashed at the next successful login. */
export function hashIsWeak(stored: string): boolean {
  return Number(stored.split('$')[1]) < 2 ** log2n;
}

/**
 * Spent on unknown emails, and on failed logins to accounts whose hash is older and cheaper than today's, so
 * that a login's timing does not tell whether the account exists or how old its password is. One per cost.
 */
const dummyHashes = new Map<number, Promise<string>>();
export function dummyPasswordHash(): Promise<string> {
  let hash = dummyHashes.get(log2n);
  if (!hash) {
    hash = hashPassword(randomBytes(32).toString('base64'));
    dummyHashes.set(log2n, hash);
  }
  return hash;
}
