import { resolve } from 'node:path';
import { serverWords } from '#words';
import { type AdminChannel, adminSocketPath, listenAdmin } from './admin.ts';
import { buildApp } from './app.ts';
import { openDb } from './db/open.ts';
import { loadServerSecret } from './secret.ts';
import { type Settings, settingsFromEnv } from './settings.ts';

export interface ServerOptions {
  /** 0 picks any free port. Default: PORT, else 3000. */
  port?: number;
  host?: string;
  /** PGlite's data directory. Default: UNKNOT_DATA_DIR, else ./data. */
  dataDir?: string;
  /** A PostgreSQL URL; when set (or DATABASE_URL is), PGlite is not used. */
  databaseUrl?: string;
  /** The built web app. Default: dist/web. */
  webRoot?: string;
  logger?: boolean;
  /** Sign-up and login attempts per client address per minute. Default: UNKNOT_AUTH_PER_MINUTE, else 20. */
  authPerMinute?: number;
  /** Anything else to set in place of the environment's settings (see settings.ts). */
  settings?: Partial<Settings>;
}

export interface RunningServer {
  url: string;
  /** The operator's socket (server/admin.ts), on the embedded database; absent with DATABASE_URL. */
  adminSocket?: string;
  /** Why the operator's socket could not be made, when it could not: the server runs without it. */
  adminProblem?: string;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  // The secret sits in the data directory, beside PGlite's cluster (or alone there, with DATABASE_URL).
  const dataDir = resolve(opts.dataDir ?? process.env.UNKNOT_DATA_DIR ?? './data');
  const serverSecret = loadServerSecret(dataDir);
  const db = await openDb({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  let admin: AdminChannel | undefined;
  let adminProblem: string | undefined;
  try {
    // PGlite has one owner, this process: `unknot clinician` reaches it through the socket instead. With
    // DATABASE_URL the command opens PostgreSQL itself, and several servers may share one data directory.
    if (db.kind === 'pglite') {
      try {
        admin = await listenAdmin(db, dataDir);
      } catch (error) {
        adminProblem = serverWords.admin.noSocket(adminSocketPath(dataDir), (error as Error).message);
      }
    }
    const settings = {
      ...settingsFromEnv(),
      ...(opts.authPerMinute ? { authPerMinute: opts.authPerMinute } : {}),
      ...opts.settings,
    };
    const app = await buildApp(db, {
      ...settings,
      webRoot: resolve(opts.webRoot ?? 'dist/web'),
      logger: opts.logger ?? false,
      serverSecret,
    });
    const host = opts.host ?? '127.0.0.1';
    await app.listen({ port: opts.port ?? Number(process.env.PORT ?? 3000), host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port;
    const shown = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
    let closed = false;
    return {
      url: `http://${shown}:${port}`,
      ...(admin ? { adminSocket: admin.path } : {}),
      ...(adminProblem ? { adminProblem } : {}),
      async close() {
        if (closed) return;
        closed = true;
        await admin?.close();
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await admin?.close();
    await db.close();
    throw error;
  }
}
