/**
 * The data model: one {@link Document} flows through every stage, each stage adds one layer.
 * Every span is half-open UTF-16 offsets into the original text: `text.slice(start, end) === span.text`.
 */

import type { DateReference, Diagnostic, Entity, OutputQuote, Range, Span, Speaker } from './shape.js';
import type { ENTITY_TYPES, FINDER_NAMES, QUOTE_TYPES, RULE_NAMES, SEVERITIES, SPEAKER_KINDS } from './closed-sets.js';

/** The parts of the output record are defined once, in shape.ts; these are their types. */
export type { DateReference, Diagnostic, Entity, Range, Role, Span, Speaker } from './shape.js';
export { FINDER_NAMES, RULE_NAMES } from './closed-sets.js';

export type EntityType = (typeof ENTITY_TYPES)[number];
export type QuoteType = (typeof QUOTE_TYPES)[number];
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
export type FinderName = (typeof FINDER_NAMES)[number];
export type RuleName = (typeof RULE_NAMES)[number];
export type Severity = (typeof SEVERITIES)[number];

/** What the caller gives us for one article. */
export interface DocumentInput {
  id: string;
  text: string;
  title?: string;
  published?: string;
  url?: string;
}

/** One token, as wink-nlp saw it, with offsets into the original text. */
export interface Token {
  start: number;
  end: number;
  /** Original text of the token (`text.slice(start, end)`). */
  text: string;
  /** Lower-cased form. */
  lower: string;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, tabCRLF, emoji, ... */
  kind: string;
  /** Lemma, filled for verbs only (where cues need it). */
  lemma: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** True when whitespace precedes the token. */
  spaceBefore: boolean;
}

/** A sentence or paragraph: char range plus its half-open token range. */
export interface Segment extends Range {
  firstToken: number;
  endToken: number;
  /** Index of the enclosing paragraph (sentences only; equals own index for paragraphs). */
  paragraph: number;
}


/** A mention of an entity in the text, before or after grouping. */
export interface Mention extends Span {
  type: EntityType;
  /** Token range of the mention (half-open). */
  firstToken: number;
  endToken: number;
  /** Key that groups mentions into one entity (set by the grouping step). */
  entity?: string;
  /** Role or title written next to a PERSON mention ("former Peruvian Prime Minister"). */
  role?: Span;
  /** ISO 3166-1 alpha-2 for countries, demonym-linked roles and known places. */
  country?: string;
  /** Normalized date value for DATE mentions. */
  value?: string;
  /** Gender guessed from a first name or title: 'm' | 'f'. */
  gender?: 'm' | 'f';
  /** Canonical name fixed by a newsroom alias ("AMLO" → "Andrés Manuel López Obrador"). */
  canonical?: string;
}




/**
 * How a quote hangs on its cue, for the attribution stage (internal: not part of the output record).
 * `before`: the speaker precedes the cue ("de Zela told"); `after`: it follows ("said de Zela",
 * "according to X"); `participle`: the cue is a participle or second verb whose subject is the
 * clause's subject ("…, insisting that"); `none`: no cue found.
 */
export interface QuoteFrame {
  side: 'before' | 'after' | 'participle' | 'none';
  /** Token range of the cue. */
  cueFirst: number;
  cueEnd: number;
  /** Token bounds the speaker search may not cross (the quote itself, the sentence). */
  limitFirst: number;
  limitEnd: number;
  /** Probability that the cue introduces reported content (learned per lemma and complement). */
  cueP?: number;
}

/** A quote as the stages build it: the output fields (shape.ts) and what only the pipeline reads. */
export interface Quote extends OutputQuote {
  /** Internal: how the quote hangs on its cue (see QuoteFrame). */
  frame?: QuoteFrame;
  /** Internal: the kind of complement the cue took ("that", "np", "to", …), when the content follows it. */
  complement?: string;
  /** Internal: the lemma of the cue's first word ("say"), for the confidence calibration. */
  cueLemma?: string;
  /** Internal: how the speaker phrase was resolved (keys the confidence calibration). */
  resolution?: string;
  /** Internal: the speaker a rule proposed below the confidence floor (kept for calibration). */
  unconfirmed?: Speaker;
}

/** The document as it flows through the pipeline. Every layer always exists, possibly empty. */
export interface Document {
  id: string;
  /** Original text, never modified. */
  text: string;
  /** Same-length working copy: odd spaces and control characters flattened (see normalize). */
  norm: string;
  meta: Omit<DocumentInput, 'id' | 'text'>;
  tokens: Token[];
  sentences: Segment[];
  paragraphs: Segment[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  diagnostics: Diagnostic[];
  dateReference: DateReference;
  /** Stage names run so far, in order. */
  layers: string[];
  /** Run options the stages read (newsroom aliases). */
  options: RunOptions;
}

/** Options for a run: the same for every document of a batch. */
export interface RunOptions {
  /** Newsroom aliases (see aliases.ts). */
  aliases?: import('./aliases.js').AliasTable;
  /** Which attributions the record keeps: `quotes` (speech and writing, the default) or `all`. */
  attributions?: 'quotes' | 'all';
}
