import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { formatBytes, formatElapsed, fractionDone, Progress, renderProgress, type ProgressState } from '../src/output/progress.js';

const state = (over: Partial<ProgressState> = {}): ProgressState => ({ filesDone: 0, filesTotal: 1, documents: 0, quotes: 0, bytes: 0, size: null, elapsedMs: 0, ...over });

describe('progress line', () => {
  it.each<[Partial<ProgressState>, number | null]>([
    [{ filesTotal: 4, filesDone: 1 }, 0.25],
    [{ filesTotal: 4, filesDone: 1, bytes: 50, size: 100 }, 0.375],
    [{ filesTotal: 1, bytes: 30, size: 120 }, 0.25],
    [{ filesTotal: 1, bytes: 500 }, null],
    [{ filesTotal: 1, bytes: 500, size: 100 }, 1],
  ])('fraction of %j is %s', (s, f) => expect(fractionDone(state(s))).toBe(f));

  it('draws a bar when the share done is known, counts when it is not', () => {
    const bar = renderProgress(state({ filesTotal: 40, filesDone: 10, documents: 10, quotes: 1234, elapsedMs: 65_000 }), 100);
    expect(bar).toMatch(/^\[#+-+\]  25%  10\/40 files  1,234 quotes  1:05$/);
    const stream = renderProgress(state({ documents: 20_000, quotes: 150_000, bytes: 12 * 1024 * 1024, elapsedMs: 3_000 }), 100);
    expect(stream).toBe('20,000 documents  150,000 quotes  12.0 MB  0:03');
    expect(renderProgress(state({ filesTotal: 40, filesDone: 10, quotes: 5 }), 30).length).toBeLessThanOrEqual(30);
  });

  it.each([
    [512, '512 B'],
    [2048, '2.0 kB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [3 * 1024 ** 3, '3.00 GB'],
  ])('%d bytes read as %s', (n, s) => expect(formatBytes(n)).toBe(s));

  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [3_600_000, '60:00'],
  ])('%d ms read as %s', (ms, s) => expect(formatElapsed(ms)).toBe(s));

  it('stays silent for short runs, redraws at most every interval, and erases itself', () => {
    let t = 0;
    const out = Object.assign(new PassThrough(), { columns: 60 });
    let written = '';
    out.on('data', (d) => (written += d));
    const p = new Progress(out, { now: () => t, delayMs: 500, intervalMs: 100 });
    p.state.filesTotal = 3;
    t = 400;
    p.tick();
    expect(written).toBe('');
    t = 600;
    p.state.filesDone = 1;
    p.tick();
    expect(written).toMatch(/^\r\[#+-+\]  33%  1\/3 files  0 quotes  0:00\x1b\[K$/);
    const once = written;
    t = 650;
    p.tick();
    expect(written).toBe(once);
    // another message first erases the line, then the line comes back on the next tick
    p.messages().write('quotes: b.txt: no such file\n');
    expect(written.slice(once.length)).toBe('\r\x1b[Kquotes: b.txt: no such file\n');
    t = 660;
    p.tick();
    expect(written.endsWith('\x1b[K')).toBe(true);
    expect(written.split('\r[').length).toBe(3);
    p.clear();
    expect(written.endsWith('\r\x1b[K')).toBe(true);
  });
});
