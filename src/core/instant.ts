import { z } from 'zod';
import { check } from './issues.ts';

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
  { params: check({ id: 'instantRange' }) },
);

export { compareInstants } from './instant-order.ts';
