// One run's output: selection → formatting → the stdout sink, with --stats and
// the progress line on stderr. cli.ts feeds it documents and decides the exit
// code from what finish() reports.
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { colorLevel } from './color.js';
import { createFormatter, type Formatter } from './format.js';
import type { Located } from './jsonl.js';
import type { OutputConfig } from './options.js';
import { Progress } from './progress.js';
import { selector } from './select.js';
import { Sink } from './sink.js';
import { Stats } from './stats.js';

export type Terminal = Writable & { isTTY?: boolean; columns?: number };

export interface OutputIO {
  stdout: Terminal;
  stderr: Terminal;
  env: Record<string, string | undefined>;
  /** Milliseconds, for --stats time and the progress line (default: the process's monotonic clock; `performance` would load perf_hooks at start-up). */
  now?: () => number;
}

export interface Outcome {
  /** Quotes printed (after selection). */
  printed: number;
  /** Of those, quotes with no speaker. */
  unattributed: number;
  /** The reader closed the pipe before the end (`| head`): not an error. */
  closed: boolean;
  /** A write error on stdout other than a closed pipe. */
  writeError: NodeJS.ErrnoException | null;
}

/** CI is set to anything but '', 0 or false. */
export const inCI = (env: Record<string, string | undefined>): boolean => {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
};

export class Output {
  /** Where other messages go: stderr, erasing the progress line first. */
  readonly messages: Writable;
  private readonly sink: Sink;
  private readonly formatter: Formatter;
  private readonly select: (q: Located) => boolean;
  private readonly stats = new Stats();
  private readonly progress: Progress | null;
  private readonly now: () => number;
  private readonly started: number;
  private printed = 0;
  private unattributed = 0;
  private begun = false;

  constructor(
    private readonly cfg: OutputConfig,
    private readonly io: OutputIO,
    inputs: number,
  ) {
    this.now = io.now ?? (() => Number(process.hrtime.bigint()) / 1e6);
    this.started = this.now();
    this.sink = new Sink(io.stdout);
    const width = io.stdout.columns || Number(io.env.COLUMNS) || 80;
    this.formatter = createFormatter(cfg.format, {
      ...(cfg.fields ? { fields: cfg.fields } : {}),
      level: colorLevel(cfg.color, io.env, io.stdout.isTTY === true),
      width,
    });
    this.select = selector({ ...(cfg.minConfidence !== undefined ? { minConfidence: cfg.minConfidence } : {}), speakers: cfg.speakers });
    const showProgress = cfg.progress && io.stderr.isTTY === true && io.stdout.isTTY !== true && !inCI(io.env);
    this.progress = showProgress ? new Progress(io.stderr, { now: this.now }) : null;
    if (this.progress) this.progress.state.filesTotal = inputs;
    this.messages = this.progress ? this.progress.messages() : io.stderr;
    if (cfg.fields && cfg.format === 'pretty') this.messages.write('quotes: warning: --fields has no effect with --format pretty\n');
  }

  /** The reader is gone or stdout failed: stop reading inputs. */
  get stopped(): boolean {
    return this.sink.done;
  }

  private async begin(): Promise<void> {
    if (this.begun) return;
    this.begun = true;
    await this.sink.write(this.formatter.begin());
  }

  /** An input (file, `-`) is about to be read. */
  async startInput(file: string): Promise<void> {
    this.stats.files++;
    const p = this.progress;
    if (!p) return;
    if (this.stats.files > 1) p.state.filesDone++;
    p.state.filesTotal = Math.max(p.state.filesTotal, this.stats.files);
    p.state.bytes = 0;
    p.state.size = null;
    if (file !== '-') {
      try {
        const s = await stat(file);
        if (s.isFile()) p.state.size = s.size;
      } catch {
        // the reader will report it
      }
    }
    p.tick();
  }

  /** Count the bytes of a streamed input, for the progress line. */
  track(stream: Readable): void {
    const p = this.progress;
    if (!p) return;
    stream.on('data', (c: Buffer | string) => {
      p.state.bytes += c.length;
    });
  }

  /** An input or a record could not be read. */
  error(): void {
    this.stats.errors++;
  }

  /**
   * The quotes of one document (a text file or a JSONL record), none included; `more` when they are those of a
   * piece of it that is not its last (a long text read in pieces counts as one document).
   */
  async emit(quotes: readonly Located[], text?: string, more = false): Promise<void> {
    await this.begin();
    if (!more) this.stats.documents++;
    let chunk = '';
    for (const q of quotes) {
      if (!this.select(q)) continue;
      this.printed++;
      if (q.speaker === null) this.unattributed++;
      this.stats.add(q);
      chunk += this.formatter.record(q, text);
    }
    if (this.progress) {
      this.progress.state.documents = this.stats.documents;
      this.progress.state.quotes = this.printed;
      this.progress.tick();
    }
    await this.sink.write(chunk);
  }

  /**
   * Text that is not a quote record (--print-text): written through the same
   * sink, so a closed pipe and a slow reader are handled alike. Counts as
   * printed output for the exit code.
   */
  async raw(text: string): Promise<void> {
    this.stats.documents++;
    this.printed++;
    await this.sink.write(text);
  }

  /** Worker threads were started to extract (for --stats). */
  workers(n: number): void {
    this.stats.threads = 1 + n;
  }

  /** Close the output (the JSON array, …), print --stats, and say how it went. */
  async finish(): Promise<Outcome> {
    await this.begin();
    await this.sink.write(this.formatter.end());
    await this.sink.flush();
    this.progress?.clear();
    if (this.cfg.stats) this.io.stderr.write(this.stats.render((this.now() - this.started) / 1000));
    return { printed: this.printed, unattributed: this.unattributed, closed: this.sink.closed, writeError: this.sink.error };
  }
}
