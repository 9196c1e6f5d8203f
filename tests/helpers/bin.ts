// Spawning the built binary (bin/quotes.js → dist/cli.js) for end-to-end tests,
// with a controlled environment: no colour or CI variables leak in from the
// shell or CI unless a test sets them.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { execFileSync } from 'node:child_process';

export const BIN = 'bin/quotes.js';

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'COLORTERM', 'COLUMNS', 'NODE_OPTIONS']) delete env[k];
  env.TERM = 'xterm-256color';
  return { ...env, ...extra };
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function quotes(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Ran {
  const o: SpawnSyncOptions = { encoding: 'utf8', env: cleanEnv(opts.env), maxBuffer: 64 * 1024 * 1024 };
  if (opts.input !== undefined) o.input = opts.input;
  else o.stdio = ['ignore', 'pipe', 'pipe'];
  const r = spawnSync(process.execPath, [BIN, ...args], o);
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Run a bash command line (pipelines) in the repository folder. */
export function sh(command: string, env: Record<string, string> = {}): Ran {
  const r = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Is a command on the PATH? */
export function has(command: string): boolean {
  try {
    execFileSync('bash', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// ESC [ … letter: SGR colours and the erase-line of the progress line
// eslint-disable-next-line no-control-regex
export const ANSI = /\x1b\[[0-9;]*[A-Za-z]/;
// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
