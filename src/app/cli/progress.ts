/**
 * What a run tells the person watching it: a progress line on stderr, redrawn in place, only when
 * stderr is a terminal (a log file or a pipe gets nothing but the final summary), and the summary.
 */
import type { Writable } from 'node:stream';

/** Where a run stands, for the progress line. */
export interface ProgressStats {
  documents: number;
  failed: number;
  /** Tokens analyzed by this process (not counting a resumed run's earlier part). */
  tokens: number;
  /** Input bytes accounted for, including those of a resumed run's earlier part. */
  bytesDone: number;
  /** Input bytes this process analyzed. */
  bytesNew: number;
  /** Total input bytes, when known (not for stdin). */
  totalBytes?: number;
  /** Seconds since this process started working. */
  seconds: number;
}

/** A whole number with thousands separators ("12,345"); by hand, as the first toLocaleString costs ~12 ms of ICU loading on every run. */
export function int(n: number): string {
  const r = Math.round(n);
  if (!Number.isFinite(r)) return String(r);
  const digits = String(Math.abs(r));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return r < 0 ? `-${out}` : out;
}

/** A duration as `45s`, `3m05s`, `2h07m`. */
export function duration(s: number): string {
  s = Math.max(0, Math.round(s));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The progress line: a bar and ETA when the total is known, then documents, tokens/s and failures. */
export function progressLine(p: ProgressStats, width = 80): string {
  const rate = p.seconds > 0 ? p.tokens / p.seconds : 0;
  const parts = [`${int(p.documents)} docs`, `${int(rate)} tok/s`];
  if (p.totalBytes) {
    const share = Math.min(1, p.bytesDone / p.totalBytes);
    const bytesRate = p.seconds > 0 ? p.bytesNew / p.seconds : 0;
    parts.push(`ETA ${bytesRate > 0 ? duration((p.totalBytes - p.bytesDone) / bytesRate) : '?'}`);
    const cells = 20;
    const full = Math.round(share * cells);
    parts.unshift(`[${'#'.repeat(full)}${'-'.repeat(cells - full)}] ${String(Math.floor(share * 100)).padStart(3)}%`);
  }
  parts.push(`${int(p.failed)} failed`);
  return parts.join('  ').slice(0, Math.max(20, width - 1));
}

/** A progress line redrawn at most a few times a second; does nothing unless the stream is a terminal. */
export class ProgressBar {
  private last = 0;
  private shown = false;
  private readonly enabled: boolean;

  constructor(private readonly stream: Writable & { isTTY?: boolean; columns?: number }, wanted = true) {
    this.enabled = wanted && stream.isTTY === true;
  }

  /** Redraw, unless it was redrawn less than 200 ms ago. */
  update(stats: () => ProgressStats): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.stream.write(`\r${progressLine(stats(), this.stream.columns || 80)}\x1b[K`); // a pty may report 0 columns
    this.shown = true;
  }

  /** Erase the line, so the summary starts on a clean line. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

/** A run's totals. */
export interface Totals {
  documents: number;
  failed: number;
  quotes: number;
  entities: number;
  tokens: number;
  /** Documents of other shards, not processed here. */
  skipped: number;
}

/** A run's outcome, for the summary line. */
export interface RunSummary extends Totals {
  /** Documents done before this process resumed the run. */
  resumedAfter?: number;
  /** Paths a folder walk passed over (FIFOs, devices, folders reached twice), each named on stderr. */
  passedOver?: number;
  /** Files of no input kind a folder walk passed over, by extension ("no extension" for none). */
  unsupportedFiles?: Record<string, number>;
  /** The run was already complete (`--resume` of a finished folder). */
  alreadyComplete?: boolean;
  seconds: number;
  /** Tokens analyzed by this process, for its rate. */
  tokensNew: number;
  workers: number;
  shard?: string;
  out?: string;
  /** Peak resident memory of the process (all threads), in bytes. */
  peakRss: number;
}

/** "1 document", "2 documents", "1 entity", "3 entities". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 files skipped (no input kind): .docx 2, no extension 1". */
function unsupportedLine(byExt: Record<string, number>): string {
  const n = Object.values(byExt).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(byExt).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e, k]) => `${e} ${k}`).join(', ');
  return `${n} file${n === 1 ? '' : 's'} skipped (no input kind): ${kinds}`;
}

/** The final line on stderr. */
export function summaryLine(s: RunSummary): string {
  const rate = s.seconds > 0 ? s.tokensNew / s.seconds : 0;
  const where = [
    s.shard ? `shard ${s.shard}, ${count(s.skipped, 'document')} of other shards skipped` : '',
    s.resumedAfter !== undefined ? `resumed after ${count(s.resumedAfter, 'document')}` : '',
    s.alreadyComplete ? 'already complete, nothing to do' : '',
    s.passedOver ? `${s.passedOver} path${s.passedOver === 1 ? '' : 's'} skipped (not regular files; named above)` : '',
    s.unsupportedFiles ? unsupportedLine(s.unsupportedFiles) : '',
  ].filter(Boolean).map((x) => `; ${x}`).join('');
  return `whosaid: ${count(s.documents, 'document')} (${s.failed} failed), ${count(s.quotes, 'quote')}, ${count(s.entities, 'entity', 'entities')}, ${count(s.tokens, 'token')}`
    + ` in ${s.seconds.toFixed(2)}s (${int(rate)} tokens/s, ${s.workers === 0 ? 'main thread' : `${s.workers} worker${s.workers === 1 ? '' : 's'}`}, peak RSS ${Math.round(s.peakRss / 1048576)} MB)`
    + `${where}${s.out ? ` → ${s.out}` : ''}\n`;
}
