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
  const r = withMeta(doc.id, doc.meta);
  r.status = 'ok';
  r.offset_unit = 'utf16';
  r.date_reference = doc.dateReference;
  r.entities = doc.entities;
  r.quotes = doc.quotes.map(quoteOut);
  r.diagnostics = doc.diagnostics;
  return r;
}

/** The record for a document that could not be processed: every input is accounted for. */
export function failedRecord(id: string, message: string, location?: string, meta: Document['meta'] = {}): OutputRecord {
  const error: OutputRecord['error'] = { message };
  if (location) error.location = location;
  const r = withMeta(id, meta);
  r.status = 'failed';
  r.offset_unit = 'utf16';
  r.date_reference = { value: 'XXXX-XX-XX', source: 'none' };
  r.entities = [];
  r.quotes = [];
  r.diagnostics = [{ stage: 'input', rule: 'failed', message, severity: 'error' }];
  r.error = error;
  return r;
}

/**
 * A record's first fields: its id, then the metadata it has, in the fixed order; the caller adds the
 * rest in order. Fields are added one by one, not spread in (a spread that adds properties is far
 * slower in V8, and this runs once per document).
 */
function withMeta(id: string, meta: Document['meta']): OutputRecord {
  const r = { id } as OutputRecord;
  if (meta.title !== undefined) r.title = meta.title;
  if (meta.url !== undefined) r.url = meta.url;
  if (meta.published !== undefined) r.published = meta.published;
  return r;
}
