import { parseArgs } from 'node:util';
import { buildWebIfStale } from './build-web.ts';
import { startServer } from './main.ts';

export interface ServeIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const HELP = `Usage: unknot serve [--port N] [--host ADDRESS] [--data-dir DIR] [--build]

Runs the Unknot server: the web app and its API.
  --port N        port to listen on (default: PORT, else 3000; 0 picks a free one)
  --host ADDRESS  address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --data-dir DIR  the embedded database's directory (default: UNKNOT_DATA_DIR, else ./data)
  --build         build the web app first when its sources are newer than dist/web
With DATABASE_URL set, the server uses that PostgreSQL server instead of the embedded database.
`;

/** `unknot serve`: runs until SIGINT or SIGTERM, then closes the database cleanly. */
export async function serve(argv: string[], io: ServeIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.stderr.write(`unknot serve: ${(error as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const port = args.port === undefined ? undefined : Number(args.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    io.stderr.write(`unknot serve: --port must be a whole number from 0 to 65535 (got ${args.port})\n`);
    return 2;
  }
  if (args.build && !buildWebIfStale(process.cwd(), (line) => io.stderr.write(`${line}\n`))) {
    io.stderr.write('unknot serve: the web app did not build; serving the API and a placeholder page\n');
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ port, host: args.host, dataDir: args['data-dir'], logger: args.log });
  } catch (error) {
    io.stderr.write(`unknot serve: could not start: ${(error as Error).message}\n`);
    return 1;
  }
  // Listen for the stop signal before saying "running": a supervisor may send it the moment it reads that line.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  io.stdout.write(`Unknot is running at ${server.url}\n`);
  await stopped;
  await server.close();
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      build: { type: 'boolean', default: false },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
}
