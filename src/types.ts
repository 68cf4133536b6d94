/**
 * The data model: one {@link Document} flows through every stage, each stage adds one layer.
 * Every span is half-open UTF-16 offsets into the original text: `text.slice(start, end) === span.text`.
 */

/** A half-open UTF-16 range with the text it covers in the original document. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A range without its text, for internal structures where the text is derived on demand. */
export interface Range {
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'COUNTRY' | 'PLACE' | 'ORG' | 'DATE';
export type QuoteType = 'direct' | 'partial' | 'indirect';
export type SpeakerKind = 'person' | 'organization' | 'country' | 'group' | 'unnamed';

/** The finders of stage 4 (each its own file in stages/04-quotes/finders/), and `correction` for a journalist's addition. */
export const FINDER_NAMES = ['direct', 'transcript', 'set-off', 'according-to', 'content-before-cue', 'relative-clause', 'cue-complement',
  'source-opening', 'fragment', 'headline', 'correction'] as const;
export type FinderName = (typeof FINDER_NAMES)[number];

/** The sieves of stage 5 that choose a speaker (rules.ts), `none` when none did, `correction` for a journalist's. */
export const RULE_NAMES = ['cue-subject', 'cue-inverted', 'according-to', 'cue-participle', 'transcript-label', 'colon-intro',
  'colon-name', 'dash-name', 'trailing-name', 'sentence-subject', 'same-paragraph', 'continuation', 'nearest-speaker', 'none', 'correction'] as const;
export type RuleName = (typeof RULE_NAMES)[number];
export type Severity = 'error' | 'warning' | 'info';

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

export interface Diagnostic {
  stage: string;
  rule: string;
  message: string;
  severity: Severity;
  start?: number;
  end?: number;
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

/** A title or role written next to a person's name. */
export interface Role {
  text: string;
  /** Country the role belongs to, from a demonym or country name in it ("Peruvian" → PE). */
  country?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the longest unambiguous form seen in the article. */
  name: string;
  mentions: Span[];
  country?: string;
  value?: string;
  /** Roles seen with the person ("Peruvian Foreign Minister", linked to PE by its demonym). */
  roles?: Role[];
  gender?: 'm' | 'f';
}

export interface Speaker {
  /** Canonical entity name, or the descriptive phrase for an unnamed or group source. */
  name: string;
  entity?: string;
  kind: SpeakerKind;
  /** The mention as written at the cue ("he", "de Zela", "Mexico's president"). */
  mention?: Span;
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

export interface Quote extends Span {
  id: string;
  type: QuoteType;
  /** What the attribution reports: speech and writing are quotations; the rest are other attributions. */
  class: import('./lexicon/cue-classes.js').AttributionClass;
  /**
   * The attribution this quote belongs to: quotes under one cue and speaker share it (“A,” she said.
   * “B.” is two quotes, one attribution). `a<start>-<end>` of its first quote.
   */
  attribution: string;
  speaker: Speaker | null;
  cue?: Span;
  /** The finder of stage 4 that found the quote. */
  finder: FinderName;
  /** The sieve of stage 5 that chose its speaker. */
  rule: RuleName;
  confidence: number;
  evidence?: { sentence: Range };
  /** Content pieces when a cue interrupts the quotation (“A,” he said, “B.”). */
  segments?: [number, number][];
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

/** Reference date used to normalize relative dates, recorded in the output. */
export interface DateReference {
  value: string;
  source: 'published' | 'none';
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
