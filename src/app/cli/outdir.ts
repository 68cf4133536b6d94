/**
 * The output folder of `-o DIR`, resumable. Each file is written under `<name>.tmp` and renamed into
 * place when the run ends. After every batch the data files are written first and then one line is
 * appended to `.whosaid-checkpoint.jsonl` with the size each file had reached and how many input
 * items were done. Writes go straight to the files (no buffers of our own), so after a SIGKILL every
 * checkpoint line on disk describes data that is on disk too: `--resume` cuts each file back to the
 * last checkpoint and carries on from the next input item, so nothing is written twice or lost.
 */
import { closeSync, existsSync, openSync, readFileSync, readdirSync, renameSync, rmSync, truncateSync, unlinkSync, writeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_COLUMNS, QUOTE_COLUMNS, csvHeader, fileNameFor } from '../io/write.js';
import { removeDerived } from './derived.js';
import { makeFolder } from './lock.js';
import type { Totals } from './progress.js';
import { type Rendered, recordOf } from './render.js';

/** The files of an output folder besides json/, in the order they are written. */
export const OUTPUT_FILES = ['documents.jsonl', 'texts.jsonl', 'quotes.csv', 'entities.csv', 'errors.jsonl', 'manifest.jsonl'] as const;
type OutFile = (typeof OUTPUT_FILES)[number];

/** The checkpoint, present only while a run is unfinished. */
export const CHECKPOINT = '.whosaid-checkpoint.jsonl';

/** Running totals of a run, kept in the checkpoint so a resumed run reports the whole run. */
export interface Counters extends Totals {
  /** Input items consumed: documents written plus documents of other shards. */
  items: number;
}

export const zeroCounters = (): Counters => ({ items: 0, documents: 0, failed: 0, quotes: 0, entities: 0, tokens: 0, skipped: 0 });

/** A document already written, as the manifest has it. */
export interface Written {
  id: string;
  source: string;
}

interface State extends Counters {
  sizes: Record<OutFile, number>;
  done?: true;
}

/** A run's inputs and settings: --resume refuses a folder started with others. */
export type RunKey = Record<string, unknown>;

/** Can't resume this folder: a usage error. */
export class ResumeError extends Error {}

/** An open output folder. */
export interface OutDir {
  /** Set when resuming: the totals so far, and the documents written (for duplicate-id checks). */
  readonly resumed?: { counters: Counters; written: Written[] };
  /** Set when `--resume` found a finished run: its totals. Nothing else is to be done. */
  readonly complete?: Counters;
  /** Add a document to the current batch (its json/ file is written now). */
  add(r: Rendered): void;
  /** Write the batch, then a checkpoint saying where the run stands. */
  commit(c: Counters): void;
  /** Write the last batch and rename every file into place. */
  finish(c: Counters): void;
}

/** Open `dir` (locked by the caller: see lock.ts) for a new run, or continue the run that was interrupted there (`resume`). */
export function openOutDir(dir: string, key: RunKey, resume: boolean): OutDir {
  makeFolder(join(dir, 'json'));
  const ck = join(dir, CHECKPOINT);
  if (resume && existsSync(ck)) return new Folder(dir, key, readCheckpoint(ck, key));
  if (resume && existsSync(join(dir, 'manifest.jsonl'))) return { complete: totalsOf(join(dir, 'manifest.jsonl')), add() {}, commit() {}, finish() {} };
  return new Folder(dir, key);
}

class Folder implements OutDir {
  readonly resumed?: { counters: Counters; written: Written[] };
  readonly complete?: Counters;
  private fds = new Map<OutFile, number>();
  private ck: number;
  private sizes: Record<OutFile, number>;
  private pending = new Map<OutFile, (string | Uint8Array)[]>();
  private taken = new Set<string>();

  constructor(private readonly dir: string, key: RunKey, from?: State) {
    const ckPath = join(dir, CHECKPOINT);
    if (from?.done) { // killed while renaming: finish the renames
      this.sizes = from.sizes;
      this.ck = -1;
      this.rename();
      const { sizes: _s, done: _d, ...counters } = from;
      this.complete = counters;
      return;
    }
    if (from) {
      for (const f of OUTPUT_FILES) {
        if (from.sizes[f] === undefined) throw new ResumeError(`cannot resume ${dir}: its checkpoint is from a whosaid without ${f}; run again without --resume`);
        const have = existsSync(this.tmp(f)) ? statSync(this.tmp(f)).size : -1;
        if (have < from.sizes[f]) throw new ResumeError(`cannot resume ${dir}: ${f}.tmp is ${have < 0 ? 'missing' : 'shorter than its checkpoint'}; run again without --resume`);
        truncateSync(this.tmp(f), from.sizes[f]);
      }
      this.sizes = { ...from.sizes };
      const written = readWritten(this.tmp('manifest.jsonl'));
      for (const w of written) fileNameFor(w.id, this.taken);
      const { sizes: _s, done: _d, ...counters } = from;
      this.resumed = { counters, written };
      for (const f of OUTPUT_FILES) this.fds.set(f, openSync(this.tmp(f), 'a'));
    } else {
      if (hasRun(dir)) clearJson(dir); // an earlier run's json/ files: this run's documents may be others
      if (existsSync(ckPath)) unlinkSync(ckPath); // an interrupted run's: it no longer describes these files
      removeDerived(dir); // an earlier run's database and review pages: rebuilt when this run ends
      this.sizes = Object.fromEntries(OUTPUT_FILES.map((f) => [f, 0])) as Record<OutFile, number>;
      for (const f of OUTPUT_FILES) this.fds.set(f, openSync(this.tmp(f), 'w'));
      this.pending.set('quotes.csv', [csvHeader(QUOTE_COLUMNS)]);
      this.pending.set('entities.csv', [csvHeader(ENTITY_COLUMNS)]);
      this.flush();
    }
    // A fresh checkpoint (header and the state resumed from), swapped in whole so no torn line survives.
    const state: State = { ...(this.resumed?.counters ?? zeroCounters()), sizes: this.sizes };
    const fd = openSync(`${ckPath}.tmp`, 'w');
    writeAll(fd, `${JSON.stringify({ whosaid: 1, run: key })}\n${JSON.stringify(state)}\n`);
    closeSync(fd);
    renameSync(`${ckPath}.tmp`, ckPath);
    this.ck = openSync(ckPath, 'a');
  }

  private tmp(f: OutFile): string {
    return join(this.dir, `${f}.tmp`);
  }

  add(r: Rendered): void {
    const more = (f: OutFile, s: string | Uint8Array) => {
      if (!s.length) return;
      const parts = this.pending.get(f);
      if (parts) parts.push(s);
      else this.pending.set(f, [s]);
    };
    more('documents.jsonl', r.line);
    more('texts.jsonl', r.tables?.text ?? `${JSON.stringify({ id: r.id, text: null })}\n`);
    more('quotes.csv', r.tables?.quotes ?? '');
    more('entities.csv', r.tables?.entities ?? '');
    if (r.status === 'failed') more('errors.jsonl', `${JSON.stringify({ id: r.id, source: r.source, reason: r.reason })}\n`);
    more('manifest.jsonl', `${manifestLine(r)}\n`);
    const name = fileNameFor(r.id, this.taken);
    const path = join(this.dir, 'json', `${name}.json`);
    const fd = openSync(`${path}.tmp`, 'w');
    writeAll(fd, r.tables?.pretty ?? `${JSON.stringify(recordOf(r), null, 2)}\n`);
    closeSync(fd);
    renameSync(`${path}.tmp`, path);
  }

  private flush(): void {
    for (const f of OUTPUT_FILES) {
      const parts = this.pending.get(f);
      if (parts) this.sizes[f] += writeAll(this.fds.get(f)!, Buffer.concat(parts.map((s) => (typeof s === 'string' ? Buffer.from(s) : s))));
    }
    this.pending.clear();
  }

  commit(c: Counters): void {
    this.flush();
    writeAll(this.ck, `${JSON.stringify({ ...c, sizes: this.sizes } satisfies State)}\n`);
  }

  finish(c: Counters): void {
    this.flush();
    writeAll(this.ck, `${JSON.stringify({ ...c, sizes: this.sizes, done: true } satisfies State)}\n`);
    for (const fd of [...this.fds.values(), this.ck]) closeSync(fd);
    this.rename();
  }

  private rename(): void {
    for (const f of OUTPUT_FILES) {
      if (!existsSync(this.tmp(f))) continue;
      testKill('rename');
      renameSync(this.tmp(f), join(this.dir, f));
    }
    unlinkSync(join(this.dir, CHECKPOINT));
  }
}

/** Has a whosaid run written to `dir` before (finished or not)? Only then are json/ files its to clear. */
function hasRun(dir: string): boolean {
  return existsSync(join(dir, CHECKPOINT)) || OUTPUT_FILES.some((f) => existsSync(join(dir, f)) || existsSync(join(dir, `${f}.tmp`)));
}

/** Remove the record files of an earlier run from json/ (only those: a file of another kind there is not ours). */
function clearJson(dir: string): void {
  for (const e of readdirSync(join(dir, 'json'), { withFileTypes: true })) {
    if (e.isFile() && /\.json(\.tmp)?$/.test(e.name)) rmSync(join(dir, 'json', e.name), { force: true });
  }
}

/** A manifest line: the document's accounting, with its timing last (the only bytes that differ between runs). */
export function manifestLine(r: Rendered): string {
  const m: Record<string, unknown> = { id: r.id, status: r.status, source: r.source };
  if (r.reason !== undefined) m.reason = r.reason;
  Object.assign(m, { tokens: r.tokens, quotes: r.quotes, entities: r.entities, ms: r.ms });
  return JSON.stringify(m);
}

/** A file of the folder is not what whosaid writes: say which, where, and what to do. */
const damaged = (file: string, line: number, e: unknown) => new ResumeError(`cannot resume: ${file} is damaged at line ${line} (${(e as Error).message});`
  + ' was another program writing to the folder? Run again without --resume to start over');

function readCheckpoint(path: string, key: RunKey): State {
  const lines = readFileSync(path, 'utf8').split('\n');
  const parse = (l: string) => { try { return JSON.parse(l) as unknown; } catch { return undefined; } }; // a torn last line
  let head: { whosaid?: unknown; run?: unknown } | undefined;
  try {
    head = JSON.parse(lines[0] ?? '') as typeof head;
  } catch (e) {
    throw damaged(path, 1, e);
  }
  if (!head || JSON.stringify(head.run) !== JSON.stringify(key)) {
    throw new ResumeError(`cannot resume: ${path} belongs to a run with other inputs or settings; run again without --resume to start over`);
  }
  const states = lines.slice(1).map(parse).filter((s): s is State => typeof s === 'object' && s !== null && 'sizes' in s);
  const last = states.at(-1);
  if (!last) throw new ResumeError(`cannot resume: ${path} holds no checkpoint; run again without --resume`);
  return last;
}

interface ManifestLine { id: string; source: string; status: string; tokens: number; quotes: number; entities: number }

/** The lines of a manifest, parsed; a line that is not a manifest line names the file and line. */
function manifestLines(manifest: string): ManifestLine[] {
  const out: ManifestLine[] = [];
  readFileSync(manifest, 'utf8').split('\n').forEach((l, i) => {
    if (!l) return;
    try {
      const m = JSON.parse(l) as ManifestLine;
      if (typeof m?.id !== 'string' || typeof m.tokens !== 'number') throw new Error('not a manifest line');
      out.push(m);
    } catch (e) {
      throw damaged(manifest, i + 1, e);
    }
  });
  return out;
}

function readWritten(manifest: string): Written[] {
  return manifestLines(manifest).map(({ id, source }) => ({ id, source }));
}

/** The totals of a finished run, from its manifest. */
function totalsOf(manifest: string): Counters {
  const c = zeroCounters();
  for (const m of manifestLines(manifest)) {
    c.documents++;
    if (m.status === 'failed') c.failed++;
    c.tokens += m.tokens;
    c.quotes += m.quotes;
    c.entities += m.entities;
  }
  c.items = c.documents;
  return c;
}

/**
 * Test hook, so tests can interrupt a run at exact points: WHOSAID_TEST_KILL_AT=N SIGKILLs this
 * process before its Nth write to the output folder, N:torn halfway through that write, and
 * rename:N before the Nth rename of the finished files.
 */
const killAt = /^(rename:)?(\d+)(:torn)?$/.exec(process.env.WHOSAID_TEST_KILL_AT ?? '');
const steps = { write: 0, rename: 0 };

/** SIGKILL here if the test hook asks for it; `tear` writes half of what was to be written first. */
function testKill(step: 'write' | 'rename', tear?: () => void): void {
  if (!killAt || (step === 'rename') !== Boolean(killAt[1]) || ++steps[step] !== Number(killAt[2])) return;
  if (killAt[3]) tear?.();
  process.kill(process.pid, 'SIGKILL');
}

/** Write all of `s` to `fd`, returning its length in bytes. */
function writeAll(fd: number, s: string | Uint8Array): number {
  const buf = typeof s === 'string' ? Buffer.from(s) : s;
  testKill('write', () => writeSync(fd, buf, 0, buf.length >> 1));
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
  return buf.length;
}
