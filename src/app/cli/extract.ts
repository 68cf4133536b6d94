/**
 * `whosaid extract`: stream the inputs through a pool of worker threads and write the records in
 * input order. Memory stays bounded whatever the corpus size: the reader pulls items only while
 * fewer than a few batches per worker are unwritten, so input, work in flight and results waiting
 * for their turn are all capped. Output is byte-identical whatever the worker count: workers render
 * records, the main thread only puts them in order (and flags repeated ids, which needs the order).
 */
import { createHash } from '../io/builtins.js';
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { DEFAULT_MAX_DOC_BYTES } from '../io/read.js';
import type { Shard } from '../io/shard.js';
import { STDIN, type Sourced, inputSize, inputSizeUpTo, readSources } from '../io/sources.js';
import { put } from '../io/write.js';
import type { Alias } from '../../aliases.js';
import type { Correction } from '../corrections/index.js';
import { buildDerived } from './derived.js';
import type { JobOptions } from './job.js';
import { lockFolder } from './lock.js';
import { logLine } from './printable.js';
import { type Counters, type OutDir, type RunKey, openOutDir, zeroCounters } from './outdir.js';
import { BYTES_PER_WORKER, type Runner, autoRunner, inlineRunner, workerPool } from './pool.js';
import { ProgressBar, type RunSummary } from './progress.js';
import { type JobResult, withDuplicateWarning } from './render.js';

export interface ExtractOptions {
  /** Write an output folder instead of JSON Lines on stdout. */
  out?: string;
  /** Worker threads; 0 runs everything on the main thread. */
  workers: number;
  /** `workers` is the default, not asked for: a small input runs on the main thread (see autoRunner). */
  autoWorkers?: boolean;
  /** Continue the interrupted run in `out`. */
  resume?: boolean;
  /** Process only this shard's documents. */
  shard?: Shard;
  /** The largest document read, in bytes. */
  maxDocBytes?: number;
  /** Seconds a worker thread may spend on one document before it is a failed record (0: no limit). Default 60. */
  docTimeout?: number;
  /** Draw the progress line (only ever on a terminal). Default true. */
  progress?: boolean;
  /** Newsroom aliases (see aliases.ts). */
  aliases?: Alias[];
  /** Journalists' corrections, applied to the records (see corrections/). */
  corrections?: Correction[];
  /** Every attribution (`all`), not only quotations. */
  attributions?: 'all';
  /** stdin is one plain-text article, whatever it starts with (`--text`). */
  stdinText?: boolean;
}

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Far above any article's time (a 1 MiB document takes seconds), far below a stuck worker's forever. */
export const DEFAULT_DOC_TIMEOUT = 60;

/** Most documents sent to a worker at once, and most bytes: small enough to keep all workers busy to the end. */
const BATCH_DOCS = 16;
const BATCH_BYTES = 1 << 20;
/** Batches in flight (sent and not yet written) per worker: enough that no worker waits for the main thread. */
const WINDOW_PER_WORKER = 4;

/** Run an extraction; resolves to its summary when every document is written. An output folder is locked for the run. */
export async function runExtract(paths: string[], opts: ExtractOptions, io: Io): Promise<RunSummary> {
  const lock = opts.out ? lockFolder(opts.out) : undefined;
  try {
    return await extractLocked(paths, opts, io);
  } finally {
    lock?.release();
  }
}

async function extractLocked(paths: string[], opts: ExtractOptions, io: Io): Promise<RunSummary> {
  const t0 = performance.now();
  const maxBytes = opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  let ran: Runner | undefined;
  const dir: OutDir | undefined = opts.out ? openOutDir(opts.out, runKey(paths, opts, maxBytes), !!opts.resume) : undefined;
  const shardName = opts.shard ? `${opts.shard.index}/${opts.shard.count}` : undefined;
  const summary = (c: Counters, tokensNew: number, extra: Partial<RunSummary> = {}): RunSummary => ({
    documents: c.documents, failed: c.failed, quotes: c.quotes, entities: c.entities, tokens: c.tokens, skipped: c.skipped,
    seconds: (performance.now() - t0) / 1000, tokensNew, workers: ran?.workers() ?? opts.workers, peakRss: process.resourceUsage().maxRSS * 1024,
    ...(shardName ? { shard: shardName } : {}), ...(opts.out ? { out: opts.out } : {}), ...extra,
  });
  // The database and review pages, built from the finished files; a note when one cannot be.
  const derive = async (out: string, onlyMissing = false) => {
    const note = await buildDerived(out, onlyMissing);
    if (note) logLine(io.stderr, `whosaid: note: ${note}`);
  };
  if (dir?.complete) {
    await derive(opts.out!, true); // a run killed before its database and review pages were in place
    return summary(dir.complete, 0, { alreadyComplete: true });
  }

  const counters = dir?.resumed ? { ...dir.resumed.counters } : zeroCounters();
  const skipItems = counters.items;
  // First place each id was seen, for the duplicate-id warning (stdin lines are a filter: not checked).
  const seen = new Map<string, string>();
  for (const w of dir?.resumed?.written ?? []) if (!w.source.startsWith(STDIN) && !seen.has(w.id)) seen.set(w.id, w.source);

  const jobOpts: JobOptions = { tables: !!dir, ...(opts.shard ? { shard: opts.shard } : {}), ...(opts.aliases ? { aliases: opts.aliases } : {}),
    ...(opts.corrections ? { corrections: opts.corrections } : {}), ...(opts.attributions ? { attributions: opts.attributions } : {}) };
  const docTimeoutMs = (opts.docTimeout ?? DEFAULT_DOC_TIMEOUT) * 1000;
  const runner: Runner = opts.autoWorkers ? await autoRunner(opts.workers, jobOpts, docTimeoutMs, await inputSizeUpTo(paths, opts.workers * BYTES_PER_WORKER))
    : opts.workers > 0 ? workerPool(opts.workers, jobOpts, docTimeoutMs) : await inlineRunner(jobOpts);
  ran = runner;
  const bar = new ProgressBar(io.stderr, opts.progress !== false);
  const showing = opts.progress !== false && (io.stderr as { isTTY?: boolean }).isTTY === true;
  let totalBytes: number | undefined;
  if (showing) inputSize(paths).then((n) => { totalBytes = n; }, () => {}); // no total, no ETA
  let tokensNew = 0;
  let passedOver = 0; // FIFOs, devices, folders reached twice: not documents
  const unsupportedFiles: Record<string, number> = {}; // files of no input kind in a folder walk, by extension
  let bytesDone = 0;
  let bytesNew = 0;
  // Rates on the progress line count from the first batch written, so loading the models does not skew the ETA.
  let first: { at: number; tokens: number; bytes: number } | undefined;
  const stats = () => {
    first ??= { at: performance.now(), tokens: tokensNew, bytes: bytesNew };
    return { documents: counters.documents, failed: counters.failed, tokens: tokensNew - first.tokens, bytesDone, bytesNew: bytesNew - first.bytes,
      seconds: (performance.now() - first.at) / 1000, ...(totalBytes ? { totalBytes } : {}) };
  };

  /** Write one batch's results; batches arrive here in input order. */
  const write = async (results: JobResult[], batch: Sourced[], itemsAfter: number) => {
    const lines: Uint8Array[] = [];
    results.forEach((res, i) => {
      const bytes = batch[i]!.bytes;
      bytesDone += bytes;
      bytesNew += bytes;
      if ('skip' in res) { counters.skipped++; return; }
      let r = res;
      if (r.dupCheck) {
        const first = seen.get(r.id);
        if (first === undefined) seen.set(r.id, r.source);
        else if (r.status === 'ok') r = withDuplicateWarning(r, first);
      }
      counters.documents++;
      counters.quotes += r.quotes;
      counters.entities += r.entities;
      counters.tokens += r.tokens;
      tokensNew += r.tokens;
      if (r.status === 'failed') {
        counters.failed++;
        bar.clear();
        logLine(io.stderr, `whosaid: ${r.source}: document "${r.id}" failed: ${r.reason}`);
      }
      if (dir) dir.add(r);
      else lines.push(r.line);
    });
    counters.items = itemsAfter;
    if (dir) dir.commit(counters);
    else if (lines.length) await put(io.stdout, lines.length === 1 ? lines[0]! : Buffer.concat(lines));
    bar.update(stats);
  };

  // The window follows the runner's size, which grows when a run that started on the main thread gets its pool.
  const window = () => Math.max(2, runner.size * WINDOW_PER_WORKER);
  let inflight = 0;
  let room: (() => void) | undefined;
  let written: Promise<void> = Promise.resolve();
  let failure: unknown;
  let consumed = 0;
  let batch: Sourced[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (!batch.length) return;
    const sent = batch;
    const sentBytes = batchBytes;
    const itemsAfter = consumed;
    batch = [];
    batchBytes = 0;
    inflight++;
    const results = runner.run(sent.map((s) => s.item), sentBytes);
    results.catch(() => {}); // seen through `written`
    written = written
      .then(() => (failure ? undefined : results.then((r) => write(r, sent, itemsAfter))))
      .catch((e: unknown) => { failure ??= e; })
      .finally(() => {
        inflight--;
        room?.();
        // A partial batch waiting for input that is slow to come: send it as soon as a worker is free.
        if (batch.length && inflight < window() && runner.idle()) flush();
      });
  };

  try {
    const passOver = (path: string, reason: string, unsupported?: boolean) => {
      if (unsupported) {
        const ext = extname(path).toLowerCase() || 'no extension';
        unsupportedFiles[ext] = (unsupportedFiles[ext] ?? 0) + 1;
        return;
      }
      passedOver++;
      bar.clear();
      logLine(io.stderr, `whosaid: ${path}: skipped: ${reason}`);
    };
    for await (const s of readSources(paths, io.stdin, maxBytes, showing, passOver, opts.stdinText ? 'text' : 'auto')) {
      if (failure) break;
      consumed++;
      if (consumed <= skipItems) { bytesDone += s.bytes; continue; }
      batch.push(s);
      batchBytes += s.bytes;
      const full = batch.length >= BATCH_DOCS || batchBytes >= BATCH_BYTES;
      if (!full && !runner.idle()) continue;
      while (inflight >= window()) await new Promise<void>((r) => { room = r; });
      flush();
    }
    flush();
    await written;
    if (failure) throw failure;
    dir?.finish(counters);
  } finally {
    bar.clear();
    await runner.close();
  }
  if (opts.out) await derive(opts.out);
  if (counters.documents === 0) logLine(io.stderr, `whosaid: note: the input holds no documents (${paths.length ? paths.join(', ') : 'stdin'}${Object.keys(unsupportedFiles).length ? ': no .txt, .md, .jsonl or .jsonl.gz files' : ''})`);
  return summary(counters, tokensNew, { ...(dir?.resumed ? { resumedAfter: dir.resumed.counters.documents } : {}), ...(passedOver ? { passedOver } : {}),
    ...(Object.keys(unsupportedFiles).length ? { unsupportedFiles } : {}) });
}

/** What makes two runs the same for --resume: the inputs (and their sizes and times), the shard, the size limit, the aliases, which attributions, the corrections. */
function runKey(paths: string[], opts: ExtractOptions, maxDocBytes: number): RunKey {
  const inputs = (paths.length ? paths : ['-']).map((p) => {
    if (p === '-') return '-';
    try {
      const st = statSync(p);
      return st.isDirectory() ? { path: resolve(p) } : { path: resolve(p), size: st.size, mtimeMs: st.mtimeMs };
    } catch {
      return { path: resolve(p) };
    }
  });
  const key: RunKey = { inputs, shard: opts.shard ? `${opts.shard.index}/${opts.shard.count}` : null, maxDocBytes };
  if (opts.aliases?.length) key.aliases = createHash('sha256').update(JSON.stringify(opts.aliases)).digest('hex').slice(0, 16);
  if (opts.attributions) key.attributions = opts.attributions;
  if (opts.corrections?.length) key.corrections = createHash('sha256').update(JSON.stringify(opts.corrections)).digest('hex').slice(0, 16);
  return key;
}
