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

function toQuote(doc: Document, d: Draft): Quote {
  const { tokens, text } = doc;
  const lead = d.lead ?? d;
  const at = span(text, d.start, d.end);
  const q: Quote = { id: `q${d.start}-${d.end}`, start: at.start, end: at.end, text: at.text, type: d.type, class: draftClass(doc, d),
    attribution: `a${lead.start}-${lead.end}`, speaker: null, finder: d.finder, rule: 'none', confidence: 0, frame: d.frame };
  if (d.complement) q.complement = d.complement;
  if (d.frame.cueFirst >= 0) {
    q.cue = span(text, tokens[d.frame.cueFirst]!.start, tokens[d.frame.cueEnd - 1]!.end);
    q.cueLemma = tokens[d.frame.cueFirst]!.lemma;
  }
  if (d.segments && d.segments.length > 1) {
    // The quoted words only: a cue set inside reported content ("The museum, Bush said, celebrated …") is not part of them.
    q.segments = d.segments;
    q.text = d.segments.map(([a, b]) => text.slice(a, b)).join(' ');
  }
  // Evidence: the sentences from the quote's start to its cue, whichever comes first.
  const a = sentenceOf(doc, tokenAt(tokens, d.start));
  const b = sentenceOf(doc, tokenAt(tokens, d.end - 1));
  const c = d.frame.cueFirst >= 0 ? sentenceOf(doc, d.frame.cueFirst) : undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const s of [a, b, c]) if (s) { start = Math.min(start, s.start); end = Math.max(end, s.end); }
  if (end >= 0) q.evidence = { sentence: { start, end } };
  return q;
}

/** The sentence of token t (the last token's when t is past the end). */
function sentenceOf(doc: Document, t: number): Segment | undefined {
  return doc.sentences[doc.tokens[Math.min(t, doc.tokens.length - 1)]?.sentence ?? -1];
}
