// Build: bundle the CLI and the library with esbuild (fast start-up: one file
// instead of hundreds of modules), then emit type declarations with tsc.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  define: { __QUOTES_VERSION__: JSON.stringify(pkg.version) },
  // Runtime dependencies stay outside the bundle (compromise is loaded lazily
  // through createRequire); everything else (commander, chalk) is bundled, so
  // package.json "dependencies" lists exactly what the installed package needs.
  external: Object.keys(pkg.dependencies ?? {}).flatMap((d) => [d, `${d}/*`]),
  // commander is CommonJS: give the ESM bundle a require()
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// the worker of the --jobs pool (src/run/jobs.ts loads it from next to the bundle)
await build({ ...common, entryPoints: ['src/run/worker.ts'], outfile: 'dist/worker.js' });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
