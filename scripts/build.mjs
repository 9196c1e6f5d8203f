// Build: bundle the CLI and the library with esbuild (fast start-up: one file
// instead of hundreds of modules), then emit type declarations with tsc.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
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
  plugins: [lazyChildProcess()],
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
// dist/cli.js is small and answers --version at once; the commands are a chunk it
// loads on use. dist/index.js is the library; dist/worker.js the --jobs worker
// (src/run/jobs.ts loads it from next to the bundle).
rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: 'src/main.ts', index: 'src/index.ts', worker: 'src/run/worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
