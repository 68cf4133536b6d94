/**
 * Running the pipeline: `analyze` (the whole Document) and `extract` (its output record), with the
 * default stages. The library's entry (index.ts) re-exports them; the command line's jobs import
 * them from here, without the schema and what else the entry re-exports.
 */
import { createDocument } from './document.js';
import { buildPipeline, type Pipeline, type Stage } from './pipeline.js';
import { type OutputRecord, toRecord } from './record.js';
import { normalize } from './stages/01-normalize.js';
import { tokenize } from './stages/02-tokenize.js';
import { entities } from './stages/03-entities/index.js';
import { quotes } from './stages/04-quotes/index.js';
import { attribute } from './stages/05-attribute/index.js';
import type { Document, DocumentInput, RunOptions } from './types.js';


/** The default stages, in order. */
export const STAGES: readonly Stage[] = [normalize, tokenize, entities, quotes, attribute];

let defaultPipeline: Pipeline | undefined;

/** Run the pipeline and return the full Document (all internal layers), for tools and tests. */
export function analyze(input: DocumentInput | string, options: RunOptions = {}): Document {
  defaultPipeline ??= buildPipeline(STAGES);
  const doc = createDocument(typeof input === 'string' ? { id: 'doc', text: input } : input, options);
  return defaultPipeline.run(doc);
}

/**
 * Extract entities and attributed quotes from one article.
 * @param input the article text, or a document with id, text and optional title / published / url
 * @param options run options: `aliases` (from `aliasTable(...)`) for names the newsroom knows;
 *   `attributions: 'all'` to keep every attribution (beliefs, findings, intentions, stances), not only quotations
 * @returns the output record described by `whosaid schema`
 * @throws TypeError when `input` is not a string or has no string `text` (misuse of the API)
 */
export function extract(input: DocumentInput | string, options: RunOptions = {}): OutputRecord {
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null || typeof input.text !== 'string')) {
    throw new TypeError('extract() takes a string or {id, text} with a string text');
  }
  return toRecord(analyze(input, options));
}
