/**
 * The shape version this code writes into entries and episodes. A record without one is from before
 * versions existed (version 1); a higher one comes from newer code, whose extra fields are kept as they are.
 */
export const SCHEMA_VERSION = 1;
