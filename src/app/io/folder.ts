/**
 * Reading a finished output folder back, one document at a time: each record of documents.jsonl
 * with its text from texts.jsonl (the two files have one line per document, in the same order).
 * The review page and the database are built from this stream, so memory does not grow with the
 * corpus.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputRecord } from '../../record.js';
import { splitLines } from './lines.js';

/** One document of an output folder. */
export interface FolderDocument {
  /** 1-based position in documents.jsonl (input order): ids may repeat, this does not. */
  n: number;
  record: OutputRecord;
  /** The document's text; null for a document that could not be read, or a folder without texts.jsonl. */
  text: string | null;
}

/** The folder's files are not what a finished run writes. */
export class FolderError extends Error {}

const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** Does `dir` hold a finished run's documents? */
export const isOutputFolder = (dir: string) => existsSync(join(dir, 'documents.jsonl'));

/** Whether the folder keeps its texts (folders written before texts.jsonl existed do not). */
export const hasTexts = (dir: string) => existsSync(join(dir, 'texts.jsonl'));

/** Every document of the finished output folder `dir`, in input order. */
export async function* readFolder(dir: string): AsyncGenerator<FolderDocument> {
  const docsPath = join(dir, 'documents.jsonl');
  if (!existsSync(docsPath)) throw new FolderError(`${dir} is not a finished whosaid output folder: no documents.jsonl`);
  const texts = hasTexts(dir) ? splitLines(createReadStream(join(dir, 'texts.jsonl')), NO_LIMIT)[Symbol.asyncIterator]() : undefined;
  let n = 0;
  for await (const line of splitLines(createReadStream(docsPath), NO_LIMIT)) {
    if (!line.text.trim()) continue;
    n++;
    const record = parse<OutputRecord>(line.text, `${docsPath}:${line.line}`);
    let text: string | null = null;
    if (texts) {
      const t = await texts.next();
      if (t.done) throw new FolderError(`${dir}/texts.jsonl ends before document ${n} ("${record.id}")`);
      const entry = parse<{ id: string; text: string | null }>(t.value.text, `${dir}/texts.jsonl:${t.value.line}`);
      if (entry.id !== record.id) throw new FolderError(`${dir}/texts.jsonl:${t.value.line} is "${entry.id}", documents.jsonl:${line.line} is "${record.id}"`);
      text = entry.text;
    }
    yield { n, record, text };
  }
}

function parse<T>(line: string, where: string): T {
  try {
    return JSON.parse(line) as T;
  } catch (e) {
    throw new FolderError(`${where}: not JSON (${(e as Error).message})`);
  }
}
