/**
 * Applying corrections to a document's record (in the worker, right after analysis). A corrected
 * quote gets `rule: "correction"` and confidence 1; its speaker is resolved against the document's
 * entities the way the scorer compares names, so "de Zela" becomes Hugo de Zela (a person, with his
 * entity and his mention nearest the quote), and a name the article does not hold stays as written,
 * `unnamed`. A span marked `not_quote` is removed. Each change, and each correction that no longer
 * fits the text, is a diagnostic on the record, so the record says what was changed and why.
 */
import { sameName, foldName } from '../match/names.js';
import type { OutputQuote, OutputRecord } from '../../record.js';
import type { Diagnostic, Entity, Speaker, SpeakerKind } from '../../types.js';
import { type Correction, quoteIdSpan } from './read.js';

/** The rule a corrected quote carries. */
export const CORRECTION_RULE = 'correction';

const KIND: Partial<Record<Entity['type'], SpeakerKind>> = { PERSON: 'person', ORG: 'organization', COUNTRY: 'country' };

/** Corrections grouped by document id, for lookups per document. */
export function byDocument(list: readonly Correction[]): Map<string, Correction[]> {
  const m = new Map<string, Correction[]>();
  for (const c of list) {
    const l = m.get(c.doc);
    if (l) l.push(c);
    else m.set(c.doc, [c]);
  }
  return m;
}

/** The record with `corrections` (all for this document) applied. `text` is the document's text. */
export function applyCorrections(rec: OutputRecord, text: string, corrections: readonly Correction[]): OutputRecord {
  if (!corrections.length || rec.status !== 'ok') return rec;
  const quotes = [...rec.quotes];
  const notes: Diagnostic[] = [];
  const note = (c: Correction, severity: Diagnostic['severity'], rule: string, message: string, span?: [number, number]) =>
    notes.push({ stage: 'corrections', rule, message: `corrections line ${c.line}: ${message}`, severity, ...(span ? { start: span[0], end: span[1] } : {}) });
  for (const c of corrections) {
    const [start, end] = c.quote ? quoteIdSpan(c.quote)! : [c.start!, c.end!];
    const id = `q${start}-${end}`;
    if (end > text.length) { note(c, 'warning', 'correction-unmatched', `${id} is past the end of the text (${text.length}): not applied`); continue; }
    if (c.text !== undefined && text.slice(start, end) !== c.text) {
      note(c, 'warning', 'correction-stale', `the text at ${id} no longer reads as the correction says: not applied`, [start, end]);
      continue;
    }
    const at = quotes.findIndex((q) => q.id === id);
    if (at < 0 && (c.quote || c.notQuote)) { note(c, 'warning', 'correction-unmatched', `no quote ${id} in this document: not applied`); continue; }
    if (c.notQuote) {
      const was = quotes[at]!;
      quotes.splice(at, 1);
      note(c, 'info', 'correction', `${id} removed: not a quote (was ${describe(was)})`, [start, end]);
      continue;
    }
    const speaker = c.speaker === null ? null : resolveSpeaker(rec, c.speaker!, start, end, quotes[at]?.speaker ?? null);
    if (at >= 0) {
      const was = quotes[at]!;
      quotes[at] = { ...was, speaker, rule: CORRECTION_RULE, confidence: 1 };
      note(c, 'info', 'correction', `${id} speaker ${speaker?.name ?? 'unknown'} (was ${describe(was)})`, [start, end]);
    } else {
      quotes.push({ id, start, end, text: text.slice(start, end), type: c.type ?? 'direct', class: 'speech', attribution: `a${start}-${end}`, speaker, finder: 'correction', rule: CORRECTION_RULE, confidence: 1 });
      note(c, 'info', 'correction', `${id} added, speaker ${speaker?.name ?? 'unknown'}`, [start, end]);
    }
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...rec, quotes, diagnostics: [...rec.diagnostics, ...notes] };
}

const describe = (q: OutputQuote) => `${q.speaker?.name ?? 'unattributed'}, ${q.rule}, ${q.confidence}`;

/**
 * The speaker `name` stands for in this document: the entity it names (an exact match first, then
 * the scorer's word containment, people before organizations and countries), with its mention
 * nearest the quote; else the name as given, `unnamed`.
 */
export function resolveSpeaker(rec: OutputRecord, name: string, start: number, end: number, current: Speaker | null): Speaker {
  const candidates = rec.entities.filter((e) => KIND[e.type]);
  const folded = foldName(name).trim();
  const exact = candidates.filter((e) => foldName(e.name).trim() === folded);
  const named = exact.length ? exact : candidates.filter((e) => sameName(name, e.name));
  if (!named.length) return { name, kind: 'unnamed' };
  const order = (e: Entity) => ['PERSON', 'ORG', 'COUNTRY'].indexOf(e.type);
  const gap = (m: { start: number; end: number }) => (m.end <= start ? start - m.end : m.start >= end ? m.start - end : Number.MAX_SAFE_INTEGER / 2);
  const nearest = (e: Entity) => e.mentions.reduce((min, m) => Math.min(min, gap(m)), Infinity); // no spread: an entity may have more mentions than a call takes arguments
  const e = named.sort((a, b) => order(a) - order(b) || nearest(a) - nearest(b))[0]!;
  const s: Speaker = { name: e.name, entity: e.id, kind: KIND[e.type]! };
  // Keep the mention the extractor found when it was this entity; else the entity's mention nearest the quote.
  if (current?.entity === e.id && current.mention) s.mention = current.mention;
  else {
    const m = [...e.mentions].sort((a, b) => gap(a) - gap(b))[0];
    if (m) s.mention = { start: m.start, end: m.end, text: m.text };
  }
  return s;
}
