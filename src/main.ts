// Process glue for bin/quotes.js: real streams in, exit code out. A closed
// pipe (quotes … | head) ends the run quietly with exit 0.
import { run } from './cli.js';

export function main(): void {
  const onPipeError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      process.exitCode = 0;
      // nothing more can be written; stop without a stack trace
      process.exit();
    }
    throw err;
  };
  process.stdout.on('error', onPipeError);
  run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`quotes: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
