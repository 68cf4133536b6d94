/**
 * Rendering records for output: the CSV rows of quotes.csv and entities.csv, safe file names for
 * json/<id>.json, and writing to a stream with backpressure. The output folder itself, with its
 * checkpoint for --resume, is outdir.ts.
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { OutputRecord } from '../record.js';

/** Write a chunk, waiting for the stream to drain when its buffer is full. */
export function put(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    stream.once('error', onError);
    stream.once('drain', () => { stream.off('error', onError); resolve(); });
  });
}

/** The header rows of the CSV files, as CSV. */
export const csvHeader = (columns: string[]) => stringify([columns]);

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

/** A file name for a document id: safe characters only, unique within the run. */
export function fileNameFor(id: string, taken: Set<string>): string {
  const base = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 150) || '_';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}
