/**
 * Finding a claimed quotation in a whosaid database and saying whether the claimed speaker is the
 * one the articles attribute it to. Candidates come from the full-text index (any of the claim's
 * words, best bm25 first), then each is scored by similarity (match/similarity.ts), so a quote is
 * found though cut short or reworded a little.
 */
import type { SqliteDatabase } from '../db/sqlite.js';
import { QUOTATION_CLASSES } from '../../lexicon/cue-classes.js';
import { sameName } from '../match/names.js';
import { similarity, words } from '../match/similarity.js';

/** A quote at least this similar to the claim counts as found. */
export const FOUND = 0.75;
/** Matches this close to the best one also decide the verdict (the same quote in several articles). */
const TIE = 0.05;
/** Candidates taken from the full-text index before scoring. */
const CANDIDATES = 300;

/** Words too common to look a quote up by (kept when the claim has nothing else). */
const COMMON = new Set('a an and are as at be but by for from had has have he her his i in is it its of on or our s she that the their they this to was we were will with you'.split(' '));

/** The fewest letters and digits a claim must hold (with two words, one of them not common). */
const MIN_CLAIM_LETTERS = 8;

/**
 * Why a claim is too short to look up, or undefined. A quote is found when a window of it is like the
 * claim, so a claim of one word, or of common words only ("AND", "of the"), is found in almost every
 * quote at similarity 1: such a result means nothing.
 */
export function claimTooShort(claim: string): string | undefined {
  const ws = words(claim);
  const letters = ws.reduce((n, w) => n + w.length, 0);
  if (ws.length >= 2 && ws.some((w) => !COMMON.has(w)) && letters >= MIN_CLAIM_LETTERS) return undefined;
  return `the quotation ${JSON.stringify(claim)} is too short to look up: give at least two words, one of them not a common word like "the" or "and", and ${MIN_CLAIM_LETTERS} letters or more`;
}

/** One place the claim occurs. */
export interface Match {
  /** Position of the document in documents.jsonl. */
  doc: number;
  docId: string;
  title: string | null;
  quoteId: string;
  start: number;
  end: number;
  text: string;
  speaker: { name: string; kind: string; entity: string | null } | null;
  rule: string;
  confidence: number;
  sentence: string | null;
  /** Similarity to the claim (0…1). */
  score: number;
  /** Whether the speaker here is the claimed one (only when a speaker was claimed). */
  speakerMatches?: boolean;
}

/** What `whosaid check` concludes. */
export type Verdict = 'found' | 'match' | 'other-speaker' | 'unattributed' | 'not-found';

export interface CheckResult {
  claim: string;
  speaker?: string;
  verdict: Verdict;
  /** 0: found (and said by the claimed speaker); 1: found, said by someone else or no one; 3: not found. */
  exitCode: 0 | 1 | 3;
  /** Every quote found, best first (at most `limit`). */
  matches: Match[];
}

interface Row {
  doc: number; doc_id: string; title: string | null; quote_id: string; start: number; end: number; text: string;
  speaker: string | null; speaker_kind: string | null; speaker_entity: string | null; rule: string; confidence: number; sentence: string | null;
}

/** The full-text query for a claim: any of its words (common ones only when there is nothing else). */
export function ftsQuery(claim: string): string | undefined {
  const all = [...new Set(words(claim))];
  const rare = all.filter((w) => !COMMON.has(w));
  const use = rare.length ? rare : all;
  return use.length ? use.map((w) => `"${w}"`).join(' OR ') : undefined;
}

/** Only quotations are checked: a database built with --attributions all holds beliefs and findings too. */
const QUOTATION_SQL = [...QUOTATION_CLASSES].map((c) => `'${c}'`).join(', ');

/** Quotes in `db` similar to `claim`, best first. */
export function findQuote(db: SqliteDatabase, claim: string, limit = 10): Match[] {
  const query = ftsQuery(claim);
  if (!query) return [];
  const rows = db.prepare(`SELECT q.doc, d.id AS doc_id, d.title, q.quote_id, q.start, q.end, q.text, q.speaker, q.speaker_kind,
      q.speaker_entity, q.rule, q.confidence, q.sentence
    FROM quotes_fts JOIN quotes q ON q.quote = quotes_fts.rowid JOIN documents d ON d.doc = q.doc
    WHERE quotes_fts MATCH ? AND q.class IN (${QUOTATION_SQL}) ORDER BY rank LIMIT ${CANDIDATES}`).all(query) as Row[];
  return rows
    .map((r): Match => ({
      doc: r.doc, docId: r.doc_id, title: r.title, quoteId: r.quote_id, start: r.start, end: r.end, text: r.text,
      speaker: r.speaker === null ? null : { name: r.speaker, kind: r.speaker_kind ?? 'unnamed', entity: r.speaker_entity },
      rule: r.rule, confidence: r.confidence, sentence: r.sentence, score: Math.round(similarity(claim, r.text) * 1000) / 1000,
    }))
    .filter((m) => m.score >= FOUND)
    .sort((a, b) => b.score - a.score || a.doc - b.doc || a.start - b.start)
    .slice(0, limit);
}

/** Search `db` for `claim` and judge the claimed `speaker` against the best matches. */
export function checkQuote(db: SqliteDatabase, claim: string, speaker?: string, limit = 10): CheckResult {
  const matches = findQuote(db, claim, limit);
  const base = { claim, ...(speaker !== undefined ? { speaker } : {}), matches };
  if (!matches.length) return { ...base, verdict: 'not-found', exitCode: 3 };
  if (speaker === undefined) return { ...base, verdict: 'found', exitCode: 0 };
  for (const m of matches) m.speakerMatches = m.speaker !== null && sameName(speaker, m.speaker.name);
  const decisive = matches.filter((m) => m.score >= matches[0]!.score - TIE);
  if (decisive.some((m) => m.speakerMatches)) return { ...base, verdict: 'match', exitCode: 0 };
  return { ...base, verdict: decisive.some((m) => m.speaker) ? 'other-speaker' : 'unattributed', exitCode: 1 };
}
