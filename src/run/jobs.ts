// Many documents → their quotes, in input order, in this thread or on a pool of
// worker threads. Nothing happens at import time; workers are started only
// once the input has proved large (a single article never pays for them).
//
// With `jobs` = N the calling thread reads the input, keeps the order and
// extracts too, and N − 1 workers take batches (≤ BATCH_DOCS documents or
// ≤ BATCH_CHARS characters) whenever they have room. Memory stays bounded
// whatever the input size: a worker holds at most WORKER_DEPTH batches, a
// finished batch waits only for the batches before it, and no more input is
// read while the queue is full.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import { QuotesError } from '../errors.js';
import type { ExtractOptions, Quote } from '../types.js';

/** One document to extract from, and a tag that comes back with its quotes. */
export interface DocumentIn<T> {
  text: string;
  /** The document's own outlet (overrides `options.outlet`). */
  outlet?: string | null;
  tag: T;
}

/** The result for one document: its quotes, or the error that stopped it (quotes then empty). */
export interface DocumentOut<T> {
  tag: T;
  quotes: Quote[];
  error: QuotesError | null;
}

export interface JobsOptions extends ExtractOptions {
  /** Threads that extract: the calling thread and `jobs - 1` workers. 1 (the default): no workers. */
  jobs?: number;
  /**
   * The size of the whole input in bytes, when the caller knows it (files on
   * disk): an input of 32 MiB or more starts its workers at once.
   */
  sizeHint?: number;
  /** Characters extracted in the calling thread before workers are started (default 4 M: 2²²). */
  warmChars?: number;
  /** Called once, with the number of worker threads, when they are started. */
  onWorkers?: (workers: number) => void;
}

/** @internal What the worker is sent and sends back (structured-cloned). */
export interface WorkerBatch {
  seq: number;
  docs: { text: string; options: ExtractOptions }[];
}
/** @internal */
export interface WorkerReply {
  seq: number;
  out: ({ quotes: Quote[] } | { error: string })[];
}

/** @internal */
export const BATCH_DOCS = 64;
/** @internal */
export const BATCH_CHARS = 1 << 19;
/**
 * @internal Characters extracted in this thread before workers are started, where the
 * input's size is not known in advance (a pipe). A worker costs about a
 * second of CPU before it is of use (its own copy of the engine to compile and
 * warm up), as much as extracting some 4 MB of news. Measured on 2 cores
 * (npm run bench): 3.9 MB of news took 2.0 s on one thread and 2.6 s with a
 * worker started after 256 K characters; a 65 MB stream gained 1.15× from one.
 */
export const WARM_CHARS = 1 << 22;
/** @internal Bytes of input (known in advance) from which workers start at once: they will pay for themselves. */
export const BIG_INPUT = 1 << 25;
/** A partial batch is sent after this long, so a slow input stream still sees its results promptly. */
const FLUSH_MS = 25;

/** @internal The default for `--jobs`: the cores this process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** @internal Extract one document in this thread; an engine failure becomes that document's error. */
export function extractOne<T>(doc: DocumentIn<T>, options: ExtractOptions): DocumentOut<T> {
  if (typeof doc?.text !== 'string') return { tag: doc?.tag as T, quotes: [], error: new QuotesError('bad-document', 'document has no "text" string') };
  try {
    return { tag: doc.tag, quotes: extract(doc.text, docOptions(doc, options)), error: null };
  } catch (e) {
    return { tag: doc.tag, quotes: [], error: internal(e) };
  }
}

/** @internal One document's answer as a worker sends it back: its quotes, or the message of the error that stopped it. */
export function extractReply(text: string, options: ExtractOptions): WorkerReply['out'][number] {
  try {
    return { quotes: extract(text, options) };
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}

function docOptions(doc: DocumentIn<unknown>, options: ExtractOptions): ExtractOptions {
  const outlet = doc.outlet ?? options.outlet ?? null;
  return options.types ? { outlet, types: [...options.types] } : { outlet };
}

function internal(e: unknown): QuotesError {
  return e instanceof QuotesError ? e : new QuotesError('internal', `internal error: ${(e as Error)?.message ?? String(e)}`);
}

/**
 * @internal
 * Every document's quotes, in input order. With `jobs` > 1, once `warm`
 * characters have been extracted here (none for an input known to be large),
 * the rest is shared with `jobs - 1`
 * worker threads running `workerUrl` (dist/worker.js; when it is absent, as
 * when running from the TypeScript sources, everything runs here).
 */
export async function* extractInOrder<T>(docs: AsyncIterable<DocumentIn<T>> | Iterable<DocumentIn<T>>, options: JobsOptions = {}, workerUrl: URL = defaultWorkerUrl()): AsyncGenerator<DocumentOut<T>> {
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new QuotesError('bad-option', `jobs must be a positive whole number (got ${String(options.jobs)})`);
  if (options.warmChars !== undefined && !(Number.isInteger(options.warmChars) && options.warmChars >= 0)) throw new QuotesError('bad-option', `warmChars must be a whole number ≥ 0 (got ${String(options.warmChars)})`);
  const warm = options.warmChars ?? (options.sizeHint !== undefined && options.sizeHint >= BIG_INPUT ? 0 : WARM_CHARS);
  const extractOptions: ExtractOptions = { outlet: options.outlet ?? null, ...(options.types ? { types: options.types } : {}) };
  const it = (Symbol.asyncIterator in docs ? docs[Symbol.asyncIterator]() : toAsync(docs[Symbol.iterator]())) as AsyncIterator<DocumentIn<T>>;
  const pooled = jobs > 1 && existsSync(fileURLToPath(workerUrl));
  let done = false;
  try {
    // Small inputs stay in this thread: a single article never pays for a worker.
    let chars = 0;
    while (!pooled || chars < warm) {
      const r = await it.next();
      if (r.done) {
        done = true;
        return;
      }
      chars += typeof r.value?.text === 'string' ? r.value.text.length : 0;
      yield extractOne(r.value, extractOptions);
    }
    options.onWorkers?.(jobs - 1);
    yield* runPool(it, extractOptions, jobs, workerUrl);
    done = true;
  } finally {
    // the consumer stopped early (a closed pipe): let the input close its files
    if (!done) await it.return?.();
  }
}

async function* toAsync<D>(it: Iterator<D>): AsyncGenerator<D> {
  for (let r = it.next(); !r.done; r = it.next()) yield r.value;
}

/** dist/worker.js next to the bundle this code runs from (see scripts/build.mjs). */
function defaultWorkerUrl(): URL {
  // the bundle is split: this code runs from dist/chunks/, the worker entry is dist/worker.js
  const up = new URL('../worker.js', import.meta.url);
  return existsSync(fileURLToPath(up)) ? up : new URL('./worker.js', import.meta.url);
}

interface Batch<T> {
  tags: T[];
  result: DocumentOut<T>[] | null;
  /** Resolves when `result` is set. */
  done: Promise<void>;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  /** Batches sent and not yet answered, in the order sent. */
  queue: { seq: number; docs: WorkerBatch['docs']; finish: (out: WorkerReply['out']) => void }[];
}

/**
 * The young generation of a worker's heap (MB). V8's default lets it grow to
 * tens of MB per thread; the engine's garbage is short-lived (tokens, slices
 * of one sentence), so a smaller nursery costs a few more scavenges and keeps
 * the peak RSS of --jobs 2 on a 60 MB stream near 200 MB instead of ≈ 235 MB.
 */
const WORKER_YOUNG_MB = 8;

/**
 * The old generation of a worker's heap (MB). Its live data is about 12 MB
 * (the engine's tables and caches), but V8 lets the heap grow to several
 * times that before collecting; a cap makes it collect sooner. Measured on a
 * 65 MB stream at --jobs 2: peak RSS 213 MB without a cap, 195 MB at 128 MB
 * (median of 3), 194 against 198 MB at 64 MB against 128 (median of 5,
 * interleaved), at the same CPU time; 192 against 197 MB at 40 MB against 64
 * (median of 9, interleaved, December 6), where 64 MB went over 200 MB in two
 * of the nine runs and 40 MB in none, at the same wall time (10.4–12.2 s
 * against 10.5–11.5 s). 32 MB since December 6 (ninth session), when that
 * session's rules had brought 40 MB back to 195–199 MB (three runs, against
 * 188–190 MB for the build it started from): 185–190 MB at 32, wall time
 * 12.5–12.9 s against 11.8–12.0 s. A document of WORKER_DOC_CHARS (4.1 M
 * characters, six copies of a novel) extracts within 32 MB, not within 24
 * (checked again: --jobs 2 output equal to --jobs 1, 187 MB); one of 20 M does
 * not fit at all, hence WORKER_DOC_CHARS, and a worker that dies anyway has its
 * batches extracted again in the calling thread. 28 MB since December 6
 * (fourteenth session), when 32 MB had crept back to 193–205 MB (eight runs,
 * three over 200): 193–198 MB at 28 (three runs), wall time 22.3–22.9 s
 * against 17.3–20.9 s on the same host; a stream holding two documents of
 * 4.19 M characters among the train news gives output equal to --jobs 1 at
 * 28 MB (peak 323 MB, against 392 MB at 32).
 */
const WORKER_OLD_MB = 28;

/** @internal A batch holding a document this long (characters) is extracted in the calling thread, whose heap is not capped. */
export const WORKER_DOC_CHARS = 1 << 22;

/** Batches a worker may hold (one running, one waiting), so it never idles between them. */
const WORKER_DEPTH = 2;

/**
 * The calling thread reads, orders and extracts too; `jobs - 1` workers take
 * batches when they are ready and have room, and the calling thread extracts
 * any batch that no worker can take. Input order is kept by a bounded queue.
 */
async function* runPool<T>(it: AsyncIterator<DocumentIn<T>>, options: ExtractOptions, jobs: number, workerUrl: URL): AsyncGenerator<DocumentOut<T>> {
  const workers: PoolWorker[] = [];
  const inFlight: Batch<T>[] = [];
  const maxInFlight = (jobs - 1) * WORKER_DEPTH + 2;
  let seq = 0;
  let wake: (() => void) | null = null;
  let woken = new Promise<void>((r) => (wake = r));
  const signal = () => {
    wake?.();
    woken = new Promise<void>((r) => (wake = r));
  };

  // (loaded here, when the first worker starts: a run that starts none never loads the module, about 1.3 ms;
  // by require, not import(): the CLI's bundle runs as a classic script, where import() has no loader)
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const spawn = (): void => {
    const pw: PoolWorker = { worker: new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB } }), ready: false, queue: [] };
    let failed = false;
    // a worker that dies (out of memory, killed) loses nothing: this thread
    // extracts the batches it held, and the pool goes on without it
    const fail = () => {
      if (failed) return;
      failed = true;
      const i = workers.indexOf(pw);
      if (i >= 0) workers.splice(i, 1);
      for (const b of pw.queue.splice(0)) b.finish(b.docs.map((d) => extractReply(d.text, d.options)));
      signal();
    };
    pw.worker.on('message', (reply: WorkerReply | 'ready') => {
      if (reply === 'ready') pw.ready = true;
      else {
        const i = pw.queue.findIndex((b) => b.seq === reply.seq);
        if (i >= 0) pw.queue.splice(i, 1)[0]!.finish(reply.out);
      }
      signal();
    });
    pw.worker.on('error', fail);
    pw.worker.on('exit', fail);
    workers.push(pw);
  };
  for (let i = 1; i < jobs; i++) spawn();

  const freeWorker = (): PoolWorker | undefined => workers.filter((w) => w.ready && w.queue.length < WORKER_DEPTH).sort((a, b) => a.queue.length - b.queue.length)[0];

  const dispatch = (docs: DocumentIn<T>[]): void => {
    const tags = docs.map((d) => d?.tag as T);
    const pw = docs.some((d) => typeof d?.text === 'string' && d.text.length >= WORKER_DOC_CHARS) ? undefined : freeWorker();
    if (!pw) {
      // no worker free, or a document too long for a worker's heap: this thread extracts the batch itself
      inFlight.push({ tags, result: docs.map((d) => extractOne(d, options)), done: Promise.resolve() });
      return;
    }
    const early = new Map<number, QuotesError>();
    const sent: WorkerBatch['docs'] = [];
    docs.forEach((d, i) => {
      if (typeof d?.text !== 'string') early.set(i, new QuotesError('bad-document', 'document has no "text" string'));
      else sent.push({ text: d.text, options: docOptions(d, options) });
    });
    const batch: Batch<T> = { tags, result: null, done: Promise.resolve() };
    batch.done = new Promise<void>((resolve) => {
      const finish = (out: WorkerReply['out']) => {
        let k = 0;
        batch.result = tags.map((tag, i) => {
          const e = early.get(i);
          if (e) return { tag, quotes: [], error: e };
          const o = out[k++];
          if (!o || 'error' in o) return { tag, quotes: [], error: new QuotesError('internal', `internal error: ${o ? o.error : 'no reply'}`) };
          return { tag, quotes: o.quotes, error: null };
        });
        resolve();
      };
      const n = seq++;
      pw.queue.push({ seq: n, docs: sent, finish });
      pw.worker.postMessage({ seq: n, docs: sent } satisfies WorkerBatch);
    });
    inFlight.push(batch);
  };

  let next: Promise<IteratorResult<DocumentIn<T>>> | null = null;
  let ended = false;
  let batch: DocumentIn<T>[] = [];
  let batchChars = 0;
  let deadline: Promise<'flush'> | null = null;
  const send = async (): Promise<void> => {
    // before extracting here, let the workers' pending replies in: a source
    // that never waits (an array, a buffered file) would otherwise starve them
    if (workers.length && !freeWorker()) await new Promise((r) => setImmediate(r));
    dispatch(batch);
    batch = [];
    batchChars = 0;
    deadline = null;
  };
  try {
    for (;;) {
      while (inFlight[0]?.result) yield* inFlight.shift()!.result!;
      if (ended && !batch.length && !inFlight.length) return;
      const room = inFlight.length < maxInFlight;
      if (batch.length && room && (ended || batch.length >= BATCH_DOCS || batchChars >= BATCH_CHARS)) {
        await send();
        continue;
      }
      // wait for whichever comes first: a document, a worker's reply, or the flush deadline
      const waits: Promise<unknown>[] = [];
      if (!ended && room) waits.push((next ??= it.next()));
      if (workers.length) waits.push(woken);
      if (batch.length && room) waits.push((deadline ??= new Promise((r) => setTimeout(r, FLUSH_MS, 'flush').unref())));
      if (!waits.length) waits.push(inFlight[0]!.done);
      const first = await Promise.race(waits);
      if (first === 'flush') {
        if (batch.length && room) await send();
        continue;
      }
      if (first !== undefined && next) {
        const r = first as IteratorResult<DocumentIn<T>>;
        next = null;
        if (r.done) ended = true;
        else {
          batch.push(r.value);
          batchChars += typeof r.value?.text === 'string' ? r.value.text.length : 0;
        }
      }
    }
  } finally {
    for (const pw of workers.splice(0)) {
      pw.worker.removeAllListeners();
      void pw.worker.terminate();
    }
  }
}
