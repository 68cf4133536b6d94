/**
 * The output record: what a Document becomes in JSON Lines / JSON output (ARCHITECTURE.md's record).
 * Internal layers (tokens, frames, working text) are left out; field order is fixed so output is
 * byte-stable.
 */
import type { OutputQuote, OutputRecord } from './shape.js';
import type { Document, Quote, Speaker } from './types.js';

export type { OutputQuote, OutputRecord } from './shape.js';

export const RECORD_VERSION = 1;

function speakerOut(s: Speaker | null): Speaker | null {
  if (!s) return null;
  const o: Speaker = { name: s.name, kind: s.kind };
  if (s.entity) o.entity = s.entity;
  if (s.mention) o.mention = { start: s.mention.start, end: s.mention.end, text: s.mention.text };
  return o;
}

function quoteOut(q: Quote): OutputQuote {
  const o: OutputQuote = { id: q.id, start: q.start, end: q.end, text: q.text, type: q.type, class: q.class, attribution: q.attribution, speaker: speakerOut(q.speaker), finder: q.finder, rule: q.rule, confidence: q.confidence };
  if (q.cue) o.cue = q.cue;
  if (q.evidence) o.evidence = q.evidence;
  if (q.segments) o.segments = q.segments;
  return o;
}

/** The record for a processed document. */
export function toRecord(doc: Document): OutputRecord {
  const r: OutputRecord = { id: doc.id, ...metaOf(doc.meta), status: 'ok', offset_unit: 'utf16', date_reference: doc.dateReference, entities: doc.entities, quotes: doc.quotes.map(quoteOut), diagnostics: doc.diagnostics };
  return r;
}

/** The record for a document that could not be processed: every input is accounted for. */
export function failedRecord(id: string, message: string, location?: string, meta: Document['meta'] = {}): OutputRecord {
  const error: OutputRecord['error'] = { message };
  if (location) error.location = location;
  return { id, ...metaOf(meta), status: 'failed', offset_unit: 'utf16', date_reference: { value: 'XXXX-XX-XX', source: 'none' }, entities: [], quotes: [], diagnostics: [{ stage: 'input', rule: 'failed', message, severity: 'error' }], error };
}

function metaOf(meta: Document['meta']): Pick<OutputRecord, 'title' | 'url' | 'published'> {
  const o: Pick<OutputRecord, 'title' | 'url' | 'published'> = {};
  if (meta.title !== undefined) o.title = meta.title;
  if (meta.url !== undefined) o.url = meta.url;
  if (meta.published !== undefined) o.published = meta.published;
  return o;
}
