/**
 * Stage 4, quotes: quotation marks → quoted spans; reporting verbs → cues; then the finders, in
 * order (finders/index.ts), each adding the quotes written one way; each quote gets the class its
 * cue reports. Speakers come in stage 5.
 */
import type { Stage } from '../../pipeline.js';
import { span } from '../../text.js';
import { tokenAt } from '../../tokens.js';
import type { Document, Quote, Segment } from '../../types.js';
import { draftClass } from './classify.js';
import { finderContext } from './context.js';
import { findCues } from './cues.js';
import type { Draft } from './draft.js';
import { FINDERS } from './finders/index.js';
import { locate } from './located.js';
import { findQuotedSpans } from './marks.js';

export const quotes: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs', 'entities'],
  provides: ['quotes'],
  run(doc: Document) {
    const spans = locate(doc, findQuotedSpans(doc));
    const inQuote = new Uint8Array(doc.tokens.length);
    for (const q of spans) inQuote.fill(1, q.openTok, q.closeTok + 1);
    const ctx = finderContext(doc, spans, findCues(doc, inQuote));
    for (const f of FINDERS) f.find(ctx);
    doc.quotes = ctx.drafts.sort((a, b) => a.start - b.start).map((d) => toQuote(doc, d));
  },
};

/**
 * A quote with every field it can have, in one order, from the start (undefined where it has none):
 * quotes that gained their optional fields one by one, in different orders, had a dozen hidden
 * classes between them, and every later read of a quote's field (attribution, calibration, record)
 * was a megamorphic lookup.
 */
function toQuote(doc: Document, d: Draft): Quote {
  const { tokens, text } = doc;
  const lead = d.lead ?? d;
  const cued = d.frame.cueFirst >= 0;
  // The quoted words only: a cue set inside reported content ("The museum, Bush said, celebrated …") is not part of them.
  const segmented = d.segments !== undefined && d.segments.length > 1;
  // Evidence: the sentences from the quote's start to its cue, whichever comes first.
  const a = sentenceOf(doc, tokenAt(tokens, d.start));
  const b = sentenceOf(doc, tokenAt(tokens, d.end - 1));
  const c = cued ? sentenceOf(doc, d.frame.cueFirst) : undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const s of [a, b, c]) if (s) { start = Math.min(start, s.start); end = Math.max(end, s.end); }
  return {
    id: `q${d.start}-${d.end}`, start: d.start, end: d.end,
    text: segmented ? d.segments!.map(([x, y]) => text.slice(x, y)).join(' ') : text.slice(d.start, d.end),
    type: d.type, class: draftClass(doc, d), attribution: `a${lead.start}-${lead.end}`, speaker: null, finder: d.finder, rule: 'none',
    confidence: 0, frame: d.frame, complement: d.complement || undefined,
    cue: cued ? span(text, tokens[d.frame.cueFirst]!.start, tokens[d.frame.cueEnd - 1]!.end) : undefined,
    cueLemma: cued ? tokens[d.frame.cueFirst]!.lemma : undefined,
    segments: segmented ? d.segments : undefined,
    evidence: end >= 0 ? { sentence: { start, end } } : undefined,
    resolution: undefined, unconfirmed: undefined,
  };
}

/** The sentence of token t (the last token's when t is past the end). */
function sentenceOf(doc: Document, t: number): Segment | undefined {
  return doc.sentences[doc.tokens[Math.min(t, doc.tokens.length - 1)]?.sentence ?? -1];
}
