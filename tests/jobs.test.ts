// --jobs: the pool keeps input order, stays bounded, survives failures, and
// gives byte-for-byte the output of a single-threaded run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractInOrder, BATCH_DOCS, BIG_INPUT, WORKER_DOC_CHARS, type DocumentIn } from '../src/run/jobs.js';
import { cli } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

const fakeWorker = new URL('./helpers/fake-worker.mjs', import.meta.url);
const articles = readdirSync('fixtures/jobs')
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join('fixtures/jobs', name), 'utf8') }));

/** `n` documents of about `size` characters, each with a quotation. */
function docs(n: number, size = 2000, special: Record<number, string> = {}): DocumentIn<number>[] {
  return Array.from({ length: n }, (_, i) => {
    const base = special[i] ?? `“Item ${i} is ready,” Bo Li said.`;
    return { text: (base + ' Filler text without quotation marks.').padEnd(size, ' More filler.'), tag: i };
  });
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('extractInOrder (pool mechanics, with a stand-in worker)', () => {
  // the characters this thread extracts before it starts workers (smaller than
  // the default, so that these tests stay quick)
  const warmChars = 1 << 18;
  const warmDocs = Math.ceil(warmChars / 2000);

  it('returns every document in input order while workers answer out of order', async () => {
    const input = docs(warmDocs + 40 * BATCH_DOCS);
    const out = await collect(extractInOrder(input, { jobs: 3, warmChars }, fakeWorker));
    expect(out.map((o) => o.tag)).toEqual(input.map((d) => d.tag));
    // the first documents ran in this thread (real engine), later ones on workers and here
    expect(out[0]!.quotes[0]).toMatchObject({ quote: 'Item 0 is ready,', speaker: 'Bo Li' });
    const byWorker = out.filter((o) => o.quotes[0]?.rule === 'fake-worker').length;
    expect(byWorker).toBeGreaterThan(BATCH_DOCS);
    expect(byWorker).toBeLessThan(out.length - warmDocs);
    expect(out.every((o) => o.error === null)).toBe(true);
  });

  it('stays in this thread for a small input, even with many jobs', async () => {
    const out = await collect(extractInOrder(docs(20), { jobs: 8 }, fakeWorker));
    expect(out).toHaveLength(20);
    expect(out.some((o) => o.quotes[0]?.rule === 'fake-worker')).toBe(false);
  });

  it('reads ahead of a slow consumer by a bounded number of documents', async () => {
    let pulled = 0;
    const n = warmDocs + 30 * BATCH_DOCS;
    const source = async function* () {
      for (const d of docs(n)) {
        pulled++;
        yield d;
      }
    };
    let consumed = 0;
    let lead = 0;
    for await (const o of extractInOrder(source(), { jobs: 2, warmChars }, fakeWorker)) {
      expect(o.tag).toBe(consumed);
      consumed++;
      lead = Math.max(lead, pulled - consumed);
      if (consumed % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(consumed).toBe(n);
    // jobs 2: at most 2 batches on the worker, 2 finished ones waiting, one being filled
    expect(lead).toBeLessThanOrEqual(5 * BATCH_DOCS + 1);
  });

  it('reports a document a worker fails on as its error, and extracts the batches of a crashed worker here', async () => {
    // a worker fails on THROW and dies on CRASH; this thread's real engine does neither,
    // so a THROW document is either extracted here or fails with the worker's error,
    // and a CRASH document is always extracted (by this thread, when a worker died on it)
    const n = warmDocs + 40 * BATCH_DOCS;
    const throwing = (i: number) => i >= warmDocs + 2 * BATCH_DOCS && i < warmDocs + 8 * BATCH_DOCS;
    const crashing = (i: number) => i >= warmDocs + 20 * BATCH_DOCS && i < warmDocs + 30 * BATCH_DOCS;
    const special: Record<number, string> = {};
    for (let i = 0; i < n; i++) if (throwing(i) || crashing(i)) special[i] = `“${throwing(i) ? 'THROW' : 'CRASH'} ${i},” Bo Li said.`;
    const out = await collect(extractInOrder(docs(n, 2000, special), { jobs: 3, warmChars }, fakeWorker));
    expect(out.map((o) => o.tag)).toEqual([...Array(n).keys()]);
    const errors = out.filter((o) => o.error).map((o) => [o.tag, o.error!.message] as const);
    expect(errors.filter(([i, m]) => throwing(i) && m === 'internal error: told to throw').length).toBeGreaterThan(0);
    expect(errors.filter(([i]) => !throwing(i))).toEqual([]);
    // nothing is lost: every other document has its quote, the CRASH ones from this thread's engine
    for (const o of out) if (!o.error) expect(o.quotes).toHaveLength(1);
    expect(out.filter((o) => crashing(o.tag)).every((o) => o.quotes[0]?.speaker === 'Bo Li' && o.quotes[0]?.rule !== 'fake-worker')).toBe(true);
    expect(out.slice(warmDocs + 31 * BATCH_DOCS).every((o) => o.quotes[0]?.speaker === 'Bo Li')).toBe(true);
  });

  it('keeps a document too long for a worker in this thread', async () => {
    const long = `“Long ${'and longer '.repeat(WORKER_DOC_CHARS / 11)},” Bo Li said.`;
    const input = docs(4 * BATCH_DOCS, 2000, { [2 * BATCH_DOCS + 5]: long });
    const out = await collect(extractInOrder(input, { jobs: 2, warmChars: 0 }, fakeWorker));
    expect(out.map((o) => o.tag)).toEqual(input.map((d) => d.tag));
    expect(out[2 * BATCH_DOCS + 5]!.quotes[0]).toMatchObject({ speaker: 'Bo Li' });
    expect(out[2 * BATCH_DOCS + 5]!.quotes[0]!.rule).not.toBe('fake-worker');
    expect(out.some((o) => o.quotes[0]?.rule === 'fake-worker')).toBe(true);
  });

  it('gives a document without text its own error', async () => {
    const input = [{ text: '“Fine,” Bo Li said.', tag: 'a' }, { text: 42 as unknown as string, tag: 'b' }, { text: 'No quotes.', tag: 'c' }];
    const out = await collect(extractInOrder(input, { jobs: 1 }));
    expect(out.map((o) => [o.tag, o.quotes.length, o.error?.code ?? null])).toEqual([
      ['a', 1, null],
      ['b', 0, 'bad-document'],
      ['c', 0, null],
    ]);
  });

  it('starts the workers at once for an input known to be large, and says how many', async () => {
    const started: number[] = [];
    const input = docs(20 * BATCH_DOCS);
    const out = await collect(extractInOrder(input, { jobs: 3, sizeHint: BIG_INPUT, onWorkers: (n) => started.push(n) }, fakeWorker));
    expect(started).toEqual([2]);
    expect(out.map((o) => o.tag)).toEqual(input.map((d) => d.tag));
    // no warm-up share in this thread: with it (WARM_CHARS, more than these 2.6 M characters) no worker would have had a document
    expect(out.filter((o) => o.quotes[0]?.rule === 'fake-worker').length).toBeGreaterThan(BATCH_DOCS);
  });

  it('keeps an input of unknown or small size in this thread until it has extracted the warm-up share', async () => {
    for (const sizeHint of [undefined, BIG_INPUT - 1]) {
      const started: number[] = [];
      const out = await collect(extractInOrder(docs(3 * BATCH_DOCS), { jobs: 3, sizeHint, warmChars: 4 * BATCH_DOCS * 2000, onWorkers: (n) => started.push(n) }, fakeWorker));
      expect(started).toEqual([]);
      expect(out.some((o) => o.quotes[0]?.rule === 'fake-worker')).toBe(false);
    }
  });

  it('rejects a warm-up share that is not a whole number ≥ 0', async () => {
    for (const warmChars of [-1, 1.5, Number.NaN]) await expect(collect(extractInOrder(docs(1), { jobs: 2, warmChars }))).rejects.toThrow(/warmChars must be a whole number/);
  });

  it('rejects a jobs count that is not a positive whole number', async () => {
    for (const jobs of [0, -1, 1.5, Number.NaN]) await expect(collect(extractInOrder(docs(1), { jobs }))).rejects.toThrow(/jobs must be a positive whole number/);
  });
});

describe('--jobs on the command line', () => {
  it.each(['0', 'two', '-3', '1.5', '10000'])('rejects --jobs %s with exit 2 and one line', async (n) => {
    const r = await cli(['--jobs', n, 'fixtures/jobs/ferry-strike.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`quotes: --jobs: expected a whole number from 1 to 9999, got '${n}'\n`);
    expect(r.stdout).toBe('');
  });

  it.each(['many', '-5', '1e6'])('rejects QUOTES_WARM_CHARS=%s with exit 2 and one line', async (v) => {
    const r = await cli(['--jobs', '2', 'fixtures/jobs/ferry-strike.txt'], null, { QUOTES_WARM_CHARS: v });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`quotes: QUOTES_WARM_CHARS: expected a whole number of characters, got '${v}'\n`);
  });

  it('accepts --jobs 1 and --jobs 4 on a single article with the same output', async () => {
    const one = await cli(['--jobs', '1', 'fixtures/jobs/ferry-strike.txt']);
    const four = await cli(['--jobs', '4', 'fixtures/jobs/ferry-strike.txt']);
    expect(one.code).toBe(0);
    expect(four).toEqual(one);
  });
});

// Inputs large enough (> WARM_CHARS) that the built CLI really starts workers.
const dir = scratchDir('quotes-jobs-');
const files: string[] = [];
for (let i = 0; i < 420; i++) {
  const a = articles[i % articles.length]!;
  const file = join(dir, `${String(i).padStart(3, '0')}-${a.name}`);
  // each copy differs (a dateline), so a document out of place changes the output
  writeFileSync(file, `Dispatch ${i}.\n\n${a.text}`);
  files.push(file);
}
const records: string[] = [];
for (let i = 0; i < 640; i++) {
  const a = articles[i % articles.length]!;
  records.push(JSON.stringify({ id: `rec-${i}`, text: `Dispatch ${i}.\n\n${a.text}`, ...(i % 7 === 0 ? { outlet: 'Northern Wire' } : {}) }));
  if (i === 300) records.push('{"id": "broken", "text": ');
  if (i === 450) records.push(JSON.stringify({ id: 'no-text' }));
}
const stream = join(dir, 'stream.jsonl');
writeFileSync(stream, records.join('\n') + '\n');

// (a warm-up share far below the default, so that these inputs of a few hundred KB start workers)
const quotes = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/quotes.js', ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28, env: { ...process.env, QUOTES_WARM_CHARS: '50000' } });
/** The `threads:` line of --stats. */
const threads = (stderr: string) => /^threads: (\d+)$/m.exec(stderr)?.[1];

describe('--jobs 2 gives byte for byte the output of --jobs 1 (built CLI)', () => {
  it('on many files, one of them missing', () => {
    const args = [...files.slice(0, 200), join(dir, 'missing.txt'), ...files.slice(200)];
    const one = quotes(['--jobs', '1', ...args]);
    const two = quotes(['--jobs', '2', ...args]);
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/missing\.txt: no such file\n$/);
    // the worker really ran
    expect(threads(quotes(['--jobs', '2', '--stats', ...args]).stderr)).toBe('2');
    expect(one.stdout.split('\n').length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
  });

  it('on a JSONL stream with a bad line, from a file and from standard input', () => {
    const one = quotes(['--jobs', '1', stream]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('line 302: invalid JSON');
    expect(one.stderr).toContain('line 453: record has no "text" string');
    const ids = one.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
    const withQuotes = 640 - Math.ceil((640 - 5) / 6); // every 6th record is the weather notice, without quotes
    expect(new Set(ids).size).toBe(withQuotes);
    const two = quotes(['--jobs', '2', stream]);
    expect(two.stdout).toBe(one.stdout);
    expect(threads(quotes(['--jobs', '2', '--stats', stream]).stderr)).toBe('2');
    expect(two.stderr).toBe(one.stderr);
    const piped = quotes(['--jobs', '2', '--input-format', 'jsonl'], readFileSync(stream, 'utf8'));
    expect(piped.stdout).toBe(one.stdout);
  });
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasParallel)('GNU parallel over a JSONL stream (beyond one process)', () => {
  it('parallel --pipe --keep-order -N 50 equals a single run', () => {
    const input = records.filter((r) => !r.includes('"broken"') && !r.includes('"no-text"')).join('\n') + '\n';
    const single = quotes(['--input-format', 'jsonl'], input);
    const split = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '-N', '50', process.execPath, 'bin/quotes.js', '--input-format', 'jsonl'], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
    expect(single.status).toBe(0);
    expect(split.stderr).toBe('');
    expect(split.stdout.length).toBeGreaterThan(10000);
    expect(split.stdout).toBe(single.stdout);
  });
});

