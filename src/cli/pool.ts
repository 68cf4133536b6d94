/**
 * Running jobs: a fixed pool of worker threads (node:worker_threads; each loads the models once),
 * or the main thread itself for `--workers 0`. Batches go to the least busy worker; results come
 * back per batch and the caller puts them in order. A worker that dies (out of memory, a crash in
 * native code) is replaced: its batches are retried one document at a time, and a document that
 * kills a worker on its own becomes a failed record, so one bad document never stops the run.
 */
import { Worker } from 'node:worker_threads';
import { toInputItem } from '../io/read.js';
import { shardOf } from '../io/shard.js';
import type { RawItem } from '../io/sources.js';
import type { JobOptions } from './job.js';
import { type JobResult, renderFailed } from './render.js';
import type { BatchMessage } from './worker.js';

/** Something that runs batches of jobs. */
export interface Runner {
  /** How many documents it works on at once. */
  readonly size: number;
  /** Process a batch; results in the order of `items`. */
  run(items: RawItem[]): Promise<JobResult[]>;
  /** Is some worker without work? */
  idle(): boolean;
  close(): Promise<void>;
}

interface Pending {
  items: RawItem[];
  resolve: (r: JobResult[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: boolean;
}

type Reply = { ready: true } | { batch: number; results: JobResult[] };

/** A pool of `size` worker threads. */
export function workerPool(size: number, opts: JobOptions): Runner {
  return new WorkerPool(size, opts);
}

class WorkerPool implements Runner {
  private slots: Slot[] = [];
  private nextBatch = 0;
  private closing = false;
  private broken: Error | undefined;

  constructor(readonly size: number, private readonly opts: JobOptions) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.opts });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    worker.on('message', (m: Reply) => {
      if ('ready' in m) { slot.ready = true; return; }
      const p = slot.pending.get(m.batch);
      slot.pending.delete(m.batch);
      p?.resolve(m.results);
    });
    let error: Error | undefined;
    worker.on('error', (e) => { error = e; });
    worker.on('exit', (code) => { if (!this.closing) this.lost(slot, error ?? new Error(`exit code ${code}`)); });
    return slot;
  }

  private lost(slot: Slot, err: Error): void {
    if (!slot.ready) {
      // It never loaded: every replacement would fail the same way.
      this.broken = new Error(`a worker thread could not start: ${err.message}`);
      for (const p of slot.pending.values()) p.reject(this.broken);
      return;
    }
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    for (const p of slot.pending.values()) {
      if (p.items.length === 1) p.resolve([crashed(p.items[0]!, err, this.opts)]);
      else Promise.all(p.items.map((it) => this.run([it]))).then((rs) => p.resolve(rs.flat()), p.reject);
    }
  }

  run(items: RawItem[]): Promise<JobResult[]> {
    if (this.broken) return Promise.reject(this.broken);
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const batch = this.nextBatch++;
    return new Promise((resolve, reject) => {
      slot.pending.set(batch, { items, resolve, reject });
      slot.worker.postMessage({ batch, items } satisfies BatchMessage);
    });
  }

  idle(): boolean {
    return this.slots.some((s) => s.pending.size === 0);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** The failed record of a document whose worker died while processing it alone. */
function crashed(raw: RawItem, err: Error, opts: JobOptions): JobResult {
  const item = toInputItem(raw);
  const id = item.ok ? item.input.id : item.id;
  if (opts.shard && shardOf(id, opts.shard.count) !== opts.shard.index) return { skip: true };
  return renderFailed(item, `internal error: the worker thread processing this document stopped (${err.message})`, opts.tables);
}

/** Jobs on the main thread, one batch at a time (`--workers 0`: for profiling and debugging). */
export async function inlineRunner(opts: JobOptions): Promise<Runner> {
  const { runJob } = await import('./job.js'); // loaded only here, so the main thread of a pool never loads the models
  let busy = false;
  return {
    size: 1,
    idle: () => !busy,
    async run(items) {
      busy = true;
      await new Promise((r) => setImmediate(r)); // let reads and writes in between batches
      try {
        return items.map((it) => runJob(it, opts));
      } finally {
        busy = false;
      }
    },
    close: async () => {},
  };
}
