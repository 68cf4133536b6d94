/**
 * What the review page knows of an article: its text and, for each quote, the spans to mark and
 * the facts to show (speaker, kind, rule, confidence, evidence sentence). Spans are [start, end)
 * pairs of UTF-16 offsets into the text, as in the record; the page slices the text itself.
 */
import type { FolderDocument } from '../io/folder.js';
import { QUOTATION_CLASSES } from '../../lexicon/cue-classes.js';
import type { OutputQuote } from '../../record.js';

/** Quotes below this confidence are flagged for review (as are quotes without a speaker). */
export const LOW_CONFIDENCE = 0.5;

type Pair = [number, number];

/** A quote as the page shows it. */
export interface ReviewQuote {
  id: string;
  type: OutputQuote['type'];
  /** What the attribution reports (speech or writing: the page shows quotations only). */
  cls: OutputQuote['class'];
  start: number;
  end: number;
  /** The pieces to highlight, when a cue interrupts the quotation. */
  seg?: Pair[];
  /** The quote's text, only when the article's text is not available. */
  text?: string;
  speaker: { name: string; kind: string; entity?: string; roles?: string[]; mention?: Pair; mentionText?: string } | null;
  cue?: Pair;
  cueText?: string;
  finder: string;
  rule: string;
  confidence: number;
  sentence?: Pair;
  /** Why the quote is flagged: `low` (confidence below LOW_CONFIDENCE), `unattributed` (no speaker). */
  flags: ('low' | 'unattributed')[];
}

/** What a page holds for its script (the JSON in `#whosaid-data`). */
export interface PageData {
  /** 1-based page number, of `pages`. */
  page: number;
  pages: number;
  /** Documents in the whole folder. */
  documents: number;
  /** Quotes below this confidence are flagged. */
  low: number;
  articles: ReviewArticle[];
}

/** An article as the page shows it. */
export interface ReviewArticle {
  /** Position in documents.jsonl (1-based): the article's key, as ids may repeat. */
  n: number;
  id: string;
  title?: string;
  published?: string;
  url?: string;
  status: 'ok' | 'failed';
  error?: string;
  text: string | null;
  quotes: ReviewQuote[];
}

/** Why a quote deserves a second look. */
export function flagsOf(q: Pick<OutputQuote, 'speaker' | 'confidence'>): ReviewQuote['flags'] {
  const flags: ReviewQuote['flags'] = [];
  if (q.confidence < LOW_CONFIDENCE) flags.push('low');
  if (!q.speaker) flags.push('unattributed');
  return flags;
}

const pair = (s: { start: number; end: number }): Pair => [s.start, s.end];

/** The page's view of one document of an output folder. */
export function toReviewArticle({ n, record: r, text }: FolderDocument): ReviewArticle {
  const roles = new Map(r.entities.map((e) => [e.id, e.roles?.map((x) => x.text)]));
  const a: ReviewArticle = { n, id: r.id, status: r.status, text, quotes: [] };
  if (r.title !== undefined) a.title = r.title;
  if (r.published !== undefined) a.published = r.published;
  if (r.url !== undefined) a.url = r.url;
  if (r.error) a.error = r.error.message;
  // Journalists review quotations; a run with --attributions all keeps the other attributions in its files only.
  for (const q of r.quotes) {
    if (q.class !== undefined && !QUOTATION_CLASSES.has(q.class)) continue; // (records written before classes have none)
    const rq: ReviewQuote = { id: q.id, type: q.type, cls: q.class, start: q.start, end: q.end, speaker: null, finder: q.finder, rule: q.rule,
      confidence: q.confidence, flags: flagsOf(q) };
    if (q.segments) rq.seg = q.segments;
    if (text === null) rq.text = q.text;
    if (q.speaker) {
      const s: NonNullable<ReviewQuote['speaker']> = { name: q.speaker.name, kind: q.speaker.kind };
      if (q.speaker.entity) {
        s.entity = q.speaker.entity;
        const rs = roles.get(q.speaker.entity);
        if (rs?.length) s.roles = rs;
      }
      if (q.speaker.mention) { s.mention = pair(q.speaker.mention); s.mentionText = q.speaker.mention.text; }
      rq.speaker = s;
    }
    if (q.cue) { rq.cue = pair(q.cue); rq.cueText = q.cue.text; }
    if (q.evidence) rq.sentence = pair(q.evidence.sentence);
    a.quotes.push(rq);
  }
  return a;
}
