/**
 * Direct quotations: a quoted span that stands as speech (it opens a sentence or paragraph, or sits
 * next to a cue with a comma or colon), with the cue on either side: “…,” de Zela told reporters /
 * “…,” said de Zela / He said: “…” / According to X, “…”. A quotation interrupted by its cue
 * (“A,” he said, “B.”) becomes one quote with two segments. Spans that are none of these are
 * fragments, left for the reported-speech step (partial quotes) or dropped as scare quotes.
 */
import { tokenAt } from '../../tokens.js';
import type { Document, QuoteFrame, Token } from '../../types.js';
import type { Cue } from './cues.js';
import type { Draft } from './draft.js';
import { HEARER_VERBS } from '../../lexicon/reporting-verbs.js';
import { NP_POS } from '../../phrases.js';
import { participle } from './reported.js';
import type { QuotedSpan } from './marks.js';

export interface Located extends QuotedSpan {
  openTok: number;
  /** Token of the closing mark (or the last token inside when unclosed). */
  closeTok: number;
  words: number;
}

const SPEECH_END = /[,?!.…—–-]$/;

export function locate(doc: Document, spans: QuotedSpan[]): Located[] {
  const { tokens } = doc;
  return spans.map((s) => {
    const openTok = tokenAt(tokens, s.start);
    const closeTok = Math.max(openTok, tokenAt(tokens, s.end) - 1);
    let words = 0;
    for (let k = openTok + 1; k < closeTok; k++) if (tokens[k]!.kind === 'word') words++;
    return { ...s, openTok, closeTok, words };
  });
}

const isNominal = (t: Token) => NP_POS.has(t.pos) || t.text === ',' || t.pos === 'ADV' || t.pos === 'AUX';

/** “…,” [NP] cue  or  “…,” cue [NP] — the cue right after the closing mark. */
function cueAfter(doc: Document, q: Located, cueAt: Map<number, Cue>): QuoteFrame | undefined {
  const { tokens } = doc;
  const para = doc.paragraphs[doc.sentences[tokens[q.closeTok]!.sentence]?.paragraph ?? -1];
  const limit = Math.min(para?.endToken ?? tokens.length, q.closeTok + 12);
  let j = q.closeTok + 1;
  const inner = doc.norm.slice(q.start, q.end).replace(/["”’'»\s]+$/, '');
  if (tokens[j]?.text === ',' || tokens[j]?.text === '—' || tokens[j]?.text === '–') j++;
  else if (!SPEECH_END.test(inner)) return undefined;
  for (let k = j; k < limit; k++) {
    const cue = cueAt.get(k);
    if (cue) {
      const side = k === j ? 'after' : 'before';
      return { side, cueFirst: cue.first, cueEnd: cue.end, limitFirst: q.closeTok + 1, limitEnd: limit };
    }
    if (!isNominal(tokens[k]!)) return undefined;
  }
  return undefined;
}

/** NP cue [hearer] [,|:] “…”  or  cue NP: “…” — the cue shortly before the opening mark. */
function cueBefore(doc: Document, q: Located, cueAt: Map<number, Cue>): QuoteFrame | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[q.openTok]!.sentence];
  const first = Math.max(s?.firstToken ?? 0, q.openTok - 10);
  let p = q.openTok - 1;
  if (p < first) return undefined;
  const punct = tokens[p]!.text === ',' || tokens[p]!.text === ':';
  if (punct) p--;
  for (let k = p; k >= first; k--) {
    const cue = cueAt.get(k);
    if (cue) {
      // Without a comma or colon only the cue itself may touch the mark: said “…”.
      if (!punct && cue.end !== q.openTok) return undefined;
      const after = tokens[cue.end];
      const before = tokens[cue.first - 1];
      const sFirst = s?.firstToken ?? 0;
      const inverted = cue.lemma === 'according to' || (!HEARER_VERBS.has(cue.lemma)
        && cue.end <= p && after !== undefined && NP_POS.has(after.pos) && (!before || !NP_POS.has(before.pos)));
      const side = participle(tokens, cue, sFirst) ? 'participle' : inverted ? 'after' : 'before';
      return { side, cueFirst: cue.first, cueEnd: cue.end, limitFirst: sFirst, limitEnd: q.openTok };
    }
    if (!punct || (!isNominal(tokens[k]!) && tokens[k]!.pos !== 'ADP')) return undefined;
  }
  return undefined;
}

/** Does the quotation stand where a sentence would: paragraph or sentence start, or after a colon? */
function standsAlone(doc: Document, q: Located): boolean {
  const { tokens } = doc;
  const s = doc.sentences[tokens[q.openTok]!.sentence];
  const prev = tokens[q.openTok - 1];
  return q.openTok === s?.firstToken || prev === undefined || prev.text === ':' || prev.sentence !== tokens[q.openTok]!.sentence;
}

/** Split quoted spans into direct quotes (with or without a cue) and fragments. */
export function directQuotes(doc: Document, spans: Located[], cues: Cue[]): { drafts: Draft[]; fragments: Located[] } {
  const cueAt = new Map<number, Cue>();
  for (const c of cues) for (let k = c.first; k < c.end; k++) cueAt.set(k, c);
  const drafts: Draft[] = [];
  const fragments: Located[] = [];
  let prev: { draft: Draft; cueFirst: number } | undefined;
  for (const q of spans) {
    const speechLike = q.words >= 3 || /[.?!,]["”’']*$/.test(doc.norm.slice(q.start, q.end));
    const after = speechLike && standsAlone(doc, q) ? cueAfter(doc, q, cueAt) : undefined;
    const before = after ? undefined : cueBefore(doc, q, cueAt);
    const frame = after ?? before;
    if (before && prev && before.cueFirst === prev.cueFirst) {
      // “A,” he said, “B.” — one quotation in two pieces around its cue.
      prev.draft.end = q.end;
      prev.draft.segments = [...(prev.draft.segments ?? []), ...q.segments];
      continue;
    }
    if (frame && (speechLike || standsAlone(doc, q))) {
      const d: Draft = { start: q.start, end: q.end, type: 'direct', frame, segments: q.segments, pattern: after ? 'quote-cue' : 'cue-quote' };
      drafts.push(d);
      prev = { draft: d, cueFirst: frame.cueFirst };
    } else if (standsAlone(doc, q) && q.words >= 3) {
      const none: QuoteFrame = { side: 'none', cueFirst: -1, cueEnd: -1, limitFirst: q.openTok, limitEnd: q.closeTok + 1 };
      drafts.push({ start: q.start, end: q.end, type: 'direct', frame: none, segments: q.segments, pattern: 'quote-alone' });
      prev = undefined;
    } else {
      fragments.push(q);
      prev = undefined;
    }
  }
  return { drafts, fragments };
}
