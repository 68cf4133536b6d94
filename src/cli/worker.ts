/**
 * A worker thread: loads the pipeline once, then processes batches of raw items as the main thread
 * sends them, answering each batch with its results in the same order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawItem } from '../io/sources.js';
import { type JobOptions, runJob } from './job.js';
import { transferables } from './render.js';

/** A batch sent to a worker. */
export interface BatchMessage {
  batch: number;
  items: RawItem[];
}

const opts = workerData as JobOptions;
const port = parentPort!;
port.on('message', (m: BatchMessage) => {
  const results = m.items.map((it) => runJob(it, opts));
  port.postMessage({ batch: m.batch, results }, transferables(results));
});
// Loading the models takes a second: say when ready, so a worker that cannot start is told apart from one that crashed.
port.postMessage({ ready: true });
