// Writing the output stream for the CLI: waits for 'drain' when the reader is
// slower (memory stays flat on multi-MB outputs), and notices when the reader
// goes away (EPIPE: `quotes … | head -1`) so the run can stop quietly. Never
// exits the process: whatever was written is delivered before Node exits.
import type { Writable } from 'node:stream';

export class Sink {
  /** The reader closed the pipe: nothing more can be written; not an error. */
  closed = false;
  /** Another write error (disk full, …). */
  error: NodeJS.ErrnoException | null = null;
  private waiters: (() => void)[] = [];

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.error ??= e;
      this.wake();
    });
    stream.on('close', () => this.wake());
  }

  get done(): boolean {
    return this.closed || this.error !== null;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Write, then wait until the stream can take more (or is gone). */
  async write(chunk: string): Promise<void> {
    if (!chunk || this.done) return;
    if (this.stream.destroyed) {
      this.closed = true;
      return;
    }
    if (this.stream.write(chunk)) return;
    await this.drained();
  }

  /** Wait until what was written has left the stream's buffer (or the stream is gone). */
  async flush(): Promise<void> {
    if (this.stream.writableNeedDrain) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      if (this.done || this.stream.destroyed) return resolve();
      const onDrain = () => {
        this.stream.off('drain', onDrain);
        resolve();
      };
      this.stream.on('drain', onDrain);
      this.waiters.push(() => {
        this.stream.off('drain', onDrain);
        resolve();
      });
    });
  }
}
