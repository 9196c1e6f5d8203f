// Build: bundle the CLI and the library with esbuild (fast start-up: one file
// instead of hundreds of modules), then emit type declarations with tsc.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node 20 reads \p{…} in regular expression literals; without this esbuild
  // rewrites each such literal into a `new RegExp(…)` call, run every time the
  // code around it runs (dozens of them in the attribution stages' loops)
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: false,
  // licence notices (/*! … */) of bundled code and data stay, at the end of each file
  legalComments: 'eof',
  define: { __QUOTES_VERSION__: JSON.stringify(pkg.version) },
  // Runtime dependencies stay outside the bundle (compromise is loaded lazily
  // through createRequire); everything else (commander, chalk) is bundled, so
  // package.json "dependencies" lists exactly what the installed package needs.
  external: Object.keys(pkg.dependencies ?? {}).flatMap((d) => [d, `${d}/*`]),
  // commander is CommonJS: give the ESM bundle a require()
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
  plugins: [lazyChildProcess(), noColorProbe()],
};

/**
 * commander loads node:child_process when it is loaded, for subcommands run as
 * executables, which quotes has none of: hand it an object that loads the module
 * on first use instead (a run that starts no child process saves about 2 ms).
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
        contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
        loader: 'js',
      }));
    },
  };
}
/**
 * chalk probes the terminal when it is loaded (supports-color: node:tty,
 * node:os, the environment) for the level of its default instance, which quotes
 * never uses: the one chalk instance is made with the level src/output/color.ts
 * decides (NO_COLOR, FORCE_COLOR, --color, a terminal or not). Hand chalk a probe
 * that finds no colour, so loading it reads nothing.
 */
function noColorProbe() {
  return {
    name: 'no-color-probe',
    setup(b) {
      b.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'no-color-probe' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'no-color-probe' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
    },
  };
}
// dist/cli.js is small and answers --version at once; the commands and the engine
// are dist/run.cjs, which it loads on use. dist/index.js is the library;
// dist/worker.js the --jobs worker (src/run/jobs.ts loads it from next to the
// bundle); the two share the engine's chunk.
rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: 'src/main.ts', index: 'src/index.ts', worker: 'src/run/worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// dist/run.cjs: the commands (src/cli.ts) and all they use, one CommonJS file,
// because only a classic script can be loaded with V8's code cache on Node 20
// (src/run/code-cache.ts). import.meta.url becomes the file's own URL.
await build({
  ...common,
  entryPoints: { run: 'src/cli.ts' },
  outfile: 'dist/run.cjs',
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__quotes_url' },
  // strict mode first (the sources are ES modules, strict throughout): esbuild's own
  // "use strict" comes after the banner, where it is no longer a directive
  banner: { js: "'use strict';\nconst __quotes_url = require('node:url').pathToFileURL(__filename).href;" },
});
const runSource = readFileSync('dist/run.cjs', 'utf8');
// a dynamic import() would need a module loader that a script run through node:vm lacks
if (/(?<![\w$.])import\(/.test(runSource)) throw new Error('dist/run.cjs holds an import() call: load that module with require()');
const hash = createHash('sha256').update(runSource).digest('hex').slice(0, 16);
writeFileSync('dist/run.cjs', `${runSource}//# codeCache=run-${hash}.cache\n`);
warmCodeCache();

/**
 * Make dist/run-<hash>.cache: run the built CLI over the fixtures (articles, an
 * HTML page, JSONL records) in a child process, under the flags the CLI sets,
 * then save the bytecode of every function compiled meanwhile. A start-up that
 * finds it skips parsing and compiling them (a 5 KB article: about a fifth
 * fewer instructions). Made by the Node.js that builds; another version's V8
 * rejects it and compiles as usual.
 */
function warmCodeCache() {
  const inputs = ['fixtures/harbour-vote.txt', 'fixtures/jobs', 'fixtures/inputs/library.html'];
  const script = `
    import { PassThrough, Writable } from 'node:stream';
    const { loadCommands } = await import(${JSON.stringify(new URL('../dist/cli.js', import.meta.url).href)});
    const { commands, saveCache } = loadCommands();
    const sink = () => Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false });
    const io = (stdin) => ({ stdin, stdout: sink(), stderr: sink(), env: {} });
    const text = 'Dock workers voted to end the strike. "We got most of what we asked for," said Ruth Adeyemi, the union\\'s branch secretary.';
    const jsonl = new PassThrough();
    jsonl.end(JSON.stringify({ id: 'a', text }) + '\\n');
    await commands.run(${JSON.stringify(inputs)}, io(new PassThrough().end()));
    await commands.run(['--input-format', 'jsonl'], io(jsonl));
    saveCache();
  `;
  // (seen once in some thirty builds: the warm-up process ended with SIGSEGV inside V8; a second
  // run made the cache. After three failures the build goes on without one: the CLI then compiles
  // as it did before the cache, and the test that checks the cache is taken says so.)
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
      return;
    } catch (e) {
      const why = e.signal ?? `exit code ${e.status}`;
      if (attempt === 3) {
        console.warn(`build: the code cache was not made (the warm-up failed three times, last with ${why})`);
        return;
      }
      console.warn(`build: the code cache warm-up failed (${why}); running it again`);
    }
  }
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
