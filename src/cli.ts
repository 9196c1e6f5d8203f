// The command line: run(argv, io) → exit code. The only module that writes to
// stdout/stderr or decides exit codes. Exit codes: 0 quotes printed, 1 none
// printed, 2 an error (as grep and ripgrep), 3 --fail-on matched. Output
// (formats, selection, --stats, progress) lives in src/output/ behind Output.
import { fstatSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { extractDocuments, type DocumentIn } from './index.js';
import { defaultJobs } from './run/jobs.js';
import { inWhole, pieceStarts, PIECE_CHARS, SPLIT_CHARS } from './run/pieces.js';
import { knownEncoding } from './input/decode.js';
import { INPUT_FORMATS, readInputs, type InputFormat } from './input/read.js';
import type { Located } from './output/jsonl.js';
import { declareOutputOptions, readOutputOptions } from './output/options.js';
import { Output, type Terminal } from './output/session.js';
import { schemaText } from './output/schema.js';
import { QUOTE_TYPES, type QuoteType } from './types.js';
import { QuotesError } from './errors.js';
import { VERSION } from './version.js';

export interface IO {
  stdin: Readable & { isTTY?: boolean };
  /** isTTY and columns as on process.stdout/stderr: they decide colour, width and the progress line. */
  stdout: Terminal;
  stderr: Terminal;
  env: Record<string, string | undefined>;
  /** A clock in milliseconds (default: the process's monotonic clock), for --stats and the progress line. */
  now?: () => number;
  /** Called once when worker threads start (a long stream or many files with --jobs ≥ 2): the process may tune itself for them. */
  onWorkers?: () => void;
  /** Called once, before any extraction, when the whole input is files on disk of SMALL_INPUT bytes or fewer: the process may tune itself for a short run. */
  onSmallInput?: () => void;
}

interface Options {
  inputFormat: InputFormat;
  encoding?: string;
  printText?: boolean;
  outlet?: string;
  type?: string;
  jobs?: string;
}

/** What a document carries through the worker pool: how its quotes are labelled, and where it came from. */
interface Origin {
  where: string;
  file?: string;
  id?: string;
  /** Where this piece starts in its document's text (a text of more than SPLIT_CHARS is read in pieces; src/run/pieces.ts). */
  base: number;
  /** A piece that is not its document's last. */
  more: boolean;
}

// How many bad records of one input are named on stderr before the rest are only counted.
const RECORD_ERRORS_SHOWN = 20;

/** Bytes of input (files on disk, known before reading) up to which a run counts as short: one article (see main.ts SMALL_INPUT_V8_FLAGS). */
export const SMALL_INPUT = 8192;

const EXAMPLES = `
Examples:
  quotes article.txt                        one JSON object per quote (JSON Lines)
  cat article.txt | quotes                  read standard input
  quotes --input-format jsonl < docs.jsonl  records {"id","text","outlet"?}
  quotes news/                              every .txt .md .html .htm .jsonl .ndjson file below news/
  quotes --print-text page.html             the text the offsets refer to
  quotes --format pretty article.txt        for reading, in colour on a terminal
  quotes --format csv --fields file,quote,speaker,outlet *.txt > quotes.csv
  quotes --speaker Putin --min-confidence 0.8 article.txt
  quotes --fail-on unattributed --stats *.txt > /dev/null

jq recipes:
  speakers ranked by number of quotes:
    quotes *.txt | jq -r '.speaker // "(unattributed)"' | sort | uniq -c | sort -rn
  quotes per outlet:
    quotes *.txt | jq -r '.outlet // "(none)"' | sort | uniq -c | sort -rn
  unattributed quotes, where they are:
    quotes *.txt | jq -r 'select(.speaker == null) | "\\(.file // .id):\\(.start): \\(.quote)"'

Exit status: 0 quotes printed, 1 none, 2 an error, 3 --fail-on matched.
Schema of a record: quotes --schema.
`;

export async function run(argv: readonly string[], io: IO): Promise<number> {
  const program = new Command('quotes')
    .description('Print every quotation in news text, with speaker, cue and outlet (JSON Lines; also JSON, CSV, TSV and a readable layout).')
    .argument('[files...]', 'input files or directories; - or none for standard input')
    .addOption(new Option('--input-format <format>', 'how to read the input (auto: by extension, then by content)').choices([...INPUT_FORMATS]).default('auto'))
    .option('--encoding <label>', 'decode the input as this encoding (default: detected)')
    .option('--print-text', 'print the decoded text of each input (extracted text for HTML) instead of quotes')
    .option('--outlet <name>', "the article's own outlet, used when the text names none")
    .option('--jobs <n>', 'threads that extract, for many files or a long JSONL stream (default: the number of cores; 1: no worker threads); workers start once an input proves large (4 M characters, or 32 MiB of files)')
    .addOption(new Option('--type <types>', 'quote types to print: direct,mixed,indirect').helpGroup('Selection:'));
  declareOutputOptions(program)
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // one line, as every error: commander puts "(Did you mean …?)" on a line of its own
      outputError: (s, write) => write(s.replace(/^error: /, 'quotes: ').replace(/\n(?=.)/g, ' ')),
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
  const outputConfig = readOutputOptions(program.opts());
  if (outputConfig.schema) {
    io.stdout.write(schemaText());
    return 0;
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

  // QUOTES_WARM_CHARS: characters this thread extracts before --jobs starts its workers
  // (default: src/run/jobs.ts WARM_CHARS, none for a large input on disk)
  const warmEnv = io.env.QUOTES_WARM_CHARS;
  if (warmEnv && !/^\d{1,12}$/.test(warmEnv)) {
    io.stderr.write(`quotes: QUOTES_WARM_CHARS: expected a whole number of characters, got '${warmEnv}'\n`);
    return 2;
  }
  const warmChars = warmEnv ? Number(warmEnv) : undefined;
  // QUOTES_PIECE_CHARS=N: a text of more than N characters is read in pieces of at most N (default: a text of more
  // than src/run/pieces.ts SPLIT_CHARS, in pieces of at most PIECE_CHARS)
  const pieceEnv = io.env.QUOTES_PIECE_CHARS;
  if (pieceEnv && !/^[1-9]\d{0,11}$/.test(pieceEnv)) {
    io.stderr.write(`quotes: QUOTES_PIECE_CHARS: expected a whole number of characters from 1, got '${pieceEnv}'\n`);
    return 2;
  }
  const splitChars = pieceEnv ? Number(pieceEnv) : SPLIT_CHARS;
  const pieceChars = pieceEnv ? Number(pieceEnv) : PIECE_CHARS;

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

  const out = new Output(outputConfig, io, files.length);
  io = { ...io, stderr: out.messages };
  let failed = false;
  const fail = (where: string, message: string) => {
    failed = true;
    out.error();
    io.stderr.write(`quotes: ${where}: ${message}\n`);
  };
  // A stream of bad records (a JSONL file of another shape, thousands of lines) gets its first
  // RECORD_ERRORS_SHOWN lines, then one line that counts the rest when its input ends: every bad
  // record is still skipped and still makes the exit status 2.
  let shown = 0;
  let hidden = 0;
  const recordFail = (where: string, message: string) => {
    if (shown < RECORD_ERRORS_SHOWN) {
      shown++;
      fail(where, message);
    } else {
      failed = true;
      out.error();
      hidden++;
    }
  };
  const endInput = (where: string | null) => {
    if (where !== null && hidden > 0) io.stderr.write(`quotes: ${where}: ${hidden.toLocaleString('en-US')} more bad record${hidden === 1 ? '' : 's'} skipped (not shown)\n`);
    shown = 0;
    hidden = 0;
  };
  const emit = (quotes: Located[], text: string, more: boolean) => out.emit(quotes, text, more);

  // Reading stays here, in input order; extraction may run on worker threads
  // (src/run/jobs.ts), and its results come back in the same order.
  let current: string | null = null;
  const texts: string[] = [];
  const inputs = readInputs(files, { format: opts.inputFormat, encoding: opts.encoding ?? null, stdin: io.stdin });
  // the progress line counts the bytes read from standard input
  if (files.includes('-')) out.track(io.stdin);
  const documents = async function* (): AsyncGenerator<DocumentIn<Origin>> {
    for await (const doc of inputs) {
      if (out.stopped) return;
      if (doc.where !== current) {
        endInput(current);
        current = doc.where;
        await out.startInput(doc.where);
      }
      if (doc.kind !== 'document') {
        if (doc.kind === 'error') recordFail(doc.where, doc.message);
        else io.stderr.write(`quotes: ${doc.where}: warning: ${doc.message}\n`);
        continue;
      }
      if (opts.printText) {
        await out.raw(doc.text.endsWith('\n') ? doc.text : doc.text + '\n');
        continue;
      }
      // a JSONL record's own outlet, else --outlet, else the page's site name
      const where = doc.id !== undefined ? `${doc.where}: record ${doc.id}` : doc.where;
      const outlet = doc.outlet ?? opts.outlet ?? doc.siteName ?? null;
      // (a text too long to extract at once: its pieces, one after the other)
      const starts = doc.text.length > splitChars ? pieceStarts(doc.text, pieceChars) : [0];
      for (let k = 0; k < starts.length; k++) {
        const base = starts[k]!;
        const more = k + 1 < starts.length;
        const origin: Origin = doc.id !== undefined ? { where, id: doc.id, base, more } : { where, file: doc.file!, base, more };
        // results come back in input order: the texts wait here rather than travel to the workers and back
        texts.push(doc.text);
        yield { text: starts.length > 1 ? doc.text.slice(base, starts[k + 1] ?? doc.text.length) : doc.text, outlet, tag: origin };
      }
    }
    endInput(current);
  };
  const size = inputSize(files);
  if (size !== undefined && size <= SMALL_INPUT) io.onSmallInput?.();
  const sizeHint = jobs > 1 ? size : undefined;
  let groups = 0;
  for await (const { tag, quotes, error } of extractDocuments(documents(), { types, jobs, sizeHint, warmChars, onWorkers: (n) => {
    io.onWorkers?.();
    out.workers(n);
  } })) {
    const text = texts.shift() ?? '';
    // (the group ids of a document's later pieces go on from those of the pieces before)
    if (tag.base === 0) groups = 0;
    const whole = tag.base === 0 ? quotes : quotes.map((q) => inWhole(q, tag.base, groups));
    if (tag.more) for (const q of whole) if (q.group !== null && q.group > groups) groups = q.group;
    if (error) fail(tag.where, error.message);
    else await emit(whole.map((q) => (tag.id !== undefined ? { id: tag.id, ...q } : { file: tag.file!, ...q })), text, tag.more);
    if (out.stopped) break;
  }
  const outcome = await out.finish();
  // the reader went away (`| head`): a normal end, as for grep and ripgrep
  if (outcome.closed) return 0;
  if (outcome.writeError) {
    io.stderr.write(`quotes: <stdout>: ${describe(outcome.writeError)}\n`);
    return 2;
  }
  if (failed) return 2;
  if (outputConfig.failOn.includes('unattributed') && outcome.unattributed > 0) return 3;
  return outcome.printed > 0 ? 0 : 1;
}

/**
 * The bytes of input, when every argument is a regular file (standard input
 * included, when it is redirected from one); undefined for a pipe or a
 * directory, whose size is not known before it is read.
 */
function inputSize(files: readonly string[]): number | undefined {
  let total = 0;
  try {
    for (const f of files) {
      const st = f === '-' ? fstatSync(0) : statSync(f);
      if (!st.isFile()) return undefined;
      total += st.size;
    }
  } catch {
    return undefined;
  }
  return total;
}

function describe(e: unknown): string {
  if (e instanceof QuotesError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOSPC') return 'no space left on device';
  return err?.message ?? String(e);
}
