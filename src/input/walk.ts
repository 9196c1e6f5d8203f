// Command-line paths → input files. A directory is read recursively, in a
// stable order (entries sorted by name, code unit by code unit, depth first),
// keeping only files whose extension says they are text, Markdown, HTML or
// JSON Lines. As ripgrep does, hidden entries (names starting with ".") are
// skipped and symbolic links to directories are not followed (no cycles);
// symbolic links to files are read.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { constants } from 'node:buffer';

/** Extensions read from a directory (a file named on the command line is read whatever its name). */
export const WALK_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.jsonl', '.ndjson'];

export type WalkEntry = { path: string; error?: undefined; warning?: undefined } | { path: string; error: string; warning?: undefined } | { path: string; warning: string; error?: undefined };

const wanted = (name: string): boolean => {
  const lower = name.toLowerCase();
  return WALK_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
};

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A one-line description of a file-system error. */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    // (Node.js makes no string of more than constants.MAX_STRING_LENGTH characters, and reads no file of 2 GiB)
    case 'ERR_STRING_TOO_LONG':
    case 'ERR_FS_FILE_TOO_LARGE':
      return `too large to read as one text (the most is ${constants.MAX_STRING_LENGTH.toLocaleString('en-US')} characters): split it into smaller files or JSONL records`;
    default:
      return err?.message ?? String(e);
  }
}

/** The input files named by `arg`: the file itself, or the files under a directory. */
export async function* walk(arg: string): AsyncGenerator<WalkEntry> {
  let top;
  try {
    top = await stat(arg);
  } catch (e) {
    yield { path: arg, error: describeFsError(e) };
    return;
  }
  if (!top.isDirectory()) {
    yield { path: arg };
    return;
  }
  let found = 0;
  // depth first; each directory's entries are pushed in reverse so they pop in order
  const stack: { path: string; dir: boolean }[] = [{ path: arg, dir: true }];
  while (stack.length) {
    const item = stack.pop()!;
    if (!item.dir) {
      found++;
      yield { path: item.path };
      continue;
    }
    let entries;
    try {
      entries = await readdir(item.path, { withFileTypes: true });
    } catch (e) {
      yield { path: item.path, error: describeFsError(e) };
      continue;
    }
    const next: { path: string; dir: boolean }[] = [];
    for (const ent of entries.sort((a, b) => byName(a.name, b.name))) {
      if (ent.name.startsWith('.')) continue;
      const path = join(item.path, ent.name);
      if (ent.isDirectory()) next.push({ path, dir: true });
      else if (wanted(ent.name) && (ent.isFile() || (ent.isSymbolicLink() && (await isFile(path))))) next.push({ path, dir: false });
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  if (!found) yield { path: arg, warning: `no ${WALK_EXTENSIONS.join(' ')} files in this directory` };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false; // a dangling link is not an input
  }
}
