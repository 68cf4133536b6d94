/**
 * A processed document as the strings the outputs need (its JSON line, pretty JSON, CSV rows) plus
 * the facts the manifest and summary keep. Rendering happens where the document was analyzed (a
 * worker thread), so the main thread only orders and writes. This module loads no NLP models.
 */
import { recordLocation, type InputItem } from '../io/read.js';
import { entityRows, quoteRows, toCsv } from '../io/write.js';
import { failedRecord, type OutputRecord } from '../../record.js';
import { printableJson } from './printable.js';

/** One document, rendered. */
export interface Rendered {
  id: string;
  status: 'ok' | 'failed';
  /** Why it failed. */
  reason?: string;
  /** Where it was read, with its line: for messages and the manifest (never the record of a stdin line). */
  source: string;
  /** Whether the run flags this id when it repeats (not for stdin lines: a filter sees one line at a time). */
  dupCheck: boolean;
  /**
   * The record as one line of JSON with its line break, UTF-8 encoded in its own buffer, so a worker
   * hands it to the main thread without a copy (transferred) and the main thread writes the bytes as
   * they are: encoding every record there took over half of its time.
   */
  line: Uint8Array;
  /**
   * For an output folder: the pretty JSON of json/<id>.json, the CSV rows (possibly empty), and the
   * texts.jsonl line (the document's text, which the review page and the database need).
   */
  tables?: { pretty: string; quotes: string; entities: string; text: string };
  tokens: number;
  quotes: number;
  entities: number;
  /** Milliseconds spent reading, analyzing and rendering it. */
  ms: number;
}

/** A worker's answer for one raw item: rendered, or not in this run's shard. */
export type JobResult = Rendered | { skip: true };

/** Render a record. `text` is the document's text, for the sentence column of quotes.csv. */
export function render(rec: OutputRecord, item: InputItem, tables: boolean, text: string | undefined, tokens: number, ms: number): Rendered {
  const r: Rendered = {
    id: rec.id, status: rec.status, source: item.location, dupCheck: !item.stdin, line: encodeLine(rec),
    tokens, quotes: rec.quotes.length, entities: rec.entities.length, ms,
  };
  if (rec.error) r.reason = rec.error.message;
  if (tables) r.tables = renderTables(rec, text);
  return r;
}

function renderTables(rec: OutputRecord, text: string | undefined): NonNullable<Rendered['tables']> {
  return {
    pretty: `${JSON.stringify(rec, null, 2)}\n`,
    quotes: rec.quotes.length ? toCsv(quoteRows(rec, text)) : '',
    entities: rec.entities.length ? toCsv(entityRows(rec)) : '',
    text: `${JSON.stringify({ id: rec.id, text: text ?? null })}\n`,
  };
}

/** The rendered failed record of an item that could not be processed. */
export function renderFailed(item: InputItem, reason: string, tables: boolean, ms = 0): Rendered {
  const id = item.ok ? item.input.id : item.id;
  const meta = item.ok ? item.input : {};
  return render(failedRecord(id, reason, recordLocation(item), meta), item, tables, undefined, 0, ms);
}

/**
 * The same document with a warning that its id was already used. Duplicates are found in input
 * order on the main thread, so this re-renders from the JSON (rare: ids are meant to be unique).
 */
export function withDuplicateWarning(r: Rendered, firstAt: string): Rendered {
  const rec = recordOf(r);
  rec.diagnostics.unshift({ stage: 'input', rule: 'duplicate-id', message: `id "${rec.id}" also used at ${firstAt}`, severity: 'warning' });
  const out: Rendered = { ...r, line: encodeLine(rec) };
  if (r.tables) out.tables = { ...r.tables, pretty: `${JSON.stringify(rec, null, 2)}\n` };
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A record's JSON line as UTF-8 (TextEncoder gives each its own ArrayBuffer, which Buffer's pool would
 * not). The controls JSON leaves raw (C1, bidirectional marks) are escaped as \uXXXX, the same JSON
 * value, since these lines go to stdout and may be read on a terminal.
 */
function encodeLine(rec: OutputRecord): Uint8Array {
  return encoder.encode(`${printableJson(JSON.stringify(rec))}\n`);
}

/** The record back from its rendered line. */
export function recordOf(r: Rendered): OutputRecord {
  return JSON.parse(decoder.decode(r.line)) as OutputRecord;
}

/** The buffers of a batch's rendered lines, to transfer rather than copy. */
export function transferables(results: JobResult[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const r of results) if ('line' in r) out.push(r.line.buffer as ArrayBuffer);
  return out;
}
