/**
 * The API server the clinician bench drives, in a process of its own (as in a deployment), so the load
 * generator's work does not run on the server's event loop. Prints its port, then serves until killed.
 */
import { buildApp } from '../../src/server/app.ts';
import { openDb } from '../../src/server/db/open.ts';
import { settingsFromEnv } from '../../src/server/settings.ts';

const db = await openDb({ databaseUrl: process.env.DATABASE_URL as string });
const app = await buildApp(db, { ...settingsFromEnv({}), webRoot: '/nonexistent', logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await db.close();
  process.exit(0);
});
