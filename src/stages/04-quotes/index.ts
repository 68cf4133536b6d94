/**
 * Stage 4, quotes: quotation marks → quoted spans; reporting verbs → cues; direct quotations with
 * their cues; reported and mixed speech around the remaining cues. Speakers come in stage 5.
 */
import type { Stage } from '../../pipeline.js';
import { span } from '../../text.js';
import { firstAtLeast } from '../../sorted.js';
import { tokenAt } from '../../tokens.js';
import type { Document, Quote } from '../../types.js';
import { findCues } from './cues.js';
import { directQuotes, locate } from './direct.js';
import type { Draft } from './draft.js';
import { findQuotedSpans } from './marks.js';
import { fragmentQuotes } from './fragments.js';
import { headlineClaim } from './headline.js';
import { reportedSpeech } from './reported.js';
import { transcriptLabel } from './transcript.js';

const startOf = (q: { start: number }) => q.start;

export const quotes: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs', 'entities'],
  provides: ['quotes'],
  run(doc: Document) {
    const { tokens } = doc;
    const located = locate(doc, findQuotedSpans(doc));
    const inQuote = new Uint8Array(tokens.length);
    for (const q of located) inQuote.fill(1, q.openTok, q.closeTok + 1);
    const cues = findCues(doc, inQuote);
    const { drafts, fragments } = directQuotes(doc, located, cues);
    transcriptTurns(doc, drafts);
    const claimed = new Uint8Array(tokens.length);
    for (const d of drafts) {
      for (let i = firstAtLeast(located, startOf, d.start); i < located.length && located[i]!.start <= d.end; i++) {
        const q = located[i]!;
        if (q.end <= d.end) claimed.fill(1, q.openTok, q.closeTok + 1);
      }
      if (d.frame.cueFirst >= 0) claimed.fill(1, d.frame.cueFirst, d.frame.cueEnd); // a cue serves one quotation
    }
    const reported = reportedSpeech(doc, cues, claimed, fragments);
    // No push(...many): a long document has more drafts than a call takes arguments.
    for (const more of [reported.drafts, fragmentQuotes(doc, cues, claimed, fragments, reported.absorbed)]) for (const d of more) drafts.push(d);
    const headline = headlineClaim(doc, drafts);
    if (headline) drafts.push(headline);
    doc.quotes = drafts.sort((a, b) => a.start - b.start).map((d) => toQuote(doc, d));
  },
};

/**
 * "WALLACE: Let's start …": a labelled paragraph is its speaker's turn. A quotation already found
 * there loses the label from its span; a turn without quotation marks becomes a direct quote.
 */
function transcriptTurns(doc: Document, drafts: Draft[]): void {
  const { tokens } = doc;
  doc.paragraphs.forEach((para, p) => {
    const label = transcriptLabel(doc, p);
    if (!label) return;
    const from = tokens[label.colon + 1]!.start;
    const here = drafts.filter((d) => d.end > tokens[para.firstToken]!.start && d.start < para.end);
    for (const d of here) {
      if (d.start >= from || d.end <= from) continue;
      d.start = from;
      if (d.segments) d.segments = d.segments.filter(([, b]) => b > from).map(([a, b]) => [Math.max(a, from), b]);
    }
    if (here.length) return;
    drafts.push({ start: from, end: para.end, type: 'direct', pattern: 'transcript',
      frame: { side: 'none', cueFirst: -1, cueEnd: -1, limitFirst: label.colon + 1, limitEnd: para.endToken } });
  });
}

function toQuote(doc: Document, d: Draft): Quote {
  const { tokens, text } = doc;
  const q: Quote = { id: `q${d.start}-${d.end}`, ...span(text, d.start, d.end), type: d.type, speaker: null, rule: d.pattern, confidence: 0, frame: d.frame };
  if (d.frame.cueFirst >= 0) q.cue = span(text, tokens[d.frame.cueFirst]!.start, tokens[d.frame.cueEnd - 1]!.end);
  if (d.segments && d.segments.length > 1) q.segments = d.segments;
  // Evidence: the sentences from the quote's start to its cue, whichever comes first.
  const ends = [tokenAt(tokens, d.start), tokenAt(tokens, d.end - 1)];
  if (d.frame.cueFirst >= 0) ends.push(d.frame.cueFirst);
  const sents = ends.map((t) => doc.sentences[tokens[Math.min(t, tokens.length - 1)]?.sentence ?? -1]).filter((x) => x !== undefined);
  if (sents.length) q.evidence = { sentence: { start: Math.min(...sents.map((x) => x.start)), end: Math.max(...sents.map((x) => x.end)) } };
  return q;
}
