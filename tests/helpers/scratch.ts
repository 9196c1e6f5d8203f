// A fresh temporary folder for one test file, removed when the file's tests
// are done, so a test run leaves nothing behind in the system's temp folder.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Give back write/read/search rights a test took away, so removal cannot fail. */
function restoreModes(path: string): void {
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st || st.isSymbolicLink()) return; // links (even loops) are removed, not followed
  chmodSync(path, st.isDirectory() ? 0o700 : 0o600);
  if (st.isDirectory()) for (const name of readdirSync(path)) restoreModes(join(path, name));
}

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => {
    restoreModes(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
