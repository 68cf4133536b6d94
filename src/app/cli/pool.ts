/**
 * Running jobs: a fixed pool of worker threads (node:worker_threads; each loads the models once),
 * or the main thread itself for `--workers 0`. Batches go to the least busy worker; results come
 * back per batch and the caller puts them in order. A worker that dies (out of memory, a crash in
 * native code) is replaced: the batch it was on is retried one document at a time (those queued
 * behind it are resent whole), and a document that kills a worker on its own becomes a failed
 * record, so one bad document never stops the run.
 * Likewise a worker that spends longer than the document time limit on one document (a pathological
 * input, a bug that loops) is stopped and replaced: the document, retried alone, fails as timed out.
 */
import { availableParallelism, totalmem } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../io/builtins.js';
import { toInputItem } from '../io/read.js';
import { shardOf } from '../io/shard.js';
import type { RawItem } from '../io/sources.js';
import type { JobOptions } from './job.js';
import { type JobResult, renderFailed } from './render.js';
import type { BatchMessage, WorkerData } from './worker.js';

/**
 * The most worker threads a run starts: four per core, and one per 256 MB of memory (a worker holds
 * its models and heap, 100–200 MB). More only compete for the same cores and memory.
 */
export function maxWorkers(cores = availableParallelism(), memory = totalmem()): number {
  return Math.max(1, Math.min(4 * cores, Math.floor(memory / (256 * 1024 * 1024))));
}

/** Something that runs batches of jobs. */
export interface Runner {
  /** How many documents it works on at once. */
  readonly size: number;
  /** Process a batch (`bytes` of input); results in the order of `items`. */
  run(items: RawItem[], bytes?: number): Promise<JobResult[]>;
  /** Where the jobs ran, for the summary: worker threads (0: the main thread only). */
  workers(): number;
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
  /** Documents the worker has started (it counts them in shared memory). */
  started: Int32Array;
  /** The count last seen by the watchdog, and since when it has not moved while the worker had work. */
  seen: number;
  since: number;
  /** Why the pool stopped this worker, when it did. */
  stopped?: Error;
}

/** A document that took longer than the time limit. */
class DocTimeout extends Error {}

type Reply = { ready: true } | { batch: number; results: JobResult[] };

/** The worker thread's module, next to this one: `worker.js` here, `worker.mjs` in the command's bundle (tools/bundle.mjs defines it). */
declare const WHOSAID_WORKER_FILE: string | undefined;
const WORKER_FILE = typeof WHOSAID_WORKER_FILE === 'string' ? WHOSAID_WORKER_FILE : './worker.js';

/**
 * A pool of `size` worker threads. `docTimeoutMs` (0: none) is the longest a worker may spend on
 * one document before it is stopped and its document failed as timed out.
 */
export function workerPool(size: number, opts: JobOptions, docTimeoutMs = 0): Runner {
  return new WorkerPool(size, opts, docTimeoutMs);
}

/**
 * Up to this many bytes of input, a run with the default worker count stays on the main thread:
 * a worker thread loads the code and the models before its first document (~0.4 s of a core each)
 * and warms up on its own. Measured on 2 cores (medians of 3 alternating runs, PolNeAR train's first
 * documents): 0.7 MB main thread 1.78 s, one worker 2.14 s, two 1.88 s; 0.9 MB 2.01 / 2.38 / 2.30 s;
 * 1.5 MB one worker 3.93 s, two 2.86 s.
 */
export const SMALL_INPUT = 1024 * 1024;

/**
 * Input bytes that pay for one more worker thread. Each thread is its own V8 isolate and compiles
 * the pipeline's hot code again, and while it warms up its compiler and collector threads take CPU
 * from the others. With V8's default tiering a second worker did not pay below ~4 MB (on 2 cores,
 * 0.96x one worker on the 3.8 MB PolNeAR train corpus); with the command's compiler flags (main.ts)
 * it does from ~1 MB (medians of 3 alternating runs on 2 cores: 1.1 MB 1.10x, 1.5 MB 1.37x, 2.1 MB
 * 1.36x, 3.8 MB 1.14-1.28x one worker; 20 MB 1.4-1.6x).
 */
export const BYTES_PER_WORKER = 1024 * 1024;

/** Worker threads for an input of `bytes`, at most `max`: one per BYTES_PER_WORKER begun. */
export const workersFor = (bytes: number, max: number): number => Math.max(1, Math.min(max, Math.ceil(bytes / BYTES_PER_WORKER)));

/**
 * The runner for the default worker count, `max` (one per core). `knownSize` is the input's size
 * when known before reading (files and folders; see inputSizeUpTo, asked as far as max ×
 * BYTES_PER_WORKER), undefined for stdin. A known small input runs on the main thread, a larger one on
 * a pool of workersFor(size) threads from the start. An input of unknown size starts on the main
 * thread; once more than SMALL_INPUT bytes have been sent, a pool starts, growing as the bytes sent
 * do, and batches go to it as soon as one of its workers is ready (until then the main thread keeps
 * going). The document time limit holds on worker threads only.
 */
export async function autoRunner(max: number, opts: JobOptions, docTimeoutMs: number, knownSize: number | undefined): Promise<Runner> {
  if (knownSize !== undefined && knownSize > SMALL_INPUT && max > 0) return workerPool(workersFor(knownSize, max), opts, docTimeoutMs);
  const inline = await inlineRunner(opts);
  if (knownSize !== undefined || max === 0) return inline;
  return new GrowingRunner(inline, max, () => new WorkerPool(1, opts, docTimeoutMs));
}

/** The main thread until the input proves large, then a pool (see autoRunner). */
class GrowingRunner implements Runner {
  private pool: WorkerPool | undefined;
  private sent = 0;

  constructor(private readonly inline: Runner, private readonly max: number, private readonly startPool: () => WorkerPool) {}

  get size(): number {
    return this.pool?.size ?? 1;
  }

  run(items: RawItem[], bytes = 0): Promise<JobResult[]> {
    this.sent += bytes;
    if (!this.pool && this.sent > SMALL_INPUT) this.pool = this.startPool();
    this.pool?.grow(workersFor(this.sent, this.max));
    return this.pool?.ready() ? this.pool.run(items) : this.inline.run(items);
  }

  idle(): boolean {
    return this.pool?.ready() ? this.pool.idle() : this.inline.idle();
  }

  workers(): number {
    return this.pool?.size ?? 0;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool?.close(), this.inline.close()]);
  }
}

class WorkerPool implements Runner {
  private slots: Slot[] = [];
  private nextBatch = 0;
  private closing = false;
  private broken: Error | undefined;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(size: number, private readonly opts: JobOptions, private readonly docTimeoutMs: number) {
    this.grow(size);
    if (docTimeoutMs > 0) {
      // Checked a few times per limit, at most every second: a stuck worker is caught within a second or so of it.
      this.watchdog = setInterval(() => this.watch(), Math.min(1000, Math.max(50, docTimeoutMs / 4)));
      this.watchdog.unref();
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Start workers until there are `n`. */
  grow(n: number): void {
    while (this.slots.length < n && !this.closing) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const started = new SharedArrayBuffer(4);
    const worker = new (workerThreads().Worker)(new URL(WORKER_FILE, import.meta.url), { workerData: { opts: this.opts, started } satisfies WorkerData });
    const slot: Slot = { worker, pending: new Map(), ready: false, started: new Int32Array(started), seen: 0, since: performance.now() };
    worker.on('message', (m: Reply) => {
      if ('ready' in m) { slot.ready = true; return; }
      const p = slot.pending.get(m.batch);
      slot.pending.delete(m.batch);
      p?.resolve(m.results);
    });
    let error: Error | undefined;
    worker.on('error', (e) => { error = e; });
    worker.on('exit', (code) => { if (!this.closing) this.lost(slot, slot.stopped ?? error ?? new Error(`exit code ${code}`)); });
    return slot;
  }

  /** Stop a worker whose count of started documents has not moved for longer than the limit while it had work. */
  private watch(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      const n = Atomics.load(slot.started, 0);
      if (!slot.ready || slot.pending.size === 0 || n !== slot.seen) {
        slot.seen = n;
        slot.since = now;
      } else if (now - slot.since > this.docTimeoutMs && !slot.stopped) {
        slot.stopped = new DocTimeout(`timed out: one document took over ${this.docTimeoutMs / 1000} s (--doc-timeout)`);
        void slot.worker.terminate();
      }
    }
  }

  private lost(slot: Slot, err: Error): void {
    if (!slot.ready) {
      // It never loaded: every replacement would fail the same way.
      this.broken = new Error(`a worker thread could not start: ${err.message}`);
      for (const p of slot.pending.values()) p.reject(this.broken);
      return;
    }
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    // A worker takes its batches in the order they were sent: the first pending one was running and
    // holds the culprit (alone: it fails; else each of its documents is retried alone); the batches
    // queued behind it never started and go out again as they are.
    const [running, ...queued] = slot.pending.values();
    if (running?.items.length === 1) running.resolve([crashed(running.items[0]!, err, this.opts)]);
    else if (running) Promise.all(running.items.map((it) => this.run([it]))).then((rs) => running.resolve(rs.flat()), running.reject);
    for (const p of queued) this.run(p.items).then(p.resolve, p.reject);
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

  /** Has some worker loaded the models and said so? */
  ready(): boolean {
    return this.slots.some((s) => s.ready);
  }

  workers(): number {
    return this.size;
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** The failed record of a document whose worker died while processing it alone. */
function crashed(raw: RawItem, err: Error, opts: JobOptions): JobResult {
  const item = toInputItem(raw);
  const id = item.ok ? item.input.id : item.id;
  if (opts.shard && shardOf(id, opts.shard.count) !== opts.shard.index) return { skip: true };
  const reason = err instanceof DocTimeout ? err.message : `internal error: the worker thread processing this document stopped (${err.message})`;
  return renderFailed(item, reason, opts.tables);
}

/** Jobs on the main thread, one batch at a time (`--workers 0`, and small inputs by default). */
export async function inlineRunner(opts: JobOptions): Promise<Runner> {
  const { runJob } = await import('./job.js'); // loaded only here, so the main thread of a pool never loads the models
  let busy = false;
  return {
    size: 1,
    idle: () => !busy,
    workers: () => 0,
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
