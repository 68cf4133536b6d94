/**
 * The speaker phrase at a cue, found on POS tags: the noun phrase before the cue ("Mexico’s
 * president again stated"), skipping adverbs, auxiliaries and an appositive or relative clause
 * ("Hugh Hill, a doctor, said"; "Chávez, who is on trial, said"), or the one after an inverted cue
 * ("said de Zela", "according to the ministry"). For a participle cue ("…, insisting that") it is
 * the subject of the sentence's first finite verb.
 */
import type { Document, QuoteFrame, Token } from '../../types.js';
import { isFinite } from '../04-quotes/clauses.js';

export interface Phrase {
  first: number;
  end: number;
}

const NP = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM', 'PART', 'X']);
const SKIP = new Set(['ADV', 'AUX', 'PART']);
const RELATIVE = new Set(['who', 'which', 'that']);
const APPOSITIVE_START = new Set(['who', 'which', 'a', 'an', 'the', 'whose', 'himself', 'herself', 'its', 'his', 'her', 'their']);

const npToken = (t: Token) => NP.has(t.pos) && !RELATIVE.has(t.lower) || t.text === '-' || t.lower === 'of' || t.text === '&';

/** Leftward noun phrase ending at `end - 1` (inclusive), within [limit, end). */
function phraseEndingAt(tokens: Token[], end: number, limit: number): Phrase | undefined {
  let a = end;
  while (a - 1 >= limit && end - a < 10 && npToken(tokens[a - 1]!)) a--;
  while (a < end && (tokens[a]!.lower === 'of' || tokens[a]!.text === '-' || tokens[a]!.pos === 'PART')) a++;
  // A pronoun is a phrase by itself: "that he" → "he".
  if (end - a > 1 && tokens[end - 1]!.pos === 'PRON' && tokens[end - 2]!.pos !== 'PRON') a = end - 1;
  return a < end ? { first: a, end } : undefined;
}

/** The subject phrase before token `cue`, not crossing `limit`. */
export function subjectBefore(tokens: Token[], cue: number, limit: number): Phrase | undefined {
  let k = cue - 1;
  while (k >= limit && (SKIP.has(tokens[k]!.pos) && tokens[k]!.lower !== "'s" && tokens[k]!.lower !== '’s')) k--;
  if (k < limit) return undefined;
  const t = tokens[k]!;
  if (RELATIVE.has(t.lower) && t.pos === 'PRON') return { first: k, end: k + 1 }; // "…, who said": the mention is "who"
  if (t.text === ',') {
    // Skip one appositive or relative clause between commas.
    for (let p = k - 1; p > limit && k - p < 25; p--) {
      if (tokens[p]!.text !== ',') continue;
      const opener = tokens[p + 1]!;
      if (APPOSITIVE_START.has(opener.lower) || opener.pos === 'NUM' || opener.pos === 'DET') return phraseEndingAt(tokens, p, limit);
      return undefined;
    }
    return undefined;
  }
  return phraseEndingAt(tokens, k + 1, limit);
}

/** The phrase right after an inverted cue: "said de Zela", "according to Mexico’s foreign ministry". */
export function phraseAfter(tokens: Token[], from: number, limit: number): Phrase | undefined {
  let k = from;
  while (k < limit && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  let b = k;
  while (b < limit && b - k < 10 && npToken(tokens[b]!) && !(b > k && tokens[b]!.lower === 'of' && tokens[b + 1]?.pos === 'VERB')) b++;
  while (b > k && tokens[b - 1]!.lower === 'of') b--;
  return b > k ? { first: k, end: b } : undefined;
}

/** Speaker phrase for a quote's frame, or undefined when the frame has none. */
export function speakerPhrase(doc: Document, frame: QuoteFrame, inQuote: Uint8Array): Phrase | undefined {
  const { tokens } = doc;
  if (frame.side === 'before') return subjectBefore(tokens, frame.cueFirst, frame.limitFirst);
  if (frame.side === 'after') return phraseAfter(tokens, frame.cueEnd, Math.max(frame.limitEnd, frame.cueEnd + 1));
  if (frame.side === 'participle') {
    const s = doc.sentences[tokens[frame.cueFirst]!.sentence]!;
    for (let j = s.firstToken; j < frame.cueFirst; j++) {
      if (inQuote[j] || !isFinite(tokens, j)) continue;
      const p = subjectBefore(tokens, j, s.firstToken);
      if (p) return p;
    }
  }
  return undefined;
}
