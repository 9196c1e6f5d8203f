// A progress line on stderr for long runs (many files, a large JSONL stream).
// The CLI turns it on only when stderr is a terminal, stdout is not (the
// output itself shows progress there), CI is not set and --no-progress is not
// given; it draws only after `delayMs`, so short runs never show it, and
// redraws at most every `intervalMs`.
import { Writable } from 'node:stream';

export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  documents: number;
  quotes: number;
  /** Bytes read so far from the current streamed input, and its size when known. */
  bytes: number;
  size: number | null;
  elapsedMs: number;
}

/** Share done, 0..1, or null when it cannot be known (a stream of unknown length). */
export function fractionDone(s: ProgressState): number | null {
  const inFile = s.size ? Math.min(1, s.bytes / s.size) : 0;
  if (s.filesTotal > 1) return Math.min(1, (s.filesDone + inFile) / s.filesTotal);
  if (s.size) return inFile;
  return null;
}

const group = (n: number) => n.toLocaleString('en-US');

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One line, at most `width` characters, no newline. */
export function renderProgress(s: ProgressState, width: number): string {
  const parts: string[] = [];
  if (s.filesTotal > 1) parts.push(`${group(s.filesDone)}/${group(s.filesTotal)} files`);
  if (s.documents > s.filesTotal) parts.push(`${group(s.documents)} documents`);
  parts.push(`${group(s.quotes)} quotes`);
  if (s.bytes) parts.push(formatBytes(s.bytes));
  parts.push(formatElapsed(s.elapsedMs));
  const rest = parts.join('  ');
  const f = fractionDone(s);
  let line = rest;
  if (f !== null) {
    const pct = `${Math.floor(f * 100)}%`.padStart(4);
    const barWidth = Math.max(0, Math.min(30, width - rest.length - pct.length - 5));
    if (barWidth >= 10) {
      const full = Math.round(f * barWidth);
      line = `[${'#'.repeat(full)}${'-'.repeat(barWidth - full)}] ${pct}  ${rest}`;
    } else line = `${pct}  ${rest}`;
  }
  return line.length > width ? line.slice(0, Math.max(0, width)) : line;
}

export interface ProgressOptions {
  now?: () => number;
  delayMs?: number;
  intervalMs?: number;
}

export class Progress {
  readonly state: ProgressState = { filesDone: 0, filesTotal: 0, documents: 0, quotes: 0, bytes: 0, size: null, elapsedMs: 0 };
  private readonly now: () => number;
  private readonly started: number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private lastDraw = -Infinity;
  private shown = false;

  constructor(
    private readonly out: Writable & { columns?: number },
    opts: ProgressOptions = {},
  ) {
    this.now = opts.now ?? (() => Number(process.hrtime.bigint()) / 1e6);
    this.started = this.now();
    this.delayMs = opts.delayMs ?? 500;
    this.intervalMs = opts.intervalMs ?? 100;
  }

  /** Redraw if it is time to. */
  tick(): void {
    const t = this.now();
    this.state.elapsedMs = t - this.started;
    if (this.state.elapsedMs < this.delayMs || t - this.lastDraw < this.intervalMs) return;
    this.lastDraw = t;
    const width = (this.out.columns || 80) - 1;
    this.out.write(`\r${renderProgress(this.state, width)}\x1b[K`);
    this.shown = true;
  }

  /** Erase the line (before other messages, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.out.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = -Infinity;
  }

  /** A stream for other messages that erases the line before each one. */
  messages(): Writable {
    return new Writable({
      write: (chunk: Buffer | string, _enc, cb) => {
        this.clear();
        this.out.write(chunk);
        cb();
      },
    });
  }
}
