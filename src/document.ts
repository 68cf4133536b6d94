/** Creating Documents and recording diagnostics on them (vfile's `message`: content problems never throw). */
import type { Diagnostic, Document, DocumentInput, RunOptions, Severity } from './types.js';

export function createDocument(input: DocumentInput, options: RunOptions = {}): Document {
  const meta: Document['meta'] = {};
  if (input.title !== undefined) meta.title = input.title;
  if (input.published !== undefined) meta.published = input.published;
  if (input.url !== undefined) meta.url = input.url;
  return {
    id: input.id,
    text: input.text,
    norm: input.text,
    meta,
    tokens: [],
    sentences: [],
    paragraphs: [],
    mentions: [],
    entities: [],
    quotes: [],
    diagnostics: [],
    dateReference: { value: 'XXXX-XX-XX', source: 'none' },
    layers: [],
    options,
  };
}

/** Record a content problem on the document. */
export function report(
  doc: Document,
  stage: string,
  rule: string,
  message: string,
  severity: Severity = 'warning',
  range?: { start: number; end: number },
): void {
  const d: Diagnostic = { stage, rule, message, severity };
  if (range) {
    d.start = range.start;
    d.end = range.end;
  }
  doc.diagnostics.push(d);
}
