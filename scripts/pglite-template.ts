// `node --import tsx scripts/pglite-template.ts DIR`: makes DIR/pg, a PGlite cluster with every migration applied,
// from the empty cluster UNKNOT_PGLITE_TEMPLATE names (scripts/test.mjs makes both once a run). A server whose
// data directory is new starts from it (UNKNOT_PGLITE_MIGRATED_TEMPLATE, src/server/db/pglite.ts) instead of
// migrating an empty cluster again.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '../src/server/db/migrations.ts';
import { openPglite } from '../src/server/db/pglite.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: scripts/pglite-template.ts DIR');
const db = await openPglite(dir);
await migrate(db);
await db.close();
// The cluster alone: the lock file and the operator's socket belong to a server, not to a template.
for (const name of ['unknot-server.pid', 'admin.sock']) rmSync(join(dir, name), { force: true });
