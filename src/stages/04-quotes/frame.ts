/**
 * How a quote hangs on its cue (the frame stage 5 reads to find the speaker): the subject before
 * the cue, the phrase after it, or — for a participle or a second verb — the clause's subject.
 */
import { CLOSING_MARKS, DASH } from '../../lexicon/punctuation.js';
import { isFiniteVerb } from '../../grammar/phrases.js';
import type { Token } from '../../types.js';

const DASHES = new Set([...DASH, '-']);
const BY_GERUND = new Set(['by', 'after', 'while', 'before', 'when', 'in', 'without', 'through', 'since', 'despite', 'upon']);

/**
 * "…, insisting that" / "… and added that": the cue's subject is the clause's subject. A cue after
 * "and" is a second verb only when a finite verb came before it ("he and Brafman said" is not).
 */
export function participle(tokens: Token[], c: { first: number }, sentenceFirst: number): boolean {
  let p = c.first - 1;
  while (p >= sentenceFirst && tokens[p]!.pos === 'ADV' && !BY_GERUND.has(tokens[p]!.lower)) p--;
  const prev = tokens[p];
  const ing = tokens[c.first]!.lower.endsWith('ing');
  // "Asked about X, Christie said …" / "Addressing the gala, Trump …": a participle opening the sentence.
  if (!prev || p < sentenceFirst) return ing || /ed$/.test(tokens[c.first]!.lower);
  if (prev.lower === 'and' || prev.lower === 'but') {
    for (let j = sentenceFirst; j < p; j++) if (isFiniteVerb(tokens, j)) return true;
    return false;
  }
  if (ing && (prev.text === ',' || DASHES.has(prev.text) || BY_GERUND.has(prev.lower))) return true; // "…, saying", "by calling him out"
  // "Trump avoids condemning …", "decided against recommending …": the gerund shares the verb's subject.
  if (ing && ((isFiniteVerb(tokens, p) && prev.pos === 'VERB') || (prev.lower === 'against' && isFiniteVerb(tokens, p - 1)))) return true;
  if (BY_GERUND.has(prev.lower) && tokens[c.first]!.lower.endsWith('ed')) return true; // "when asked if …"
  return ing && CLOSING_MARKS.has(prev.text) && tokens[p - 1]?.text === ',';
}
