import { parseArgs } from 'node:util';
import { serverWords } from '#words';
import { buildWebIfStale } from './build-web.ts';
import { startServer } from './main.ts';

export interface ServeIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const words = serverWords.serve;

/** `unknot serve`: runs until SIGINT or SIGTERM, then closes the database cleanly. */
export async function serve(argv: string[], io: ServeIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.stderr.write(`${words.refused((error as Error).message)}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(words.help);
    return 0;
  }
  const port = args.port === undefined ? undefined : Number(args.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    io.stderr.write(`${words.refused(words.port(String(args.port)))}\n`);
    return 2;
  }
  if (args.build && !buildWebIfStale(process.cwd(), (line) => io.stderr.write(`${line}\n`))) {
    io.stderr.write(`${words.refused(words.notBuilt)}\n`);
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ port, host: args.host, dataDir: args['data-dir'], logger: args.log });
  } catch (error) {
    io.stderr.write(`${words.refused(words.couldNotStart((error as Error).message))}\n`);
    return 1;
  }
  if (server.adminProblem) io.stderr.write(`${words.refused(server.adminProblem)}\n`);
  // Listen for the stop signal before saying "running": a supervisor may send it the moment it reads that line.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  io.stdout.write(`${words.running(server.url)}\n`);
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
