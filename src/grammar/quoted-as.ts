/**
 * "Reuters quoted the minister as saying …", "He was quoted as saying …": a verb that passes on
 * another's words, then "as" and a verb of saying in -ing (or "having" + participle) that reports
 * them. The quoting verb is no cue of its own (its object is the speaker, not its content), and the
 * verb after "as" is the cue, whose speaker is that object — or, in the passive, the subject.
 */
import { QUOTING_VERBS, isSayingLemma } from '../lexicon/cue-classes.js';
import type { Token } from '../types.js';
import { type Phrase, phraseEndingAt, subjectBefore } from './phrases.js';
import { isPassive } from './voice.js';

/** The most words between the quoting verb and "as" ("quoted a senior official in the ministry as saying"). */
const MAX_OBJECT = 10;

/**
 * A word of an object ("a senior official in the ministry", "the 45-year-old", "two people briefed on
 * the plans") or an agent ("by the paper"): no finite verb, clause punctuation or quotation mark; a
 * hyphen inside a word and a participle after a noun or a determiner are part of it.
 */
function inPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === '-') return !t.spaceBefore && tokens[k + 1] !== undefined && !tokens[k + 1]!.spaceBefore;
  if (t.pos === 'VERB') {
    const prev = tokens[k - 1];
    return t.lower !== t.lemma && /(?:ed|en)$/.test(t.lower) && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'DET' || prev.pos === 'PROPN' || (prev.text === '-' && !t.spaceBefore));
  }
  return t.pos !== 'AUX' && t.pos !== 'PUNCT' && t.kind !== 'punctuation';
}

/** "Dr. Fauci, quoted as saying", "officials cited as saying": a past participle right after its noun or a comma. */
const reducedRelative = (tokens: readonly Token[], i: number) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return t.lower !== t.lemma && t.lower.endsWith('ed') && prev !== undefined && (prev.text === ',' || prev.pos === 'NOUN' || prev.pos === 'PROPN');
};

/** The verb of saying right after "as" at `as` ("as saying", "as having said"), or -1. */
function sayingAfterAs(tokens: readonly Token[], as: number): number {
  const having = tokens[as + 1]?.lower === 'having';
  const k = having ? as + 2 : as + 1;
  const v = tokens[k];
  if (!v || v.pos !== 'VERB' || !isSayingLemma(v.lemma) || (!having && !v.lower.endsWith('ing'))) return -1;
  return k;
}

/**
 * If token `i` is a quoting verb followed, past its object (active) or its agent if any (passive: "was
 * quoted by the paper as saying"), by "as" and a verb of saying, the index of that verb (the cue); else -1.
 */
export function cueAfterQuoting(tokens: readonly Token[], i: number): number {
  if (!QUOTING_VERBS.has(tokens[i]!.lemma)) return -1;
  for (let k = i + 1; k < tokens.length && k - i - 1 <= MAX_OBJECT; k++) {
    const t = tokens[k]!;
    if (t.lower === 'as') return k > i + 1 || isPassive(tokens, i) || reducedRelative(tokens, i) ? sayingAfterAs(tokens, k) : -1;
    if (!inPhrase(tokens, k)) return -1;
  }
  return -1;
}

/** Where "as" would stand before the cue at `cue`: right before it, or before "having" ("as having said"). */
const asBefore = (tokens: readonly Token[], cue: number): number => (tokens[cue - 1]?.lower === 'having' ? cue - 2 : cue - 1);

/** The quoting verb before the cue at `cue` ("quoted X as saying", "was quoted as having said"), or -1. */
export function quotingVerbBefore(tokens: readonly Token[], cue: number, limit: number): number {
  const as = asBefore(tokens, cue);
  if (tokens[as]?.lower !== 'as' || sayingAfterAs(tokens, as) !== cue) return -1;
  for (let k = as - 1; k >= limit && as - k <= MAX_OBJECT + 1; k--) {
    const t = tokens[k]!;
    if (QUOTING_VERBS.has(t.lemma) && t.pos === 'VERB') return k;
    if (!inPhrase(tokens, k)) return -1;
  }
  return -1;
}

/**
 * The speaker of the cue at `cue` after "quoted X as" (X), "X was quoted (by Y) as" (X) or "X, quoted
 * by Y as" (X, the phrase the participle modifies); undefined when the cue follows no quoting verb.
 */
export function quotedAsSpeaker(tokens: readonly Token[], cue: number, limit: number): Phrase | undefined {
  const k = quotingVerbBefore(tokens, cue, limit);
  if (k < 0) return undefined;
  const as = asBefore(tokens, cue);
  if (isPassive(tokens, k)) return subjectBefore(tokens, k, limit);
  // "The ministry, cited by Interfax as saying …", "Officials quoted in the article as saying …": a
  // participle after its noun, with an agent or a place rather than an object.
  if (k + 1 === as || tokens[k + 1]!.pos === 'ADP') {
    const end = tokens[k - 1]?.text === ',' ? k - 1 : k;
    return end > limit ? phraseEndingAt(tokens, end, limit) : undefined;
  }
  return { first: k + 1, end: as };
}
