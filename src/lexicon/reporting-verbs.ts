/**
 * Reporting verbs (cues) by lemma, with the frame they take. Lemmas come from wink-nlp, so every
 * inflection ("says", "said", "saying") is covered by one entry. Seeded from textacy's
 * REPORTING_VERBS, citron's cue list and the cue vocabulary of PolNeAR's training split.
 */

/** speech: says something; belief: holds a view; evidence: a document or poll shows; label: calls X "Y". */
export type CueClass = 'speech' | 'belief' | 'evidence' | 'label';

const SPEECH = `say tell add argue insist warn write tweet post claim state note explain announce declare
report acknowledge admit assert contend suggest predict promise vow pledge reply respond recall
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

const EVIDENCE = `show find indicate reveal suggest demonstrate prove`;

const LABEL = `call describe label dub term brand reject denounce dismiss hail deem characterize
characterise decry condemn`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Cue lemma → class; a lemma in several lists keeps its first (strongest) class. */
export const CUE_LEMMAS: ReadonlyMap<string, CueClass> = (() => {
  const m = new Map<string, CueClass>();
  for (const [cls, list] of [['speech', SPEECH], ['label', LABEL], ['evidence', EVIDENCE], ['belief', BELIEF]] as const) {
    for (const w of words(list)) if (!m.has(w)) m.set(w, cls);
  }
  return m;
})();

/** Verbs whose first object is the hearer: "told reporters that", "assured voters that". */
export const HEARER_VERBS: ReadonlySet<string> = new Set(
  words('tell inform assure remind warn advise urge ask promise caution instruct order threaten email text'),
);

/** Confidence that a cue of this class introduces reported speech. */
export const CUE_STRENGTH: Readonly<Record<CueClass, number>> = {
  speech: 1,
  label: 0.8,
  evidence: 0.7,
  belief: 0.6,
};
