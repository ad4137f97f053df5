import { serve } from './serve.ts';

// The server alone, for tests and the benchmark that run it as a child process and kill it.
process.exitCode = await serve(process.argv.slice(2), process);
