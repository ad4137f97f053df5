import { chmodSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { serverWords } from '#words';
import { emailSchema } from '../core/account.ts';
import {
  addClinician,
  type ClinicianRow,
  listClinicians,
  type RemovedClinician,
  removeClinician,
} from './clinician/accounts.ts';
import type { Db } from './db/types.ts';

const words = serverWords.admin;

/**
 * The operator's channel to a running server: `unknot clinician add|list|remove` while the server holds the
 * embedded database (PGlite has one owner at a time, so the command cannot open it beside the server). A Unix
 * domain socket in the data directory, made with mode 0600: only the account that runs the server (and root)
 * can connect, never anyone over the network. It answers these three operations and nothing else, each run
 * through the server's own database handle, so they queue with the server's own transactions.
 */
export const ADMIN_SOCKET = 'admin.sock';

export const adminSocketPath = (dataDir: string) => join(dataDir, ADMIN_SOCKET);

export const adminRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), email: emailSchema }),
  z.object({ op: z.literal('list') }),
  z.object({ op: z.literal('remove'), email: emailSchema }),
]);
export type AdminRequest = z.infer<typeof adminRequestSchema>;

export type AdminResult =
  | {
      op: 'add';
      added:
        | { kind: 'created' | 'renewed' | 'restored'; token: string; expiresAt: string }
        | { kind: 'is_patient' };
    }
  | { op: 'list'; clinicians: ClinicianRow[] }
  | { op: 'remove'; removed: RemovedClinician };

/** One answer on the wire: the result, or why there is none. */
type Reply = { ok: true; result: AdminResult } | { ok: false; error: string };

/** A request is one short line of JSON; anything longer is not one of ours. */
const REQUEST_MAX = 4096;
/** A connection that sends nothing, or reads nothing, is closed after this long. */
const IDLE_MS = 15_000;

/** Runs one operator's operation on a database: the running server's (over the socket) or one opened for it. */
export async function runAdmin(db: Db, request: AdminRequest): Promise<AdminResult> {
  switch (request.op) {
    case 'add': {
      const added = await addClinician(db, request.email);
      return {
        op: 'add',
        added: added.kind === 'is_patient' ? added : { ...added, expiresAt: added.expiresAt.toISOString() },
      };
    }
    case 'list':
      return { op: 'list', clinicians: await listClinicians(db) };
    case 'remove':
      return { op: 'remove', removed: await removeClinician(db, request.email) };
  }
}

function answer(db: Db, socket: Socket, line: string): void {
  const send = (reply: Reply) => socket.end(`${JSON.stringify(reply)}\n`);
  let request: AdminRequest;
  try {
    request = adminRequestSchema.parse(JSON.parse(line));
  } catch {
    send({ ok: false, error: words.notARequest });
    return;
  }
  runAdmin(db, request).then(
    (result) => send({ ok: true, result }),
    (error: Error) => send({ ok: false, error: error.message }),
  );
}

export interface AdminChannel {
  path: string;
  close(): Promise<void>;
}

/**
 * Listens on `<dataDir>/admin.sock`. The caller holds the data directory (its lock, or it serves DATABASE_URL
 * alone from it), so a socket file already there is a dead server's and is replaced.
 */
export async function listenAdmin(db: Db, dataDir: string): Promise<AdminChannel> {
  const path = adminSocketPath(dataDir);
  rmSync(path, { force: true });
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setTimeout(IDLE_MS, () => socket.destroy());
    socket.setEncoding('utf8');
    let text = '';
    const onData = (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0 && text.length <= REQUEST_MAX) return;
      socket.off('data', onData);
      if (end < 0 || end > REQUEST_MAX) socket.destroy();
      else answer(db, socket, text.slice(0, end));
    };
    socket.on('data', onData);
  });
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => resolve());
  });
  // The socket is made owner-only from the start: the umask holds while listen() binds it (synchronously).
  let umask: number | undefined;
  try {
    umask = process.umask(0o177);
  } catch {
    // Worker threads cannot set the umask: the chmod below still closes the socket to others.
  }
  try {
    server.listen(path);
  } finally {
    if (umask !== undefined) process.umask(umask);
  }
  await listening;
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Asks the server listening on `path`; `undefined` when none is (no socket file, or one left by a server that
 * stopped): the caller then opens the database itself. A refusal by the server is thrown as its message.
 */
export function askAdmin(
  path: string,
  request: AdminRequest,
  timeoutMs = 60_000,
): Promise<AdminResult | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    let text = '';
    let connected = false;
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(words.noAnswer(path))));
    socket.once('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (!connected && (error.code === 'ENOENT' || error.code === 'ECONNREFUSED')) resolve(undefined);
      else reject(error);
    });
    socket.once('end', () => {
      let reply: Reply;
      try {
        reply = JSON.parse(text) as Reply;
      } catch {
        reject(new Error(words.noAnswer(path)));
        return;
      }
      if (reply.ok) resolve(reply.result);
      else reject(new Error(reply.error));
    });
  });
}
