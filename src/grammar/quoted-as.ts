/**
 * "Reuters quoted the minister as saying …", "He was quoted as saying …": a verb that passes on
 * another's words, then "as" and the -ing cue that reports them. The quoting verb is no cue of its
 * own (its object is the speaker, not its content), and the -ing cue's speaker is that object — or,
 * in the passive, the subject.
 */
import { QUOTING_VERBS } from '../lexicon/cue-classes.js';
import type { Token } from '../types.js';
import { type Phrase, subjectBefore } from './phrases.js';
import { isPassive } from './voice.js';

/** The most words between the quoting verb and "as" ("quoted a senior official in the ministry as saying"). */
const MAX_OBJECT = 10;

/** No verb, clause punctuation or quotation mark: an object ("a senior official in the ministry") or an agent ("by the paper"). */
const inPhrase = (t: Token) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PUNCT' && t.kind !== 'punctuation';

/**
 * Is token `i` a quoting verb followed, past its object (active) or its agent if any (passive: "was
 * quoted by the paper as saying"), by "as" and an -ing verb?
 */
export function quotesAs(tokens: readonly Token[], i: number): boolean {
  if (!QUOTING_VERBS.has(tokens[i]!.lemma)) return false;
  for (let k = i + 1; k < tokens.length && k - i - 1 <= MAX_OBJECT; k++) {
    const t = tokens[k]!;
    if (t.lower === 'as') {
      const verb = tokens[k + 1];
      return verb !== undefined && verb.pos === 'VERB' && verb.lower.endsWith('ing') && (k > i + 1 || isPassive(tokens, i));
    }
    if (!inPhrase(t)) return false;
  }
  return false;
}

/** The speaker of an -ing cue at `cue` that follows "quoted X as" (X) or "X was quoted as" (X); undefined otherwise. */
export function quotedAsSpeaker(tokens: readonly Token[], cue: number, limit: number): Phrase | undefined {
  const as = cue - 1;
  if (tokens[as]?.lower !== 'as' || !tokens[cue]!.lower.endsWith('ing')) return undefined;
  for (let k = as - 1; k >= limit && as - k <= MAX_OBJECT + 1; k--) {
    const t = tokens[k]!;
    if (QUOTING_VERBS.has(t.lemma) && t.pos === 'VERB') {
      if (isPassive(tokens, k)) return subjectBefore(tokens, k, limit);
      return k + 1 < as ? { first: k + 1, end: as } : undefined;
    }
    if (!inPhrase(t)) return undefined;
  }
  return undefined;
}
