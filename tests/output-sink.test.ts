import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { Sink } from '../src/output/sink.js';

/** A stream that takes `highWaterMark` bytes, then holds each write until release() is called. */
function slowStream() {
  const got: string[] = [];
  const pending: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk, _enc, cb) {
      got.push(String(chunk));
      pending.push(cb);
    },
  });
  const release = () => {
    for (const cb of pending.splice(0)) cb();
  };
  return { stream, got, release };
}

function failing(code: string, after: number) {
  let n = 0;
  return new Writable({
    write(_chunk, _enc, cb) {
      if (++n > after) cb(Object.assign(new Error(`${code}: write`), { code }));
      else cb();
    },
  });
}

describe('sink', () => {
  it('waits for a slow reader instead of buffering everything, and loses nothing', async () => {
    const { stream, got, release } = slowStream();
    const sink = new Sink(stream);
    let resolved = false;
    const first = sink.write('x'.repeat(100)).then(() => (resolved = true));
    await new Promise((r) => setImmediate(r));
    expect(resolved).toBe(false); // over the high-water mark: wait for 'drain'
    release();
    await first;
    expect(resolved).toBe(true);
    for (let i = 0; i < 50; i++) {
      const w = sink.write(`line ${i}\n`);
      release();
      await w;
      release();
    }
    await sink.flush();
    expect(got.join('')).toBe('x'.repeat(100) + Array.from({ length: 50 }, (_, i) => `line ${i}\n`).join(''));
    expect(sink.done).toBe(false);
  });

  it('a closed pipe (EPIPE) stops the output quietly', async () => {
    const sink = new Sink(failing('EPIPE', 1));
    await sink.write('one\n');
    await sink.write('two\n');
    await new Promise((r) => setImmediate(r));
    expect(sink.closed).toBe(true);
    expect(sink.error).toBeNull();
    expect(sink.done).toBe(true);
    await sink.write('three\n'); // no throw, no hang
    await sink.flush();
  });

  it('another write error is kept to be reported', async () => {
    const sink = new Sink(failing('ENOSPC', 0));
    await sink.write('one\n');
    await new Promise((r) => setImmediate(r));
    expect(sink.closed).toBe(false);
    expect(sink.error?.code).toBe('ENOSPC');
    expect(sink.done).toBe(true);
  });

  it('a write that is waiting for drain ends when the stream fails', async () => {
    const { stream } = slowStream();
    const sink = new Sink(stream);
    const w = sink.write('y'.repeat(100));
    stream.destroy(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    await w;
    expect(sink.closed).toBe(true);
  });
});
