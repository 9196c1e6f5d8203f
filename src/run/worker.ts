// A worker thread of the pool in jobs.ts: batches of documents in, their quotes
// out, one reply per batch, in the order received. Bundled as dist/worker.js.
import { parentPort } from 'node:worker_threads';
import { extractReply, type WorkerBatch, type WorkerReply } from './jobs.js';

parentPort?.on('message', (batch: WorkerBatch) => {
  const out: WorkerReply['out'] = batch.docs.map((d) => extractReply(d.text, d.options));
  parentPort!.postMessage({ seq: batch.seq, out } satisfies WorkerReply);
});
parentPort?.postMessage('ready');
