/**
 * Reporting verbs (cues) by lemma, with the frame they take. Lemmas come from wink-nlp, so every
 * inflection ("says", "said", "saying") is covered by one entry. Seeded from textacy's
 * REPORTING_VERBS, citron's cue list and the cue vocabulary of PolNeAR's training split.
 */

import { CUE_EVIDENCE } from './cue-evidence.js';

/**
 * speech: says something; stance: takes a public position on something (endorses, attacks, thanks);
 * belief: holds a view; evidence: a document or poll shows; label: calls X "Y".
 */
export type CueClass = 'speech' | 'stance' | 'belief' | 'evidence' | 'label';

const SPEECH = `say tell add argue insist warn write tweet post claim state note explain announce declare
report acknowledge admit assert contend suggest predict promise vow pledge reply respond
conclude confirm deny testify allege maintain mention observe remark comment complain concede
stress emphasize emphasise reiterate repeat ask urge caution joke quip sigh shout yell scream whisper
exclaim boast agree estimate recount disclose reveal continue counter retort insist speculate
charge accuse reason proclaim advise inform assure remind threaten demand instruct order propose
recommend question wonder muse lament grumble fume protest rejoice concur clarify elaborate specify
indicate signal hint imply caution concede guarantee swear affirm reaffirm predict forecast
tell announce declare opine posit theorize theorise surmise reckon figure acknowledge confess
brag gush blast slam criticize criticise praise insist plead beg implore cry laugh scoff snap
mutter murmur explain describe summarize summarise conclude note observe point testify`;

const BELIEF = `think believe hope fear know feel expect worry learn realize realise understand assume
suspect doubt guess imagine consider suppose want wish anticipate`;

const STANCE = `support endorse oppose back favor attack blast slam criticize criticise praise blame defend
thank congratulate apologize apologise welcome applaud hail mock ridicule challenge accuse cite discuss
address tout highlight promote champion decry lambaste fault credit commend salute embrace reject
dismiss condemn denounce question target pan lash chide scold rebuke berate castigate excoriate
endorse recommend propose demand pledge promise vow threaten urge call name nominate`;

const EVIDENCE = `show find indicate reveal suggest demonstrate prove`;

const LABEL = `call describe label dub term brand reject denounce dismiss hail deem characterize
characterise decry condemn`;

/** The words of a space-separated list written in the source. */
export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Cue lemma → class; a lemma in several lists keeps its first (strongest) class. */
export const CUE_LEMMAS: ReadonlyMap<string, CueClass> = (() => {
  const m = new Map<string, CueClass>();
  for (const [cls, list] of [['speech', SPEECH], ['label', LABEL], ['stance', STANCE], ['evidence', EVIDENCE], ['belief', BELIEF]] as const) {
    for (const w of words(list)) if (!m.has(w)) m.set(w, cls);
  }
  m.set('put it', 'speech'); // "…, as a Homeland Security memo put it."
  return m;
})();

/** Verbs whose first object is the hearer: "told reporters that", "assured voters that". */
export const HEARER_VERBS: ReadonlySet<string> = new Set(
  words('tell inform assure remind warn advise urge ask promise caution instruct order threaten email text'),
);

/** Prior probability that a verb of this class is a cue, for lemmas the training counts do not cover. */
const PRIOR: Readonly<Record<CueClass, number>> = { speech: 0.7, label: 0.5, stance: 0.4, evidence: 0.4, belief: 0.3 };
/** Pseudo-counts of the prior mixed into learned counts: a lemma seen rarely stays near its class prior. */
const PRIOR_WEIGHT = 4;

/**
 * Probability that a verb lemma (or "lemma preposition": "call for", "talk about") introduces reported
 * content, from the learned counts smoothed toward the class prior; undefined for words that are
 * neither listed nor learned.
 */
export function cueProbability(key: string): number | undefined {
  return PROBABILITY.get(key);
}

function probabilityOf(key: string): number | undefined {
  const cls = CUE_LEMMAS.get(key);
  const prior = cls ? PRIOR[cls] : 0.1;
  const ev = CUE_EVIDENCE.get(key);
  if (!ev) return cls ? prior : undefined;
  const [n, c] = ev;
  return (c + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT);
}

/** Every key's probability, once: asked of most verbs and nouns of every document (one lookup, not two and a sum). */
const PROBABILITY: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const key of [...CUE_LEMMAS.keys(), ...CUE_EVIDENCE.keys()]) {
    const p = probabilityOf(key);
    if (p !== undefined) m.set(key, p);
  }
  return m;
})();

/** The learned counts of "lemma|kind" keys, by lemma then kind: no key string built per cue. */
const KIND_EVIDENCE: ReadonlyMap<string, ReadonlyMap<string, readonly [number, number]>> = (() => {
  const m = new Map<string, Map<string, readonly [number, number]>>();
  for (const [key, ev] of CUE_EVIDENCE) {
    const bar = key.indexOf('|');
    if (bar < 0) continue;
    const lemma = key.slice(0, bar);
    let byKind = m.get(lemma);
    if (!byKind) m.set(lemma, (byKind = new Map()));
    byKind.set(key.slice(bar + 1), ev);
  }
  return m;
})();

/**
 * Probability that a cue with this kind of complement ("say|that", "recall|np") introduces reported
 * content: the learned counts for the pair, smoothed toward the lemma's own probability.
 */
export function kindProbability(lemma: string, kind: string): number {
  const base = cueProbability(lemma) ?? 0;
  const ev = KIND_EVIDENCE.get(lemma)?.get(kind);
  if (!ev) return base;
  const [n, c] = ev;
  return (c + PRIOR_WEIGHT * base) / (n + PRIOR_WEIGHT);
}

/** A verb counts as a cue from this probability on. */
export const CUE_THRESHOLD = 0.1;
/** A verb this likely to report is taken as one wherever it stands (a second report, a relative clause's own). */
export const SURE_CUE = 0.5;
/**
 * A cue takes the complement it has when the pair is at least this likely to report: a clause
 * ("said that …") needs less evidence than an object or an infinitive ("pushed the relationship",
 * "refused to support"), which more often describe acts than words.
 */
export const KIND_THRESHOLD = 0.15;
export const OBJECT_KIND_THRESHOLD = 0.25;
/** A cue may take the content before it (", officials said.") from this probability on. */
export const CONTENT_BEFORE_THRESHOLD = 0.45;

