// The CLI's commands (dist/run.cjs) load through V8's code cache, which the
// build makes; a missing or foreign cache changes nothing but the time taken.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../src/run/code-cache.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quotes-code-cache-');
const cacheName = /\/\/# codeCache=(run-[0-9a-f]{16}\.cache)\n$/.exec(readFileSync('dist/run.cjs', 'utf8'))?.[1];

/** A copy of dist/run.cjs in a folder of its own, with `cache` (bytes) as its code cache, or none. */
function copy(name: string, cache: Buffer | null): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  copyFileSync('dist/run.cjs', join(d, 'run.cjs'));
  if (cache) writeFileSync(join(d, cacheName!), cache);
  return join(d, 'run.cjs');
}

describe('code cache', () => {
  it('is made by the build and named by the bundle it was made from', () => {
    expect(cacheName).toBeDefined();
    expect(readdirSync('dist').filter((n) => n.endsWith('.cache'))).toEqual([cacheName]);
  });

  it('loads a bundle in strict mode, as the ES modules it was built from', () => {
    // a directive counts only as the script's first statement
    expect(readFileSync('dist/run.cjs', 'utf8')).toMatch(/^(['"])use strict\1;/);
  });

  it('is taken by the CLI, under the V8 flags the CLI sets', () => {
    // a process of its own: the test runner's V8 flags are not the CLI's
    const state = execFileSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./dist/cli.js'); process.stdout.write(m.loadCommands().cache)"], { encoding: 'utf8' });
    expect(state).toBe('accepted');
  });

  it('is rejected, and the commands still load, when it is not V8 code cache at all', () => {
    const b = loadBundle(copy('garbage', Buffer.from('not a code cache, only bytes'.repeat(40))));
    expect(b.cache).toBe('rejected');
    expect(typeof (b.exports as { run?: unknown }).run).toBe('function');
  });

  it('is absent, and the commands still load, when the file is missing', () => {
    const b = loadBundle(copy('none', null));
    expect(b.cache).toBe('absent');
    expect(typeof (b.exports as { run?: unknown }).run).toBe('function');
  });

  it('changes no output: the CLI prints what the bundle required without any cache prints', () => {
    const article = 'fixtures/harbour-vote.txt';
    const cached = execFileSync(process.execPath, ['bin/quotes.js', article], { encoding: 'utf8' });
    const plain = execFileSync(
      process.execPath,
      [
        '-e',
        `const { PassThrough, Writable } = require('node:stream');
        const { run } = require(${JSON.stringify(copy('plain', null))});
        let out = '';
        const sink = (f) => Object.assign(new Writable({ write: (c, _e, done) => { f(String(c)); done(); } }), { isTTY: false });
        run([${JSON.stringify(article)}], { stdin: new PassThrough().end(), stdout: sink((s) => (out += s)), stderr: sink(() => {}), env: {} }).then(() => process.stdout.write(out));`,
      ],
      { encoding: 'utf8' },
    );
    expect(cached.split('\n').length).toBeGreaterThan(3);
    expect(plain).toBe(cached);
  });
});
