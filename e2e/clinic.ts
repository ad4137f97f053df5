import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { openDb } from '../src/server/db/open.ts';
import type { Db } from '../src/server/db/types.ts';
import { startServer } from '../src/server/main.ts';
import { freshPostgres, tempDir } from '../test/server-helpers.ts';
import { browserForSuite } from './app.ts';
import { DIST, ensureBuilt } from './serve.ts';

/** What a clinician suite works with: its server's address, the operator's handle on its database, Chromium. */
export interface Clinic {
  readonly url: string;
  readonly db: Db;
  readonly browser: Browser;
}

/**
 * For a clinician suite: a server of its own on a fresh PostgreSQL database (with a data directory of its own
 * when `dataDir`), the operator's handle on the same database (as `unknot clinician add` opens it) and the
 * lane's Chromium (browserForSuite), started in `before` and stopped, the database dropped, in `after`.
 */
export function clinicForSuite(options: { dataDir?: boolean } = {}): Clinic {
  let url = '';
  let db: Db | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  let closeBrowser = async () => {};
  let pgDb: Awaited<ReturnType<typeof freshPostgres>> | undefined;
  const data = options.dataDir ? tempDir() : undefined;

  before(async () => {
    ensureBuilt();
    pgDb = await freshPostgres();
    const server = await startServer({
      port: 0,
      ...(data ? { dataDir: data.path } : {}),
      databaseUrl: pgDb.url,
      webRoot: DIST,
      settings: { signUpsPerHour: 100_000, scryptLog2N: 12 },
    });
    url = server.url;
    close = server.close;
    db = await openDb({ databaseUrl: pgDb.url });
    ({ browser, done: closeBrowser } = await browserForSuite());
  });

  after(async () => {
    await closeBrowser();
    await db?.close();
    await close();
    await pgDb?.drop();
    data?.remove();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the clinic starts in the suite's before hook");
    return value;
  };
  return {
    get url() {
      return url;
    },
    get db() {
      return started(db);
    },
    get browser() {
      return started(browser);
    },
  };
}
