/**
 * Writing records: JSON Lines on stdout, or an output folder with documents.jsonl, quotes.csv,
 * entities.csv and json/<id>.json. Folder files are written under temporary names and renamed into
 * place on close, so a reader never sees half a file under the final name.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { OutputRecord } from '../record.js';

export interface Sink {
  write(rec: OutputRecord): Promise<void>;
  close(): Promise<void>;
}

/** Write a chunk, waiting for the stream to drain when its buffer is full. */
export function put(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    stream.once('error', onError);
    stream.once('drain', () => { stream.off('error', onError); resolve(); });
  });
}

/** One JSON record per line on a stream (stdout by default). */
export function jsonlSink(stream: Writable = process.stdout): Sink {
  return {
    write: (rec) => put(stream, `${JSON.stringify(rec)}\n`),
    close: async () => {},
  };
}

export const QUOTE_COLUMNS = ['doc_id', 'quote_id', 'type', 'start', 'end', 'text', 'speaker', 'speaker_kind',
  'speaker_entity', 'speaker_mention', 'cue', 'rule', 'confidence', 'sentence'];
export const ENTITY_COLUMNS = ['doc_id', 'entity_id', 'type', 'name', 'country', 'value', 'mention_count', 'mentions'];

export function quoteRows(rec: OutputRecord, text?: string): unknown[][] {
  return rec.quotes.map((q) => [rec.id, q.id, q.type, q.start, q.end, q.text, q.speaker?.name ?? '', q.speaker?.kind ?? '',
    q.speaker?.entity ?? '', q.speaker?.mention?.text ?? '', q.cue?.text ?? '', q.rule, q.confidence,
    text && q.evidence ? text.slice(q.evidence.sentence.start, q.evidence.sentence.end) : '']);
}

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

/** The output folder. `texts` gives each document's text for the evidence column of quotes.csv. */
export async function dirSink(dir: string): Promise<Sink & { setText(id: string, text: string): void }> {
  await mkdir(join(dir, 'json'), { recursive: true });
  const files = ['documents.jsonl', 'quotes.csv', 'entities.csv'];
  const streams = new Map<string, WriteStream>(files.map((f) => [f, createWriteStream(join(dir, `${f}.tmp`))]));
  const s = (f: string) => streams.get(f)!;
  await put(s('quotes.csv'), stringify([QUOTE_COLUMNS]));
  await put(s('entities.csv'), stringify([ENTITY_COLUMNS]));
  const taken = new Set<string>();
  const texts = new Map<string, string>();
  return {
    setText(id, text) { texts.set(id, text); },
    async write(rec) {
      const text = texts.get(rec.id);
      texts.delete(rec.id);
      await put(s('documents.jsonl'), `${JSON.stringify(rec)}\n`);
      if (rec.quotes.length) await put(s('quotes.csv'), stringify(quoteRows(rec, text)));
      if (rec.entities.length) await put(s('entities.csv'), stringify(entityRows(rec)));
      const name = fileNameFor(rec.id, taken);
      const tmp = join(dir, 'json', `${name}.json.tmp`);
      await writeFile(tmp, `${JSON.stringify(rec, null, 2)}\n`);
      await rename(tmp, join(dir, 'json', `${name}.json`));
    },
    async close() {
      await Promise.all([...streams.values()].map((w) => new Promise<void>((res, rej) => { w.on('error', rej); w.end(res); })));
      for (const f of files) await rename(join(dir, `${f}.tmp`), join(dir, f));
    },
  };
}
