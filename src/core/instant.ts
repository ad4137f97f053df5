import { z } from 'zod';

/**
 * An ISO instant with its offset, limited to what PostgreSQL's timestamptz stores exactly: years 0001 to
 * 9999, offsets within +-15:59 and at most microseconds. zod's datetime alone also accepts year 0000,
 * offsets up to +-23:59 and any number of decimals (which timestamptz would round).
 */
export const instantSchema = z.iso.datetime({ offset: true }).refine(
  (text) => {
    const m = /^(\d{4})-[^.]*?(?:\.(\d+))?(?:Z|[+-](\d{2}):?\d{2})$/.exec(text);
    return (
      m !== null &&
      m[1] !== '0000' &&
      (m[2] === undefined || m[2].length <= 6) &&
      (m[3] === undefined || Number(m[3]) <= 15)
    );
  },
  {
    message:
      'must be an instant in the years 0001 to 9999, to the microsecond at most, with an offset within +-15:59',
  },
);

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
