// An in-memory IO for calling the CLI in-process.
import { PassThrough, Readable } from 'node:stream';
import { run, type IO } from '../../src/cli.js';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process; `stdin` null stands for a terminal (nothing piped). */
export async function cli(argv: string[], stdin: string | Uint8Array | null = null, env: Record<string, string | undefined> = {}): Promise<Result> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const input = Readable.from(stdin === null ? [] : [Buffer.from(stdin)]) as IO['stdin'];
  input.isTTY = stdin === null;
  const code = await run(argv, { stdin: input, stdout: out, stderr: err, env });
  return { code, stdout, stderr };
}

export const lines = (s: string): Record<string, unknown>[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
