/**
 * A worker thread: loads the pipeline once, then processes batches of raw items as the main thread
 * sends them, answering each batch with its results in the same order. It counts the documents it
 * starts in shared memory, so the main thread can tell a worker stuck on one document (see pool.ts).
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

/** What a worker is started with. */
export interface WorkerData {
  opts: JobOptions;
  /** One Int32: documents started so far, read by the main thread's watchdog. */
  started: SharedArrayBuffer;
}

const { opts, started } = workerData as WorkerData;
const count = new Int32Array(started);
const port = parentPort!;
port.on('message', (m: BatchMessage) => {
  const results = m.items.map((it) => {
    Atomics.add(count, 0, 1);
    return runJob(it, opts);
  });
  port.postMessage({ batch: m.batch, results }, transferables(results));
});
// Loading the models takes a second: say when ready, so a worker that cannot start is told apart from one that crashed.
port.postMessage({ ready: true });
