import { z } from 'zod';

/**
 * An ISO instant with its offset, limited to what PostgreSQL's timestamptz stores: years 0001 to 9999
 * and offsets within +-15:59. zod's datetime alone also accepts year 0000 and offsets up to +-23:59.
 */
export const instantSchema = z.iso.datetime({ offset: true }).refine(
  (text) => {
    const m = /^(\d{4})-.*?(?:Z|[+-](\d{2}):?\d{2})$/.exec(text);
    return m !== null && m[1] !== '0000' && (m[2] === undefined || Number(m[2]) <= 15);
  },
  { message: 'must be an instant in the years 0001 to 9999 with an offset within +-15:59' },
);
