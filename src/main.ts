// Process glue for bin/quotes.js: real streams in, exit code out. Never calls
// process.exit(): a large output still in the pipe's buffer would be cut. A
// closed pipe (quotes … | head) is noticed by the CLI's output sink, which stops
// the run; the CLI then returns 0, and Node exits when the streams are done.
// --version answers before the rest of the CLI is even loaded: dist/cli.js is
// this file; the commands and the engine are dist/run.cjs, loaded on use
// through V8's code cache (src/run/code-cache.ts).
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type * as Commands from './cli.js';
import { loadBundle, type CodeCacheState, type LoadedBundle } from './run/code-cache.js';
import { VERSION } from './version.js';

/**
 * V8 settings for a process that runs a large body of regex-heavy code over a
 * stream of documents, measured with `npm run bench`-style runs on this
 * project's inputs (medians of interleaved runs; the library never sets them,
 * only the CLI, for itself and its --jobs workers):
 * - compile each regular expression to machine code at its first use, instead
 *   of interpreting it first: a 5 KB article 176 → 152 ms;
 * - a smaller inlining budget: TurboFan compiles the large attribution
 *   functions in a fraction of the time, so optimized code arrives sooner and
 *   costs less CPU; the warm engine runs as fast.
 * Both: 3.9 MB of news 2.46 → 2.15 s (CPU 3.9 → 3.1 s), a novel 620 → 571 ms.
 * Set only on the Node.js major they were measured on: V8 prints "unrecognized
 * flag" on stderr for a flag its version no longer has.
 */
const V8_FLAGS = ['--no-regexp-tier-up', '--max-inlined-bytecode-size-cumulative=300'];
const V8_FLAGS_NODE = '20.';

/**
 * Set when worker threads start (a long stream or many files): let each heap
 * grow by 40% of its live size before the next full collection, not by V8's
 * default factor of up to 4×, so the calling thread and the workers hold less
 * garbage at a time. Measured on the 65 MB JSONL stream at --jobs 2 (three
 * interleaved runs each): peak RSS 199–208 → 170–175 MB for 1–4% more wall
 * time; at 20%, 166–173 MB for up to 6%. Runs that start no worker (an
 * article, 3.9 MB of news, --jobs 1) are left as they are.
 */
const WORKER_V8_FLAGS = ['--heap-growing-percent=40'];

/**
 * Set when the whole input is one short article or a few (files on disk of
 * cli.ts SMALL_INPUT bytes or fewer), before extraction: compile each regular
 * expression without V8's matching optimisations (the analyses and the
 * lookahead it builds for each one). A run over one article compiles some 580
 * of them, most with Unicode classes, and uses each only a few times, so
 * compiling is most of its cost; over longer inputs the optimised matching
 * pays for itself. Measured on a 5 KB article with valgrind (instructions of
 * the whole process, steadier than time on a shared host): 1.645 → 1.47–1.54
 * billion (`node -e 0`: 0.50); timed, medians of interleaved runs with the
 * code caches accepted: 193 → 180 ms (31 runs), 242 → 238 ms (61 runs, a
 * slower hour). Without them 31 KB of news took 304 → 333 ms and 116 KB
 * 446 → 551 ms, hence the limit.
 */
const SMALL_INPUT_V8_FLAGS = ['--no-regexp-optimization'];

/** Set V8 flags, on the Node.js major they were measured on (see V8_FLAGS_NODE). */
function setV8Flags(flags: readonly string[]): void {
  if (process.versions.node.startsWith(V8_FLAGS_NODE)) for (const flag of flags) setFlagsFromString(flag);
}

let bundle: LoadedBundle | null = null;

/**
 * The commands (dist/run.cjs, next to this file once bundled), under the CLI's
 * V8 flags: the code cache is made under the same flags (V8 rejects a cache
 * made under others). Exported for scripts/build.mjs, which makes the cache,
 * and for the test that checks a built cache is taken.
 */
export function loadCommands(): { commands: typeof Commands; cache: CodeCacheState; saveCache: () => string } {
  if (!bundle) {
    // (before any of its code is compiled)
    setV8Flags(V8_FLAGS);
    bundle = loadBundle(fileURLToPath(new URL('./run.cjs', import.meta.url)));
  }
  return { commands: bundle.exports as typeof Commands, cache: bundle.cache, saveCache: bundle.saveCache };
}

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
  const onWorkers = () => setV8Flags(WORKER_V8_FLAGS);
  const onSmallInput = () => setV8Flags(SMALL_INPUT_V8_FLAGS);
  // (a promise from the start, so that a bundle that fails to load is reported like any internal error)
  Promise.resolve()
    .then(() => loadCommands().commands.run(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, onWorkers, onSmallInput }))
    .then(
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
