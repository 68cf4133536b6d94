/**
 * What a cue takes as its content when the content follows it: a that-clause, a colon, a wh-clause
 * ("asked whether …"), the object of its preposition ("called for …"), a bare clause ("say Chávez
 * acted …"), an infinitive ("vowed to …") or a noun phrase ("criticized the plan"). Hearers ("told
 * reporters") and adjuncts ("in a statement") are skipped. Whether a verb with that kind of
 * complement reports anything is the caller's question (learned per lemma and kind).
 */
import { DASH } from '../lexicon/punctuation.js';
import { CUE_LEMMAS, HEARER_VERBS } from '../lexicon/reporting-verbs.js';
import type { Token } from '../types.js';
import { NP_POS, isFiniteVerb, isVerb } from './phrases.js';
import { determinerThat, isClause, skipAdjuncts, verbAfterInsert } from './clauses.js';
import { RELATIVE_PRONOUNS } from '../lexicon/function-words.js';

/** What complementAfter needs of a cue: where it ends, its lemma, its preposition, whether it labels. */
export interface CueWord {
  end: number;
  lemma: string;
  /** The preposition that is part of the cue ("for" in "call for"); content follows it. */
  prep?: string;
  cls: string;
}

export type ComplementKind = 'that' | 'colon' | 'wh' | 'prep' | 'clause' | 'to' | 'np';

const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);
const ANSWERS = new Set(['so', 'yes', 'no', 'nothing', 'little', 'much', 'otherwise']);

export function complementAfter(tokens: Token[], cue: CueWord, end: number): { start: number; kind: ComplementKind } | undefined {
  let k = cue.end;
  // "pointed out that one shooting may …": a that-clause after the particle.
  if (cue.prep && tokens[k]?.lower === 'that' && !isFiniteVerb(tokens, k + 1) && !determinerThat(tokens, k) && isClause(tokens, k + 1, end)) return { start: k + 1, kind: 'that' };
  if (cue.prep) return k < end && tokens[k]!.text !== '.' ? { start: k, kind: 'prep' } : undefined;
  const hearer = k;
  if (HEARER_VERBS.has(cue.lemma) && tokens[k]?.lower !== 'that') k = hearerEnd(tokens, k, end);
  k = skipAdjuncts(tokens, k, end);
  // "said — on Twitter, as it happens — that …": an aside between dashes is skipped.
  if (DASH.has(tokens[k]?.text ?? '')) {
    let close = k + 1;
    while (close < end && close - k <= 12 && !DASH.has(tokens[close]!.text)) close++;
    if (close < end && close - k <= 12) k = skipAdjuncts(tokens, close + 1, end);
  }
  const t = tokens[k];
  if (!t || k >= end) return undefined;
  // "that" opens the content unless it is a demonstrative subject ("said that was wrong").
  if (((t.lower === 'that' && !isFiniteVerb(tokens, k + 1)) || t.text === ':') && k + 1 < end) return { start: k + 1, kind: t.text === ':' ? 'colon' : 'that' };
  if (WH.has(t.lower) && k + 1 < end) return { start: k, kind: 'wh' };
  // "urged supporters to monitor the polls": the hearer is who is to act, part of what was urged.
  if (t.lower === 'to' && isVerb(tokens[k + 1])) return { start: k > hearer && tokens[hearer]!.pos !== 'PRON' ? hearer : k, kind: 'to' };
  // "said Thursday during a town hall in Buffalo, New York, that …": a distant "that" with no verb before it.
  // "cautioned, as did the campaign itself, that …": a comparative insert is skipped whole.
  for (let j = k; j < end && j - k < 20 && !isFiniteVerb(tokens, j); j++) {
    if (tokens[j]!.text === ',' && tokens[j + 1]?.lower === 'as') {
      let close = j + 2;
      while (close < end && close - j <= 10 && tokens[close]!.text !== ',') close++;
      if (tokens[close]?.text === ',' && close - j <= 10) { j = close; continue; }
    }
    if ((tokens[j]!.lower === 'that' && !isFiniteVerb(tokens, j + 1)) && j + 1 < end) return { start: j + 1, kind: 'that' };
    if (tokens[j]!.text === ';' || tokens[j]!.text === '“') break;
    // "Sanders, celebrating a victory, said that …": a that-clause after another verb of saying is that verb's.
    if (j > k && tokens[j]!.pos === 'VERB' && CUE_LEMMAS.get(tokens[j]!.lemma) === 'speech') break;
  }
  // "Kasich tells the crowd, he's been known …"
  // Only verbs of saying: "As improbable as it may seem, Mr. Clarke said …" is no content of "seem".
  // "Those discussions are continuing, he said.": the clause after the comma is a cue of its own.
  if (t.text === ',' && CUE_LEMMAS.get(cue.lemma) === 'speech' && isClause(tokens, k + 1, end) && !bareCue(tokens, k + 1, end)) return { start: k + 1, kind: 'clause' };
  // A long subject ("the only way to stop Trump from becoming the nominee may be …"): a verb of saying reaches further.
  const reach = CUE_LEMMAS.get(cue.lemma) === 'speech' ? 25 : 15;
  if (cue.cls !== 'label' && isClause(tokens, k, end, reach) && !relativeBeforeVerb(tokens, k, end)) return { start: k, kind: 'clause' };
  // "says despite being a Stanford alumna, she plans to …", "said although X, Y": a subordinate clause
  // or phrase opening the content, then its main clause after a comma.
  if (CONTENT_OPENERS.has(t.lower) && openerThenClause(tokens, k, end)) return { start: k, kind: 'clause' };
  if (ANSWERS.has(t.lower)) return { start: k, kind: 'np' };
  if ((NP_POS.has(t.pos) || t.pos === 'X') && t.pos !== 'PART') return { start: k, kind: 'np' };
  return undefined;
}

/** Words that open a subordinate clause or phrase at the start of reported content. */
const CONTENT_OPENERS = new Set(['despite', 'although', 'though', 'while', 'because', 'once', 'unless', 'since', 'whereas', 'given']);

/** A comma within a few words of k, then a clause: the content's main clause after its opener. */
function openerThenClause(tokens: Token[], k: number, end: number): boolean {
  for (let j = k + 2; j < end && j - k <= 15; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.' || t.text === ':') return false;
    if (t.text === ',') return isClause(tokens, j + 1, end) && !RELATIVE_PRONOUNS.has(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

/**
 * "read an article …, which attacked defectors", "conceded a penalty which the referee awarded": a
 * relative word before the first finite verb makes the words an object with its relative clause,
 * not a content clause.
 */
function relativeBeforeVerb(tokens: Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j - k <= 15; j++) {
    if (isFiniteVerb(tokens, j)) return false;
    // "said the talks, which started a decade ago, remained …": a relative clause inside the subject.
    if (RELATIVE_PRONOUNS.has(tokens[j]!.lower)) return !(tokens[j - 1]!.text === ',' && verbAfterInsert(tokens, j - 1, end)) && !auxAfterRelative(tokens, j, end);
  }
  return false;
}

/**
 * "said parents who adopt would not be eligible": after the relative clause's own verb, an auxiliary
 * with no subject of its own before it is the verb of the subject the relative clause belongs to.
 */
function auxAfterRelative(tokens: Token[], j: number, end: number): boolean {
  // The relative clause is a verb and at most two more words ("who adopt", "who live there"): a
  // longer one may hold a clause of its own ("who say Russian services have …").
  const verb = tokens[j + 1];
  if (!verb || verb.pos !== 'VERB' || CUE_LEMMAS.has(verb.lemma)) return false;
  for (let k = j + 2; k < end && k - j <= 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return true;
    if (t.text === ',' || t.pos === 'VERB' || SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'that' || RELATIVE_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}

/** Is the stretch at k only a short subject and a verb of saying ("he said", "the mayor added")? */
function bareCue(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j - k <= 5; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return CUE_LEMMAS.get(t.lemma) === 'speech' && (j + 1 >= end || /^[.,!?;]$/.test(tokens[j + 1]!.text));
    if (!NP_POS.has(t.pos) && t.pos !== 'ADV') return false;
  }
  return false;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const NAME_POS = new Set(['PROPN', 'DET']);

/**
 * Where the hearer after "told" ends: "told him", "told The Post and Courier newspaper of Charleston",
 * "told the National Post he's …" (the content's subject pronoun is not the hearer's).
 */
function hearerEnd(tokens: Token[], k: number, end: number): number {
  const first = tokens[k];
  if (first && OBJECT_PRONOUNS.has(first.lower) && !NP_POS.has(tokens[k + 1]?.pos ?? '')) return k + 1;
  let j = k;
  while (j < end && j - k < 12) {
    const t = tokens[j]!;
    // "told reporters the plan would fail": a determiner after a noun opens the content's subject.
    if (t.lower === 'that' || t.lower === 'to' || (j > k && (SUBJECT_PRONOUNS.has(t.lower) || (t.pos === 'DET' && tokens[j - 1]!.pos === 'NOUN')))) break;
    // "told CBC News the department will …": after a name too, when a clause starts there.
    if (j > k && t.pos === 'DET' && tokens[j - 1]!.pos === 'PROPN' && isClause(tokens, j, end)) {
      // "told Face the Nation the deal was …": a name may hold a determiner; the content starts at the
      // last determiner after a name or noun before the content's verb.
      for (let m = j + 1; m < end && m - j < 8 && !isFiniteVerb(tokens, m); m++) {
        if (tokens[m]!.pos === 'DET' && (tokens[m - 1]!.pos === 'PROPN' || tokens[m - 1]!.pos === 'NOUN')) j = m;
      }
      break;
    }
    // A capitalized word is part of a name whatever its tag ("newspaper of Charleston").
    if (NP_POS.has(t.pos) || (j > k && t.kind === 'word' && /^\p{Lu}/u.test(t.text))) { j++; continue; }
    if ((t.lower === 'of' || t.lower === 'and') && j > k && (NAME_POS.has(tokens[j + 1]?.pos ?? '') || /^\p{Lu}/u.test(tokens[j + 1]?.text ?? ''))) { j++; continue; }
    // "The Star-Ledger": a hyphen glued to the words on both sides is inside the name.
    if (t.text === '-' && j > k && !t.spaceBefore && tokens[j + 1] !== undefined && !tokens[j + 1]!.spaceBefore) { j++; continue; }
    break;
  }
  return j;
}
