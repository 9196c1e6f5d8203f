// The package as npm ships it: what the tarball holds, what it needs at run
// time, what it does at import time, and whether a strict TypeScript consumer
// compiles against its types. (scripts/pack-check.sh installs it for real.)
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { scratchDir } from './helpers/scratch.js';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  exports: Record<string, { types: string; import: string }>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** Pack without scripts: the build in dist/ is the one the tests run against. */
function pack(args: string[]): { filename: string; files: { path: string }[] } {
  const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', ...args], { encoding: 'utf8' });
  return JSON.parse(out.slice(out.indexOf('[')))[0];
}

describe('npm pack', () => {
  const files = pack(['--dry-run']).files.map((f) => f.path).sort();

  it('holds only dist/, bin/, schema/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const stray = files.filter((f) => !/^(dist|bin|schema)\//.test(f) && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(f));
    expect(stray).toEqual([]);
  });

  it('holds everything the installed package runs or is typed from', () => {
    const needed = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', pkg.bin.quotes!, 'dist/cli.js', 'dist/run.cjs', 'dist/worker.js', pkg.exports['.']!.import.replace(/^\.\//, ''), pkg.exports['.']!.types.replace(/^\.\//, '')];
    for (const f of needed) expect(files, f).toContain(f);
  });

  it('names the command quotes and starts it with node', () => {
    expect(Object.keys(pkg.bin)).toEqual(['quotes']);
    expect(readFileSync(pkg.bin.quotes!, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});

describe('runtime dependencies', () => {
  it('are exactly the packages the built files load (everything else is bundled)', () => {
    const loaded = new Set<string>();
    // entries in dist/ (the CLI's commands in dist/run.cjs), the code the library's entries share in dist/chunks/
    const files = ['dist', 'dist/chunks'].flatMap((d) => readdirSync(d).filter((n) => /\.c?js$/.test(n)).map((n) => join(d, n)));
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\w*\s*\(\s*|\bload\w*\s*\(\s*|\)\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
        loaded.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect([...loaded].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('are not loaded at import time', () => {
    const script = `
      import { createRequire } from 'node:module';
      const cache = createRequire(import.meta.url).cache;
      const { extractQuotes } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
      const before = Object.keys(cache).filter((k) => k.includes('compromise')).length;
      // a word in the verb's slot that no list, no table and no ending settles (a coinage, "snarkt")
      extractQuotes('“We will win,” Jane Smith snarkt.');
      const after = Object.keys(cache).filter((k) => k.includes('compromise')).length;
      console.log(JSON.stringify({ before, after }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    // nothing at import; compromise only once a word needs tagging
    expect(JSON.parse(out)).toEqual({ before: 0, after: 1 });
  });
});

describe('a strict TypeScript consumer of the packed package', () => {
  // install the tarball the way npm lays it out, next to the consumer program
  const dir = scratchDir('quotes-consumer-');
  const { filename } = pack(['--pack-destination', dir]);
  const installed = join(dir, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', installed, '--strip-components=1']);
  // its runtime dependencies and @types/node, as a consumer would have them
  for (const dep of [...Object.keys(pkg.dependencies), '@types']) {
    // scoped packages (@mozilla/readability) live one folder down
    mkdirSync(dirname(join(dir, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
  }
  for (const f of ['index.ts', 'tsconfig.json', 'package.json']) cpSync(join('tests/consumer', f), join(dir, f));

  const compile = () => spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });

  it('compiles with tsc --strict, imports extractQuotes, and sees speaker as string | null', () => {
    const r = compile();
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('ships declarations that check on their own: strict, no skipLibCheck, no @types/node', () => {
    const config = join(dir, 'tsconfig.types.json');
    writeFileSync(config, JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext' }, files: [join(installed, pkg.exports['.']!.types)] }));
    const r = spawnSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs: extractQuotes, extractStream with ids, and onError for a bad record', () => {
    const out = execFileSync(process.execPath, [join(dir, 'out/index.js')], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ speaker: 'Lena Brandt', outlet: 'Coastal Times', offsetsHold: true, ids: ['a', 'c'], problems: ['bad-document'], unused: 2 });
  });

  it('would not compile if speaker were typed any (the check has teeth)', () => {
    const types = join(installed, 'dist/types/types.d.ts');
    const original = readFileSync(types, 'utf8');
    expect(original).toContain('speaker: string | null;');
    writeFileSync(types, original.replace('speaker: string | null;', 'speaker: any;'));
    try {
      const r = compile();
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/index\.ts\(\d+,\d+\): error TS2578: Unused '@ts-expect-error' directive/);
    } finally {
      writeFileSync(types, original);
    }
  });
});
