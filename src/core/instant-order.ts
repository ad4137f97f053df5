// Plain functions, no zod: the app's first screen orders instants without loading the validator.
const INSTANT_PARTS = /^(.{19})(?:\.(\d{1,6}))?(Z|[+-]\d{2}):?(\d{2})?$/;

/**
 * Orders two valid instants as points in time, to the microsecond, as PostgreSQL's timestamptz does:
 * '2026-11-21T11:30:00+02:00' is before '2026-11-21T10:00:00.000Z' although its text sorts after.
 */
export function compareInstants(a: string, b: string): number {
  const [am, au] = instantParts(a);
  const [bm, bu] = instantParts(b);
  return am - bm || au - bu;
}

/** Milliseconds since the epoch and the microseconds beyond them (Date.parse keeps only milliseconds). */
function instantParts(text: string): [number, number] {
  const m = INSTANT_PARTS.exec(text);
  if (!m) throw new RangeError(`not an instant: ${text}`);
  const digits = (m[2] ?? '').padEnd(6, '0');
  const zone = m[3] === 'Z' ? 'Z' : `${m[3]}:${m[4]}`;
  const ms = Date.parse(`${m[1]}.${digits.slice(0, 3)}${zone}`);
  return [ms, Number(digits.slice(3))];
}
