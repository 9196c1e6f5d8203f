// A stand-in for dist/worker.js that speaks the same protocol (src/run/jobs.ts)
// but answers after a random delay, marks what it did, and fails on request:
// a text containing THROW gets an error reply, one containing CRASH kills the
// thread. Used to test ordering, bounds and failures of the pool.
import { parentPort } from 'node:worker_threads';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

parentPort.on('message', async (batch) => {
  await sleep(Math.floor(Math.random() * 15));
  const out = batch.docs.map((d) => {
    if (d.text.includes('CRASH')) process.exit(3);
    if (d.text.includes('THROW')) return { error: 'told to throw' };
    return {
      quotes: [{ quote: d.text.slice(0, 12), start: 0, end: 12, type: 'direct', speaker: null, speakerMention: null, speakerTitle: null, cue: null, outlet: d.options.outlet ?? null, outletMention: null, confidence: 0.5, rule: 'fake-worker', group: null }],
    };
  });
  parentPort.postMessage({ seq: batch.seq, out });
});
parentPort.postMessage('ready');
