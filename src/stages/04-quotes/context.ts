/**
 * What the finders of stage 4 share: the document, its quoted spans and cue words, the tokens
 * already taken by a quote or a used cue, and the drafts found so far. Finders run in order; each
 * takes only what earlier ones left, so one stretch of text makes at most one quote.
 */
import type { Document, FinderName, Token } from '../../types.js';
import type { Cue } from './cues.js';
import type { Draft } from './draft.js';
import type { Located } from './located.js';

export interface FinderContext {
  doc: Document;
  tokens: Token[];
  /** Every quoted span, in text order. */
  spans: Located[];
  /** Cue words outside quotation marks, in text order, and by token. */
  cues: Cue[];
  cueAt: Map<number, Cue>;
  /** Tokens already part of a quote's content, or a cue that serves one. */
  claimed: Uint8Array;
  /** Quoted spans no direct quote took: the partial quotes' fragments, scare quotes, titles. */
  fragments: Located[];
  /** Fragments some reported content holds. */
  absorbed: Set<Located>;
  drafts: Draft[];
}

/** A finder: one way quotes are written. It adds drafts and claims their tokens. */
export interface Finder {
  name: FinderName;
  find(ctx: FinderContext): void;
}

export function finderContext(doc: Document, spans: Located[], cues: Cue[]): FinderContext {
  const cueAt = new Map<number, Cue>();
  for (const c of cues) for (let k = c.first; k < c.end; k++) cueAt.set(k, c);
  return { doc, tokens: doc.tokens, spans, cues, cueAt, claimed: new Uint8Array(doc.tokens.length), fragments: [], absorbed: new Set(), drafts: [] };
}

/** Is no token in [a, b) claimed? */
export function free(ctx: FinderContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.claimed[k]) return false;
  return true;
}
