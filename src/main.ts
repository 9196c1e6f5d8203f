// Process glue for bin/quotes.js: real streams in, exit code out. Never calls
// process.exit(): a large output still in the pipe's buffer would be cut. A
// closed pipe (quotes … | head) is noticed by the CLI's output sink, which stops
// the run; the CLI then returns 0, and Node exits when the streams are done.
// --version answers before the rest of the CLI is even loaded (the bundle is
// split: dist/cli.js is this file; the commands live in a chunk loaded on use).
import { VERSION } from './version.js';

export function main(): void {
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(VERSION + '\n');
    return;
  }
  // A write error on stdout reaches the CLI's sink (cli.ts reports it); this
  // listener only keeps Node from turning a late one into a stack trace.
  process.stdout.on('error', () => {});
  // Nothing useful can be said when stderr itself is closed (quotes 2>&1 | head).
  process.stderr.on('error', () => {});
  import('./cli.js').then(({ run }) => run(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env })).then(
    (code) => {
      process.exitCode = code;
      // stop reading standard input if the run ended before it did (the reader of stdout went away)
      if (!process.stdin.readableEnded) process.stdin.destroy();
    },
    (err: unknown) => {
      process.stderr.write(`quotes: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
