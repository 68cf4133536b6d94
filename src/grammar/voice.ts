/**
 * Voice and polarity of a verb on POS tags: is it negated ("did not say", "never claimed"), is it
 * passive ("was told", "were twice denied", "had been reported"), and does a passive name its agent
 * ("was asked by host Bill Maher")?
 */
import type { Token } from '../types.js';

const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
const PASSIVE_AUX = new Set(['be', 'get']);

/** The auxiliaries, adverbs and negations before verb `i`, nearest first, as token indexes. */
function* before(tokens: readonly Token[], i: number): Generator<number> {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART' && !NEGATIONS.has(t.lower)) return;
    yield k;
  }
}

/** "did not say", "has never claimed", "won't confirm". */
export function isNegated(tokens: readonly Token[], i: number): boolean {
  for (const k of before(tokens, i)) if (NEGATIONS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "was told", "were twice denied", "had been reported", "to be published": a form of be or get, then a participle. */
export function isPassive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower.endsWith('ing') || t.lower === t.lemma) return false;
  for (const k of before(tokens, i)) {
    const a = tokens[k]!;
    // "He's said that …", "She's argued he …": a contracted "'s" before a participle and a clause is "has"
    // ("He's said to be ill" is passive; "Trump's stated goal" no verb at all).
    if (isClitic(a) && perfectClitic(tokens, i)) return false;
    if (a.pos === 'AUX' || a.pos === 'VERB') return PASSIVE_AUX.has(a.lemma);
  }
  return false;
}

/** The contracted "'s" ("he's", "Trump's"), whatever the tagger made of it. */
export const isClitic = (t: Token): boolean => t.text === "'s" || t.text === '’s';

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there']);

/** "'s" then participle i then "that" or a subject pronoun: "has said that", "has argued he". */
export function perfectClitic(tokens: readonly Token[], i: number): boolean {
  const clitic = tokens[i - 1];
  const t = tokens[i]!;
  if (!clitic || !isClitic(clitic) || IMPERSONAL.has(tokens[i - 2]?.lower ?? '') || t.pos !== 'VERB' || t.lower === t.lemma) return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV') k++; // "Trump's said repeatedly that …"
  const n = tokens[k];
  // "He's said that …", "he's said he …", "He's said the plan is dead" ("Trump's stated goal" is a
  // possessive before an adjective).
  return n !== undefined && (CLAUSE_OPENERS.has(n.lower) || n.pos === 'DET');
}
/** "It's implied that …", "That's said …": after these "'s" is "is", a passive. */
const IMPERSONAL: ReadonlySet<string> = new Set(['it', 'that', 'this', 'there', 'what']);

/**
 * A past participle that can be nothing else ("written", "shown", "spoken") with no auxiliary before
 * it: a reduced relative ("a song written about Diallo"), never a verb with a subject of its own.
 */
export function isBareParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/(?:en|wn)$/.test(t.lower) || t.lower === t.lemma || t.lower.endsWith('ven') && t.lemma.endsWith('ve')) return false;
  for (const k of before(tokens, i)) if (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'VERB') return false;
  return true;
}

/** A passive with its agent: "was asked by host Bill Maher". */
export const hasAgent = (tokens: readonly Token[], end: number): boolean => tokens[end]?.lower === 'by';
