/**
 * One document's whole job, as a worker thread runs it: parse the raw item, keep it only if it is
 * in this run's shard, analyze it, render it. Never throws: a document that cannot be processed is
 * a failed record with its reason.
 */
import { workerThreads } from '../io/builtins.js';
import { type Alias, aliasTable } from '../../aliases.js';
import { type Correction, applyCorrections, byDocument } from '../corrections/index.js';
import { analyze } from '../../analyze.js';
import type { RunOptions } from '../../types.js';
import { toInputItem } from '../io/read.js';
import { type Shard, shardOf } from '../io/shard.js';
import { type RawItem, stemOf } from '../io/sources.js';
import { toRecord } from '../../record.js';
import { type JobResult, render, renderFailed } from './render.js';

/** What every job of a run shares (sent to each worker thread, so plain data only). */
export interface JobOptions {
  /** Render pretty JSON and CSV rows (for an output folder). */
  tables: boolean;
  shard?: Shard;
  /** Newsroom aliases (`--aliases FILE`), validated by the caller. */
  aliases?: Alias[];
  /** Journalists' corrections (`--corrections FILE`), validated by the caller. */
  corrections?: Correction[];
  /** Every attribution, not only quotations (`--attributions all`). */
  attributions?: 'all';
}

/** Corrections by document id, built once per thread from the plain job options. */
const correctionsByDoc = new WeakMap<JobOptions, Map<string, Correction[]>>();
function correctionsFor(opts: JobOptions, id: string): Correction[] {
  if (!opts.corrections?.length) return [];
  let m = correctionsByDoc.get(opts);
  if (!m) correctionsByDoc.set(opts, (m = byDocument(opts.corrections)));
  return m.get(id) ?? [];
}

/** Run options for the pipeline, built once per thread from the plain job options. */
const runOptions = new WeakMap<JobOptions, RunOptions>();
function pipelineOptions(opts: JobOptions): RunOptions {
  let o = runOptions.get(opts);
  if (!o) {
    o = { ...(opts.aliases?.length ? { aliases: aliasTable(opts.aliases) } : {}), ...(opts.attributions ? { attributions: opts.attributions } : {}) };
    runOptions.set(opts, o);
  }
  return o;
}

const inShard = (id: string, shard?: Shard) => !shard || shardOf(id, shard.count) === shard.index;

/**
 * Test hooks, in worker threads only, for the pool's recovery paths: the document whose id is
 * WHOSAID_TEST_STALL_ID keeps its worker busy for good (as a pathological input would), and the one
 * whose id is WHOSAID_TEST_EXIT_ID ends its worker thread (as a crash in native code would). Read only
 * when set, so a run loads no worker_threads for them.
 */
const onWorker = (v: string | undefined) => (v !== undefined && !workerThreads().isMainThread ? v : undefined);
const stallId = onWorker(process.env.WHOSAID_TEST_STALL_ID);
const exitId = onWorker(process.env.WHOSAID_TEST_EXIT_ID);
function testHooks(id: string): void {
  if (id === exitId) process.exit(70);
  if (id === stallId) for (;;);
}

/** Process one raw item. */
export function runJob(raw: RawItem, opts: JobOptions): JobResult {
  const t0 = performance.now();
  // An article's id is its file name: skip other shards' files without reading them.
  if (raw.kind === 'file' && !inShard(stemOf(raw.path), opts.shard)) return { skip: true };
  const item = toInputItem(raw);
  if (!inShard(item.ok ? item.input.id : item.id, opts.shard)) return { skip: true };
  const ms = () => Math.round((performance.now() - t0) * 10) / 10;
  if (!item.ok) return renderFailed(item, item.reason, opts.tables, ms());
  if (stallId !== undefined || exitId !== undefined) testHooks(item.input.id);
  try {
    const doc = analyze(item.input, pipelineOptions(opts));
    for (const w of item.warnings) doc.diagnostics.unshift({ stage: 'input', rule: 'input', message: w, severity: 'warning' });
    let tokens = 0; // words, numbers, punctuation: line breaks are not tokens (as in the benchmark)
    for (const t of doc.tokens) if (t.kind !== 'tabCRLF') tokens++;
    const rec = applyCorrections(toRecord(doc), doc.text, correctionsFor(opts, doc.id));
    return render(rec, item, opts.tables, doc.text, tokens, ms());
  } catch (e) {
    return renderFailed(item, `internal error: ${(e as Error).message}`, opts.tables, ms());
  }
}
