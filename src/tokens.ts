/** Token lookups shared by stages. */
import type { Document, Token } from './types.js';

/** Index of the first token that ends after `offset` (the token containing or following it). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentence segment of a token. */
export function sentenceOf(doc: Document, tok: number) {
  return doc.sentences[doc.tokens[tok]?.sentence ?? -1];
}

/** Character span of a half-open token range. */
export function charRange(tokens: readonly Token[], first: number, end: number): [number, number] {
  return [tokens[first]!.start, tokens[end - 1]!.end];
}
