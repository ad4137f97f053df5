/** Everything an operator can tune, read once from the environment; tests pass their own. */
export interface Settings {
  /** Sign-up and login attempts per client address per minute. */
  authPerMinute: number;
  /** Sign-ups per client address per hour: asking whether an email has an account stays slow. */
  signUpsPerHour: number;
  /**
   * Fastify's trustProxy: false, a hop count, or the proxies' addresses (comma-separated, CIDR allowed).
   * Only a named proxy's X-Forwarded-For and X-Forwarded-Proto are believed.
   */
  trustProxy: false | number | string[];
  /** A request's headers and body must arrive within this, or the socket is closed. */
  requestTimeoutMs: number;
  /**
   * A reply must be written whole within this, counted from when it starts: a client that does not read
   * it, or reads a trickle, has its socket destroyed, and what the reply held (its sync slot) is let go.
   */
  replyTimeoutMs: number;
  /** Records (entries and episode writes) one account may store per UTC day. */
  recordsPerDay: number;
  /** Bytes of entries and episodes one account may hold. */
  storedBytes: number;
  /**
   * Account quota (storedBytes each) that sign-ups from one address may claim per UTC day, counted in the
   * database so it holds across processes. Unset: one hour's sign-ups at full quota, signUpsPerHour x
   * storedBytes (20 x 50 MiB = 1000 MiB with the defaults), so a day holds what an hour did before.
   */
  signUpBytesPerDay?: number;
  /** Writes (sign-ups, pushes that store records) are refused with 507 while the disk has less free; 0: never. */
  minFreeDiskBytes: number;
  /**
   * A path on the disk to watch: by default PGlite's data directory; with DATABASE_URL, no check unless this
   * names a path on the database's disk (a mount shared with it, say).
   */
  diskCheckPath: string | undefined;
  /** scrypt's cost as a power of two for new password hashes. */
  scryptLog2N: number;
  /** Requests to signed-in routes without a valid login, per client address per minute (then 429). */
  signedOutPerMinute: number;
  /** Share codes that did not work, per clinician per hour, counted in the database across processes. */
  redeemsPerHour: number;
}

const number = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** `{ [key]: n }` for a number that was set and valid, else nothing (the setting's default is derived). */
const optional = <K extends string>(key: K, n: number) =>
  (Number.isNaN(n) ? {} : { [key]: n }) as Partial<Record<K, number>>;

/** Like `number`, but 0 is a value of its own (it turns the check off). */
const zeroOr = (value: string | undefined, fallback: number): number =>
  value?.trim() === '0' ? 0 : number(value, fallback);

/** `1`..`9` is a hop count; anything else names the proxies; empty or `0` trusts nobody. */
export function parseTrustProxy(value: string | undefined): Settings['trustProxy'] {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  if (/^[1-9]$/.test(text)) return Number(text);
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What sign-ups from one address may claim per day: the setting, else an hour's sign-ups at full quota. */
export function signUpBytesPerDay(s: Settings): number {
  return s.signUpBytesPerDay ?? s.signUpsPerHour * s.storedBytes;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    authPerMinute: number(env.UNKNOT_AUTH_PER_MINUTE, 20),
    signUpsPerHour: number(env.UNKNOT_SIGNUPS_PER_HOUR, 20),
    trustProxy: parseTrustProxy(env.UNKNOT_TRUST_PROXY),
    requestTimeoutMs: number(env.UNKNOT_REQUEST_TIMEOUT_MS, 20_000),
    replyTimeoutMs: number(env.UNKNOT_REPLY_TIMEOUT_MS, 60_000),
    recordsPerDay: number(env.UNKNOT_RECORDS_PER_DAY, 5_000),
    storedBytes: number(env.UNKNOT_STORED_BYTES, 50 * 1024 * 1024),
    scryptLog2N: number(env.UNKNOT_SCRYPT_LOG2N, 17),
    signedOutPerMinute: number(env.UNKNOT_SIGNED_OUT_PER_MINUTE, 600),
    redeemsPerHour: number(env.UNKNOT_REDEEMS_PER_HOUR, 30),
    ...optional('signUpBytesPerDay', number(env.UNKNOT_SIGNUP_BYTES_PER_DAY, Number.NaN)),
    minFreeDiskBytes: zeroOr(env.UNKNOT_MIN_FREE_DISK_MB, 512) * 1024 * 1024,
    diskCheckPath: env.UNKNOT_DISK_CHECK_PATH?.trim() || undefined,
  };
}
