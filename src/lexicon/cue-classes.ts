/**
 * What an attribution reports, by its cue: the class decides whether it is a quotation (what a
 * source said or wrote) or another kind of attribution (a belief, a finding, an intention or act, a
 * stance taken). The taxonomy follows the reporting-verb literature (speech acts vs. mental states
 * vs. evidentials vs. acts) and the quotation convention of the evaluation data: beliefs ("economists
 * expect"), findings ("a poll shows"), intentions and acts ("prosecutors are seeking") and stances
 * ("praised", "accused") are attributions but not quotations.
 */
import { SURE_CUE, cueProbability, words } from './reporting-verbs.js';

export type AttributionClass = 'speech' | 'writing' | 'thought' | 'finding' | 'intent' | 'stance';

/** Every class, in the order the schema lists them. */
export const ATTRIBUTION_CLASSES: readonly AttributionClass[] = ['speech', 'writing', 'thought', 'finding', 'intent', 'stance'];

/** The classes that are quotations: what a source said or wrote. */
export const QUOTATION_CLASSES: ReadonlySet<AttributionClass> = new Set(['speech', 'writing']);


/** Verbs of saying: the speech act itself, its manner, its place in a conversation. */
const SPEECH = `say tell add argue insist warn claim state note explain announce declare report acknowledge admit
assert contend suggest predict promise vow pledge reply respond conclude confirm deny testify allege maintain mention
observe remark comment complain concede stress emphasize emphasise reiterate repeat ask urge caution joke quip sigh
shout yell scream whisper exclaim boast brag agree disagree estimate recount recall disclose reveal continue counter
retort speculate charge proclaim advise inform assure remind demand propose recommend question wonder muse lament
grumble protest clarify elaborate indicate hint imply guarantee swear affirm reaffirm forecast opine posit theorize
theorise surmise confess gush plead beg cry laugh scoff snap mutter murmur describe summarize summarise point talk
speak cite quote echo highlight answer chant read call label dub term brand characterize characterise interject
recite utter sing lecture preach vouch insinuate concur underscore`;

/** Verbs of writing and publishing one's own words. */
const WRITING = `write tweet post email e-mail text message blog retweet pen scrawl type`;

/** Mental states and perceptions: what a source believes, knows, feels or seems to. */
const THOUGHT = `think believe hope fear know feel expect worry learn realize realise understand assume suspect
doubt guess imagine consider suppose anticipate seem appear look sound view see regard deem remember forget notice
recognize recognise envision foresee perceive trust reckon figure ponder care like love hate prefer enjoy dislike
regret mind sense wary concern doubt dread admire respect`;

/** What polls, studies, data and documents show. */
const FINDING = `show find demonstrate prove document measure calculate determine`;

/**
 * Positions taken on someone or something: evaluations, not the words said. A stance that carries
 * the source's own words in quotation marks ("rejected the decision as “excessive”") is speech.
 */
const STANCE = `support endorse oppose back favor favour attack blast slam criticize criticise praise blame defend
thank congratulate apologize apologise welcome applaud hail mock ridicule challenge accuse dismiss reject denounce
condemn decry lambaste fault credit commend salute embrace tout champion lash chide scold rebuke berate castigate
excoriate deride disparage assail rail knock bash rip pan target scorn laud extol dispute distance disavow repudiate
rebut contradict downplay celebrate cheer boo rebuff spurn revile trash savage hammer needle taunt insult`;

/**
 * Intentions and acts: what a source wants, plans, tries or does. Also the class of any cue verb
 * none of these lists knows: a learned cue that is not a verb of saying reports an act.
 */
const INTENT = `want plan seek refuse decide intend aim try wish push vote sign release publish make offer decline order
request threaten encourage invite nominate appoint name pursue move fight work campaign lobby press require allow`;

/** Cue lemma → class. A lemma in several lists keeps its first class in the order below. */
const CLASS_OF: ReadonlyMap<string, AttributionClass> = (() => {
  const m = new Map<string, AttributionClass>();
  const lists: [AttributionClass, string][] = [['writing', WRITING], ['thought', THOUGHT], ['finding', FINDING],
    ['stance', STANCE], ['speech', SPEECH], ['intent', INTENT]];
  for (const [cls, list] of lists) for (const w of words(list)) if (!m.has(w)) m.set(w, cls);
  return m;
})();

/**
 * Verb + particle or preposition pairs whose class differs from the verb's: "call for" and "call on"
 * ask for an act; "agree to", "decline to" commit to one; "point out" and "point to" say.
 */
const PAIRS: ReadonlyMap<string, AttributionClass> = new Map([
  ['call for', 'intent'], ['call on', 'intent'], ['ask for', 'intent'], ['push for', 'intent'], ['press for', 'intent'],
  ['advocate for', 'intent'], ['argue for', 'speech'], ['vote for', 'intent'], ['vote against', 'intent'],
  ['talk about', 'speech'], ['speak about', 'speech'], ['speak of', 'speech'], ['speak out', 'speech'],
  ['point out', 'speech'], ['point to', 'speech'], ['refer to', 'stance'], ['focus on', 'intent'], ['look at', 'thought'],
  ['rail against', 'stance'], ['lash out', 'stance'], ['respond to', 'intent'], ['respond by', 'intent'], ['post on', 'intent'],
]);

/**
 * Verbs of saying that still report words with an infinitive: "promised to cut taxes", "urged
 * voters to turn out". Any other verb of saying with one reports an act: "continues to shape",
 * "agreed to sign", "went on to win".
 */
const SAYS_TO: ReadonlySet<string> = new Set(words(`promise vow urge ask tell warn remind advise caution beg plead
swear claim demand propose implore instruct`));

/**
 * Verbs of saying whose object can be the message itself: "called the move a disgrace", "described
 * it as …", "cited a poll", "announced a plan", "denied the allegations", "asked a question". With any
 * other verb of saying, an object names what the act was done to ("maintained a policy", "claimed
 * asylum", "conceded a penalty", "read an article", "said nothing"): an act, not words.
 */
const SAYS_NP: ReadonlySet<string> = new Set(words(`call describe label dub term brand characterize characterise cite quote
announce report tweet post explain question recall deny ask answer recount reveal disclose predict promise vow
echo reiterate stress emphasize emphasise acknowledge admit recommend demand urge chant recite`));

/** Verbs that report words only with a colon or a quotation, or with the content before them ("…, he continued"). */
const CONTINUING: ReadonlySet<string> = new Set(['continue', 'go']);

/**
 * The class of a cue from its lemma, its preposition ("call for") and its complement kind ("to":
 * "agreed to sign"). A lemma no list knows is an act (intent); "according to" is speech.
 */
export function cueClass(lemma: string, prep?: string, complement?: string): AttributionClass {
  if (lemma === 'according to' || lemma === 'accord' || lemma === 'put it') return 'speech';
  if (prep) {
    const pair = PAIRS.get(`${lemma} ${prep}`);
    if (pair) return pair;
  }
  const cls = CLASS_OF.get(lemma) ?? 'intent';
  if (cls !== 'speech' && cls !== 'writing') return cls;
  if (complement === 'to' && !SAYS_TO.has(lemma)) return 'intent';
  if (complement === 'np' && !SAYS_NP.has(lemma)) return 'intent';
  if (complement !== undefined && complement !== 'colon' && CONTINUING.has(lemma)) return 'intent';
  return cls;
}

/** Verbs that label someone or something ("called the plan “a disgrace”", "described him as …"): speech. */
export const LABEL_VERBS: ReadonlySet<string> = new Set(words(`call describe label dub term brand characterize characterise deem
hail name`));

/** Verbs that pass on another's words: "Reuters quoted the minister as saying …", "He was cited as saying …". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quote', 'cite']);

/** Is this lemma listed as a verb of saying or writing? */
export const isSayingLemma = (lemma: string): boolean => {
  const c = CLASS_OF.get(lemma);
  return c === 'speech' || c === 'writing';
};

/**
 * Sources that report findings, not words: a poll, a study, data. "A poll shows", "the study
 * suggests", "figures estimate" are findings whatever the verb.
 */
export const FINDING_SOURCES: ReadonlySet<string> = new Set(words(`poll polls survey surveys study studies research
data figures numbers statistics stats analysis analyses results evidence census count tally estimate estimates
projection projections model models forecast forecasts index indexes indices audit audits review reviews test tests
experiment experiments trial trials sample findings record records chart charts graph map maps footage video videos
photo photos image images`));

/** A verb of saying or writing that reports wherever it stands ("who said …", "for saying …"). */
export const surelyQuotes = (lemma: string): boolean => QUOTATION_CLASSES.has(cueClass(lemma)) && (cueProbability(lemma) ?? 0) >= SURE_CUE;

/** Works known by a title: "his 2002 book, “Make Your Kid a Millionaire,”" names the book, it quotes no one. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(words(`book books novel novels memoir memoirs autobiography biography
essay essays column columns article articles op-ed editorial film films movie movies documentary documentaries song songs
album albums single play plays musical series show shows episode podcast poem poems painting paintings exhibit exhibition
report headline headlines slogan motto campaign program programme initiative bill act law speech`));

/**
 * Documents that carry their authors' words: "the memo says", "the letter reads", "the statement
 * said". What they say is writing.
 */
export const DOCUMENT_SOURCES: ReadonlySet<string> = new Set(words(`memo memos letter letters statement statements
email emails e-mail report reports filing filings document documents complaint complaints lawsuit lawsuits indictment
ruling opinion brief tweet tweets post posts message messages release press-release note notes editorial op-ed column
article articles book books website platform manifesto transcript transcripts affidavit order motion petition
resolution bill law policy guidance guidelines`));
