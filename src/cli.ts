// The command line: run(argv, io) → exit code. The only module that writes to
// stdout/stderr or decides exit codes. Exit codes: 0 quotes found, 1 none
// found, 2 an error (as grep and ripgrep).
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { basename } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { extractDocuments, type DocumentIn } from './index.js';
import { defaultJobs } from './run/jobs.js';
import { decode, isBinary } from './input/decode.js';
import { readJsonl } from './input/jsonl.js';
import { jsonLine, type Located } from './output/jsonl.js';
import { QUOTE_TYPES, type QuoteType } from './types.js';
import { QuotesError } from './errors.js';
import { VERSION } from './version.js';

export interface IO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

interface Options {
  inputFormat: 'auto' | 'text' | 'jsonl';
  outlet?: string;
  type?: string;
  jobs?: string;
}

/** What a document carries through the pool: how its quotes are labelled, and where it came from. */
interface Origin {
  where: string;
  file?: string;
  id?: string;
}

const EXAMPLES = `
Examples:
  quotes article.txt                      one JSON object per quote
  cat article.txt | quotes                read standard input
  quotes --input-format jsonl < docs.jsonl  records {"id","text","outlet"?}
  quotes article.txt | jq -r '.speaker' | sort | uniq -c | sort -rn
`;

export async function run(argv: readonly string[], io: IO): Promise<number> {
  const program = new Command('quotes')
    .description('Print every quotation in news text as JSON Lines, with speaker, cue and outlet.')
    .argument('[files...]', 'input files; - or none for standard input')
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(['auto', 'text', 'jsonl']).default('auto'))
    .option('--outlet <name>', "the article's own outlet, used when the text names none")
    .option('--type <types>', 'quote types to print: direct,mixed,indirect')
    .option('--jobs <n>', 'threads that extract, for many files or a long JSONL stream (default: the number of cores; 1: no worker threads)')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'quotes: ')),
    });

  let files: string[] = [];
  let opts: Options;
  try {
    program.parse([...argv], { from: 'user' });
    files = program.args;
    opts = program.opts<Options>();
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    throw e;
  }

  let types: QuoteType[] | undefined;
  if (opts.type) {
    types = opts.type.split(',').map((t) => t.trim()) as QuoteType[];
    const bad = types.find((t) => !QUOTE_TYPES.includes(t));
    if (bad) {
      io.stderr.write(`quotes: --type: unknown type '${bad}' (expected direct, mixed or indirect)\n`);
      return 2;
    }
  }

  const jobs = opts.jobs === undefined ? defaultJobs() : /^[1-9]\d{0,3}$/.test(opts.jobs) ? Number(opts.jobs) : 0;
  if (!jobs) {
    io.stderr.write(`quotes: --jobs: expected a whole number from 1 to 9999, got '${opts.jobs}'\n`);
    return 2;
  }

  if (!files.length) {
    if (io.stdin.isTTY) {
      io.stderr.write('quotes: no input (give a file, or pipe text into standard input)\n' + program.helpInformation());
      return 2;
    }
    files = ['-'];
  }

  let found = 0;
  let failed = false;
  const fail = (where: string, message: string) => {
    failed = true;
    io.stderr.write(`quotes: ${where}: ${message}\n`);
  };
  const emit = (quotes: Located[]) => {
    for (const q of quotes) io.stdout.write(jsonLine(q));
    found += quotes.length;
  };

  // Reading stays here, in input order; extraction may run on worker threads
  // (src/run/jobs.ts), and its results come back in the same order.
  const documents = async function* (): AsyncGenerator<DocumentIn<Origin>> {
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    const jsonl = opts.inputFormat === 'jsonl' || (opts.inputFormat === 'auto' && /\.(jsonl|ndjson)$/i.test(file));
    try {
      if (jsonl) {
        const stream = file === '-' ? io.stdin : (await import('node:fs')).createReadStream(file);
        for await (const rec of readJsonl(stream)) {
          if (rec.error || rec.text === null) {
            fail(name, rec.error ?? `line ${rec.line}: no text`);
            continue;
          }
          yield { text: rec.text, outlet: rec.outlet, tag: { where: `${name}: line ${rec.line}`, id: rec.id ?? String(rec.line) } };
        }
        continue;
      }
      const bytes = file === '-' ? await readAll(io.stdin) : await readFile(file);
      if (isBinary(bytes)) {
        fail(name, 'binary file (contains NUL bytes), skipped');
        continue;
      }
      const { text, warnings } = decode(bytes);
      for (const w of warnings) io.stderr.write(`quotes: ${name}: warning: ${w}\n`);
      yield { text, tag: { where: name, file: file === '-' ? '-' : basename(file) } };
    } catch (e) {
      fail(name, describe(e));
    }
  }
  };
  for await (const { tag, quotes, error } of extractDocuments(documents(), { outlet: opts.outlet ?? null, types, jobs })) {
    if (error) fail(tag.where, error.message);
    else emit(quotes.map((q) => (tag.file !== undefined ? { file: tag.file, ...q } : { id: tag.id, ...q })));
    if (io.stdout.writableNeedDrain) await once(io.stdout, 'drain');
  }
  if (failed) return 2;
  return found > 0 ? 0 : 1;
}

function describe(e: unknown): string {
  if (e instanceof QuotesError) return e.message;
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err?.message ?? String(e);
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
