import { z } from 'zod';

/** A record's shape version: whole numbers from 1; a higher one than SCHEMA_VERSION comes from newer code. */
export const schemaVersionSchema = z.number().int().min(1).max(1_000_000);
