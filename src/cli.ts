// The command line: run(argv, io) → exit code. The only module that writes to
// stdout/stderr or decides exit codes. Exit codes: 0 quotes found, 1 none
// found, 2 an error (as grep and ripgrep).
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { extractQuotes } from './index.js';
import { knownEncoding } from './input/decode.js';
import { INPUT_FORMATS, readInputs, type InputFormat } from './input/read.js';
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
  inputFormat: InputFormat;
  encoding?: string;
  printText?: boolean;
  outlet?: string;
  type?: string;
}

const EXAMPLES = `
Examples:
  quotes article.txt                      one JSON object per quote
  cat article.txt | quotes                read standard input
  quotes --input-format jsonl < docs.jsonl  records {"id","text","outlet"?}
  quotes news/                            every .txt .md .html .htm .jsonl .ndjson file below news/
  quotes --print-text page.html           the text the offsets refer to
  quotes article.txt | jq -r '.speaker' | sort | uniq -c | sort -rn
`;

export async function run(argv: readonly string[], io: IO): Promise<number> {
  const program = new Command('quotes')
    .description('Print every quotation in news text as JSON Lines, with speaker, cue and outlet.')
    .argument('[files...]', 'input files or directories; - or none for standard input')
    .addOption(new Option('--input-format <format>', 'how to read the input (auto: by extension, then by content)').choices([...INPUT_FORMATS]).default('auto'))
    .option('--encoding <label>', 'decode the input as this encoding (default: detected)')
    .option('--print-text', 'print the decoded text of each input (extracted text for HTML) instead of quotes')
    .option('--outlet <name>', "the article's own outlet, used when the text names none")
    .option('--type <types>', 'quote types to print: direct,mixed,indirect')
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

  if (opts.encoding && !knownEncoding(opts.encoding)) {
    io.stderr.write(`quotes: --encoding: unknown encoding '${opts.encoding}'\n`);
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
  // respect backpressure, so that a slow reader keeps memory bounded
  const flush = (): Promise<void> | void => {
    if (!io.stdout.writableNeedDrain) return;
    const out = io.stdout;
    return new Promise((resolve) => {
      const done = () => {
        out.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      out.on('drain', done).on('close', done).on('error', done);
    });
  };
  const emit = (quotes: Located[]) => {
    for (const q of quotes) io.stdout.write(jsonLine(q));
    found += quotes.length;
  };

  const inputs = readInputs(files, { format: opts.inputFormat, encoding: opts.encoding ?? null, stdin: io.stdin });
  for await (const doc of inputs) {
    if (doc.kind !== 'document') {
      if (doc.kind === 'error') fail(doc.where, doc.message);
      else io.stderr.write(`quotes: ${doc.where}: warning: ${doc.message}\n`);
      continue;
    }
    if (opts.printText) {
      io.stdout.write(doc.text.endsWith('\n') ? doc.text : doc.text + '\n');
      found++;
    } else {
      try {
        // a JSONL record's own outlet, else --outlet, else the page's site name
        const quotes = extractQuotes(doc.text, { outlet: doc.outlet ?? opts.outlet ?? doc.siteName ?? null, types });
        emit(quotes.map((q) => (doc.id !== undefined ? { id: doc.id, ...q } : { file: doc.file, ...q })));
      } catch (e) {
        fail(doc.id !== undefined ? `${doc.where}: record ${doc.id}` : doc.where, describe(e));
      }
    }
    await flush();
  }
  if (failed) return 2;
  return found > 0 ? 0 : 1;
}

function describe(e: unknown): string {
  if (e instanceof QuotesError) return e.message;
  return (e as Error)?.message ?? String(e);
}
