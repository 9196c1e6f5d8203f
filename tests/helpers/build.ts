// Vitest global setup: the end-to-end tests spawn bin/quotes.js, which runs
// dist/cli.js. Rebuild once, before any test file runs, when dist/ is missing
// or older than the sources (npm install/ci builds it via `prepare`).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, n) => Math.max(m, newest(join(path, n))), s.mtimeMs);
}

export default function setup(): void {
  const built = 'dist/cli.js';
  const sources = Math.max(newest('src'), newest('scripts/build.mjs'), newest('package.json'));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
