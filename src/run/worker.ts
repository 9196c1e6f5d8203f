// A worker thread of the pool in jobs.ts: batches of documents in, their quotes
// out, one reply per batch, in the order received. Bundled as dist/worker.js.
import { parentPort } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import type { WorkerBatch, WorkerReply } from './jobs.js';

parentPort?.on('message', (batch: WorkerBatch) => {
  const out: WorkerReply['out'] = batch.docs.map((d) => {
    try {
      return { quotes: extract(d.text, d.options) };
    } catch (e) {
      return { error: (e as Error)?.message ?? String(e) };
    }
  });
  parentPort!.postMessage({ seq: batch.seq, out } satisfies WorkerReply);
});
parentPort?.postMessage('ready');
