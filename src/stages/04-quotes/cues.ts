/**
 * Cue words: verbs that introduce reported content, by lemma (any inflection), with the probability
 * that they do (listed reporting verbs, plus counts learned from annotated news); "according to";
 * a verb with its preposition when that pair is the cue ("call for", "talk about", "point to").
 * A verb inside a quotation is the quoted speaker's own word, an infinitive ("to declare") reports
 * nothing yet, and a verb glued into a compound ("so-called") is no cue.
 */
import { CUE_LEMMAS, CUE_THRESHOLD, type CueClass, cueProbability } from '../../lexicon/reporting-verbs.js';
import { cueClass, surelyQuotes } from '../../lexicon/cue-classes.js';
import { OPENING_MARKS } from '../../lexicon/punctuation.js';
import { NP_WORD, isClause } from '../../grammar/clauses.js';
import { cueAfterQuoting } from '../../grammar/quoted-as.js';
import { hasAgent, isBareParticiple, isClitic, isPassive, perfectClitic } from '../../grammar/voice.js';
import type { Document, Token } from '../../types.js';

export interface Cue {
  first: number;
  end: number;
  lemma: string;
  cls: CueClass;
  /** Probability that this cue introduces reported content. */
  p: number;
  /** The preposition that is part of the cue ("for" in "call for"); content follows it. */
  prep?: string;
}

const PREPS = new Set(['about', 'for', 'on', 'to', 'of', 'against', 'with', 'at', 'as', 'into', 'over', 'by', 'out', 'up']);
/** A verb + preposition pair is the cue when it reports at least half as often as the verb alone (fit on PolNeAR train). */
const PAIR_RATIO = 0.5;
const NOUN_FORMS = new Set(['says', 'claims', 'tells', 'warns', 'argues', 'insists', 'writes', 'notes', 'adds']);

/** cueProbability of "lemma preposition", by lemma then preposition: no key string built per verb (a hot path). */
const pairs = new Map<string, Map<string, number | null>>();
function pairProbability(lemma: string, prep: string): number | undefined {
  let byPrep = pairs.get(lemma);
  if (!byPrep) {
    // Bounded like the lemma cache: a corpus with an endless vocabulary must not grow it for ever.
    if (pairs.size >= 50_000) pairs.clear();
    pairs.set(lemma, (byPrep = new Map()));
  }
  const known = byPrep.get(prep);
  if (known !== undefined) return known ?? undefined;
  const p = cueProbability(`${lemma} ${prep}`);
  byPrep.set(prep, p ?? null);
  return p;
}

function verbCue(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && (NOUN_FORMS.has(t.lower) || verbAfterSubject(tokens, i) || sayAfterCount(tokens, i)))) return undefined;
  // What the words alone report, worked out first: most verbs report nothing, alone or with the
  // preposition after them, and need none of the tests of form below (a hot path).
  const cue = lexicalCue(tokens, i);
  if (!cue) return undefined;
  if (prev?.lower === 'to' || (prev?.text === '-' && !t.spaceBefore) || namingParticiple(tokens, i) || isBareParticiple(tokens, i)) return undefined;
  if (nominalUse(tokens, i)) return undefined;
  // "Reuters quoted the minister as saying …": the -ing verb after "as" is the cue, the object its speaker.
  if (cueAfterQuoting(tokens, i) >= 0) return undefined;
  // "she was told to disconnect", "were twice denied visas": the subject of a passive is no speaker,
  // and without "by" nobody is named. Beliefs and findings stay ("is expected to win"): attributions
  // without a source.
  if (isPassive(tokens, i) && !hasAgent(tokens, i + 1) && (cueClass(t.lemma) === 'speech' || cueClass(t.lemma) === 'writing' || cueClass(t.lemma) === 'stance')) return undefined;
  return cue;
}

/** The cue the verb at i and the word after it make by their lemmas alone ("put it", a reporting pair, the verb), before any test of form. */
function lexicalCue(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i]!;
  const p = cueProbability(t.lemma) ?? 0;
  const next = tokens[i + 1];
  // "as the memo put it": the idiom reports; "put" alone rarely does.
  if (t.lemma === 'put' && next?.lower === 'it' && asPutIt(tokens, i)) {
    return { first: i, end: i + 2, lemma: 'put it', cls: 'speech', p: cueProbability('put it') ?? 0 };
  }
  // "continues to shape": "to" before a verb marks an infinitive, not the pair's preposition.
  if (next && PREPS.has(next.lower) && !(next.lower === 'to' && tokens[i + 2]?.pos === 'VERB')) {
    const pp = pairProbability(t.lemma, next.lower);
    // "referring to", "pointed to": a pair that reports at least half as often as the verb is the cue.
    if (pp !== undefined && pp > p * PAIR_RATIO && pp >= CUE_THRESHOLD) return { first: i, end: i + 2, lemma: t.lemma, cls: CUE_LEMMAS.get(t.lemma) ?? 'speech', p: pp, prep: next.lower };
  }
  return p >= CUE_THRESHOLD ? { first: i, end: i + 1, lemma: t.lemma, cls: CUE_LEMMAS.get(t.lemma) ?? 'speech', p } : undefined;
}

/**
 * "as" before "put it" makes the idiom: within a few words ("as the memo put it"), or further back in
 * the sentence when the idiom closes a clause ("As Tom Ridge, a former secretary of homeland
 * security, put it: “…”").
 */
function asPutIt(tokens: Token[], i: number): boolean {
  const after = tokens[i + 2];
  const reach = after && (PUNCT_AFTER_IDIOM.has(after.text) || OPENING_MARKS.has(after.text)) ? 30 : 8;
  for (let k = i - 1; k >= 0 && i - k <= reach && tokens[k]!.sentence === tokens[i]!.sentence; k--) if (tokens[k]!.lower === 'as') return true;
  return false;
}
const PUNCT_AFTER_IDIOM: ReadonlySet<string> = new Set([',', ':', '.', ';', '—', '–']);

/** "Six in 10 say he is decisive", "most Democrats say": "say" after a number or a noun, read as a noun by the tagger ("a say", "the final say" are nouns). */
function sayAfterCount(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i]!.lower === 'say' && prev !== undefined && (prev.pos === 'NUM' || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON');
}

/** Prepositions after which an -ing form is still its clause's verb ("by saying", "after arguing that …"). */
const PARTICIPLE_PREPS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'in', 'while', 'without', 'upon', 'when', 'since', 'on', 'from', 'as', 'despite', 'besides']);

/**
 * A verb of saying used as a noun or an adjective reports nothing: "the vote for admitting Poland",
 * "under questioning from the committee", "updated with comment from Clinton", "the alliance's
 * recommended 2 percent", "a campaign theme of questioning trade deals"; nor does an instruction to the
 * reader ("please read", "You can call it whatever you want").
 */
function nominalUse(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.lower === 'please' || (prev.pos === 'AUX' && tokens[i - 2]?.lower === 'you')) return true;
  if (isClitic(prev) && !perfectClitic(tokens, i)) return true;
  const gerundOrNoun = t.pos === 'NOUN' || t.lower.endsWith('ing');
  if (!gerundOrNoun || (prev.pos !== 'ADP' && prev.pos !== 'SCONJ') || PARTICIPLE_PREPS.has(prev.lower)) return false;
  // "criticized for saying the plan was racist", "accused of telling reporters the company lied": a
  // gerund with a clause after it still reports ("the vote for admitting Poland" has none).
  // Only a verb of saying: "a book debating the Donald, …", "called for releasing the videos, …" name acts.
  const next = tokens[i + 1];
  const saying = t.pos === 'VERB' && surelyQuotes(t.lemma);
  return !(saying && next !== undefined && (next.lower === 'that' || isClause(tokens, i + 1, Math.min(tokens.length, i + 20))));
}

/** Verbs that name: "a group called the Sea Org", "a user labelled “Anonymous”". */
const NAMING = new Set(['call', 'name', 'label', 'dub', 'title', 'entitle', 'nickname', 'term', 'brand']);

/**
 * A naming participle after a noun: "the elite group called the Sea Org", "a screen print called
 * “Cowboys and Indians” from 1987" — a name follows, then no second noun phrase. "The senator
 * called the bill a disgrace" and "Trump called Clinton a liar" label someone: a second phrase follows.
 */
function namingParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!NAMING.has(t.lemma) || t.lower === t.lemma || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  let k = i + 1;
  if (OPENING_MARKS.has(tokens[k]?.text ?? '')) {
    while (k < tokens.length && k - i < 12 && tokens[k]!.sentence === t.sentence && !/^[”"’»]$/.test(tokens[k + 1]?.text ?? '')) k++;
    k += 2;
  } else {
    if (tokens[k]?.lower === 'the') k++;
    if (!/^\p{Lu}/u.test(tokens[k]?.text ?? '')) return false;
    while (k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  }
  const after = tokens[k];
  // A second phrase after the name is the label: "called Clinton a liar", "called Clinton “crooked”".
  return !after || ((!NP_WORD.has(after.pos) || after.pos === 'PART') && !OPENING_MARKS.has(after.text));
}

/**
 * A plural-looking noun between a subject and "that" is a verb the tagger missed: "The Tax
 * Foundation estimates that …", "The Post reports that …" (not "the estimates that were …").
 */
function verbAfterSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t.lower.endsWith('s') || !prev || (prev.pos !== 'PROPN' && prev.pos !== 'NOUN') || !next) return false;
  const after = tokens[i + 2];
  return (next.lower === 'that' && after !== undefined && after.pos !== 'VERB' && after.pos !== 'AUX') || next.text === ':';
}

export function findCues(doc: Document, inQuote: Uint8Array): Cue[] {
  const { tokens } = doc;
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i]) continue;
    const t = tokens[i]!;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push({ first: i, end: i + 2, lemma: 'according to', cls: 'speech', p: cueProbability('accord to') ?? 0.9 });
      i++;
      continue;
    }
    const cue = verbCue(tokens, i);
    if (cue) {
      out.push(cue);
      i = cue.end - 1;
    }
  }
  return out;
}
