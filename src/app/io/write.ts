/**
 * Rendering records for output: the CSV rows of quotes.csv and entities.csv, safe file names for
 * json/<id>.json, and writing to a stream with backpressure. The output folder itself, with its
 * checkpoint for --resume, is outdir.ts.
 */
import { createHash } from './builtins.js';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { OutputRecord } from '../../record.js';

/** Write a chunk, waiting for the stream to drain when its buffer is full. */
export function put(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    stream.once('error', onError);
    stream.once('drain', () => { stream.off('error', onError); resolve(); });
  });
}

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, which spreadsheets show as text (the OWASP rule for CSV injection): an
 * article's quote "=HYPERLINK(…)" or a speaker "@SUM(…)" is shown, never run. Only the CSV files do
 * this; JSON Lines, JSON and the database keep the text as it is.
 */
export const spreadsheetSafe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** Rows as CSV (RFC 4180), their text cells spreadsheet-safe. */
export const toCsv = (rows: unknown[][]) => stringify(rows, { cast: { string: spreadsheetSafe } });

/** The header rows of the CSV files, as CSV. */
export const csvHeader = (columns: string[]) => toCsv([columns]);

export const QUOTE_COLUMNS = ['doc_id', 'quote_id', 'attribution', 'type', 'class', 'start', 'end', 'text', 'speaker', 'speaker_kind',
  'speaker_entity', 'speaker_mention', 'cue', 'finder', 'rule', 'confidence', 'sentence'];
export const ENTITY_COLUMNS = ['doc_id', 'entity_id', 'type', 'name', 'country', 'value', 'mention_count', 'mentions'];

/** The quotes.csv rows of a record; `text` (the document's) fills the sentence column. */
export function quoteRows(rec: OutputRecord, text?: string): unknown[][] {
  return rec.quotes.map((q) => [rec.id, q.id, q.attribution, q.type, q.class, q.start, q.end, q.text, q.speaker?.name ?? '',
    q.speaker?.kind ?? '', q.speaker?.entity ?? '', q.speaker?.mention?.text ?? '', q.cue?.text ?? '', q.finder, q.rule, q.confidence,
    text && q.evidence ? text.slice(q.evidence.sentence.start, q.evidence.sentence.end) : '']);
}

/** The entities.csv rows of a record. */
export function entityRows(rec: OutputRecord): unknown[][] {
  return rec.entities.map((e) => [rec.id, e.id, e.type, e.name, e.country ?? '', e.value ?? '', e.mentions.length,
    [...new Set(e.mentions.map((m) => m.text))].join(' | ')]);
}

/** The longest json/ file name before `.json` and a `~2` that makes it unique, in UTF-8 bytes (file systems allow 255). */
const NAME_BYTES = 200;

/** The longest prefix of `s` of at most `bytes` UTF-8 bytes, cut between characters. */
function utf8Prefix(s: string, bytes: number): string {
  let n = 0;
  let end = 0;
  for (const ch of s) {
    n += Buffer.byteLength(ch);
    if (n > bytes) break;
    end += ch.length;
  }
  return s.slice(0, end);
}

/**
 * A file name for a document id: safe characters only, at most NAME_BYTES bytes (a longer one is
 * cut and ends with `~` and 8 hex digits of the id's SHA-256, so ids that share a long start stay
 * apart), unique within the run.
 */
export function fileNameFor(id: string, taken: Set<string>): string {
  let base = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_') || '_';
  if (Buffer.byteLength(base) > NAME_BYTES) base = `${utf8Prefix(base, NAME_BYTES - 9)}~${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}
