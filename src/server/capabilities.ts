import type { FastifyPluginAsync } from 'fastify';
import { accountRoutes } from './accounts/routes.ts';
import { clinicianRoutes } from './clinician/routes.ts';
import type { Db } from './db/types.ts';
import { roomOnDisk } from './disk.ts';
import { engineRoutes } from './engines/routes.ts';
import { type Settings, signUpBytesPerDay } from './settings.ts';
import { shareRoutes } from './shares/routes.ts';
import { syncRoutes } from './sync/routes.ts';

/** Keys derived from the server's secret (secret.ts), one per use. */
export interface Keys {
  shareCodeKey: Buffer;
}

/**
 * One Fastify plugin per capability, each in its own folder (routes.ts beside its store and rules),
 * registered under /api/v1 in this order. A new capability (exports for a clinician, shares) is a
 * folder whose routes.ts makes a plugin from the database and the settings, plus one line here.
 * A plugin declares per route which hook signs the request in (see accounts/guard.ts) and how the
 * route appears in the API document (config.openapi).
 */
export const capabilities: readonly ((db: Db, settings: Settings & Keys) => FastifyPluginAsync)[] = [
  (db, s) =>
    accountRoutes(db, {
      authPerMinute: s.authPerMinute,
      signUpsPerHour: s.signUpsPerHour,
      storedBytes: s.storedBytes,
      signUpBytesPerDay: signUpBytesPerDay(s),
      roomOnDisk: roomOnDisk(s.diskCheckPath ?? db.dataDir, s.minFreeDiskBytes),
    }),
  (db, s) =>
    syncRoutes(
      db,
      { recordsPerDay: s.recordsPerDay, storedBytes: s.storedBytes },
      roomOnDisk(s.diskCheckPath ?? db.dataDir, s.minFreeDiskBytes),
    ),
  () => engineRoutes,
  (db, s) => shareRoutes(db, { authPerMinute: s.authPerMinute, shareCodeKey: s.shareCodeKey }),
  (db, s) =>
    clinicianRoutes(db, {
      authPerMinute: s.authPerMinute,
      redeemsPerHour: s.redeemsPerHour,
      shareCodeKey: s.shareCodeKey,
    }),
];
