/**
 * `whosaid extract`: read inputs, run the pipeline on each document, write records. A document that
 * fails becomes a failed record with its reason and location; the others are written in full.
 */
import type { Readable, Writable } from 'node:stream';
import { analyze } from '../index.js';
import { readInputs } from '../io/read.js';
import { type Sink, dirSink, jsonlSink } from '../io/write.js';
import { type OutputRecord, failedRecord, toRecord } from '../record.js';

export interface ExtractOptions {
  out?: string;
}

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface RunSummary {
  documents: number;
  failed: number;
  quotes: number;
  entities: number;
}

export async function runExtract(paths: string[], opts: ExtractOptions, io: Io): Promise<RunSummary> {
  const dir = opts.out ? await dirSink(opts.out) : undefined;
  const sink: Sink = dir ?? jsonlSink(io.stdout);
  const summary: RunSummary = { documents: 0, failed: 0, quotes: 0, entities: 0 };
  const seen = new Map<string, string>();
  for await (const item of readInputs(paths, io.stdin)) {
    summary.documents++;
    let rec: OutputRecord;
    if (!item.ok) {
      rec = failedRecord(item.id, item.reason, item.location);
    } else {
      try {
        const doc = analyze(item.input);
        for (const w of item.warnings) doc.diagnostics.unshift({ stage: 'input', rule: 'input', message: w, severity: 'warning' });
        const dup = seen.get(doc.id);
        if (dup) doc.diagnostics.unshift({ stage: 'input', rule: 'duplicate-id', message: `id "${doc.id}" also used at ${dup}`, severity: 'warning' });
        rec = toRecord(doc);
        dir?.setText(doc.id, doc.text);
      } catch (e) {
        rec = failedRecord(item.input.id, `internal error: ${(e as Error).message}`, item.location, item.input);
      }
    }
    const id = rec.id;
    if (!seen.has(id)) seen.set(id, item.location);
    if (rec.status === 'failed') {
      summary.failed++;
      io.stderr.write(`whosaid: ${item.location}: document "${id}" failed: ${rec.error?.message}\n`);
    }
    summary.quotes += rec.quotes.length;
    summary.entities += rec.entities.length;
    await sink.write(rec);
  }
  await sink.close();
  return summary;
}
