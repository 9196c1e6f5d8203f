// Load a CommonJS bundle (dist/run.cjs: the commands and the engine) with V8's
// code cache: the bytecode of every function a warm-up run compiled, saved at
// build time, so a start-up neither parses the megabyte of code again nor
// compiles the hundreds of functions one article calls. Node 20 has no code
// cache for ES modules (module.enableCompileCache came in Node 22), hence a
// classic script run through node:vm with the module wrapper CommonJS uses.
//
// The cache is V8's to check: a cache made by another V8 version or under other
// V8 flags is rejected, and the script compiles as it would without one. Its
// file name holds a hash of the bundle it was made from (the bundle's last
// line names it), so a rebuilt bundle never meets a stale cache: V8 itself
// checks only the source's length.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What became of the code cache when a bundle was loaded. */
export type CodeCacheState = 'accepted' | 'rejected' | 'absent';

export interface LoadedBundle {
  exports: unknown;
  cache: CodeCacheState;
  /** Writes the code cache for the functions compiled so far (the build's warm-up calls it). */
  saveCache: () => string;
}

/** The bundle's last line: `//# codeCache=run-<hash>.cache`, written by scripts/build.mjs. */
const CACHE_LINE = /\n\/\/# codeCache=([\w.-]+)\s*$/;

/** Load `file` (a CommonJS bundle) as require() would, through its code cache when it has one. */
export function loadBundle(file: string): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const name = CACHE_LINE.exec(source.slice(-200))?.[1];
  const cacheFile = name ? join(dirname(file), name) : null;
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache (a build that made none, or a copy without it): compile as usual
    }
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} as unknown };
  const init = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  init.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cache: cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted',
    saveCache: () => {
      if (!cacheFile) throw new Error(`${file} names no code cache file`);
      writeFileSync(cacheFile, script.createCachedData());
      return cacheFile;
    },
  };
}
