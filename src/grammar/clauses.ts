/**
 * Clause geometry on POS-tagged tokens, for reported speech without a parser: where a content clause
 * starts after a cue ("said [in a statement] that …"), whether a stretch reads as a clause (a subject
 * then a finite verb), and where it ends (sentence end, a semicolon, a trailing participle phrase,
 * "…, according to", or a new coordinated clause with its own pronoun subject).
 */
import { CLOSING_MARKS, DOUBLE_MARKS } from '../lexicon/punctuation.js';
import { CUE_LEMMAS, CUE_THRESHOLD, SURE_CUE, cueProbability } from '../lexicon/reporting-verbs.js';
import { RELATIVE_PRONOUNS, SUBORDINATORS } from '../lexicon/function-words.js';
import { isFiniteVerb, isVerb } from './phrases.js';
import type { Token } from '../types.js';

const NOMINAL = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'PART']);
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'to', 'during', 'with', 'after', 'before', 'via', 'through', 'from',
  'earlier', 'later', 'last', 'this', 'over', 'by', 'for']);
const TIME_ADVERBS = new Set(['again', 'also', 'later', 'earlier', 'repeatedly', 'previously', 'recently', 'then',
  'once', 'still', 'now', 'further', 'publicly', 'privately', 'separately', 'similarly', 'yesterday', 'today',
  'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'frequently', 'often', 'flatly',
  'firmly', 'angrily', 'bluntly', 'simply', 'quickly', 'openly', 'confidently', 'emphatically']);
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV', 'VERB', 'X', 'PUNCT']);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us', 'whom']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those']);
const CONNECTORS = new Set(['and', 'but', 'while', 'although', 'though', 'yet', 'so', 'whereas']);
const CONTRASTS = new Set(['while', 'whereas']);
const SAYING = new Set(['speech', 'label']);
/** A verb this likely to report starts a report of its own after a new subject. */
const LIKELY_CUE = 0.3;
const FINAL = new Set(['.', '!', '?', ',', ';', ':', '…']);


/** Skip adverbs and adjunct phrases after a cue ("in a statement", "on Tuesday", "to reporters", "again"). */
export function skipAdjuncts(tokens: Token[], k: number, end: number): number {
  for (let guard = 0; guard < 4 && k < end; guard++) {
    const t = tokens[k]!;
    // "said none of the candidates were listed": a quantifier before "of" is the content's subject.
    if ((t.pos === 'ADV' && t.lower !== 'that' && tokens[k + 1]?.lower !== 'of') || TIME_ADVERBS.has(t.lower)) { k++; continue; }
    if (ADJUNCT_PREPS.has(t.lower) && (t.pos === 'ADP' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'PART')) {
      let j = k + 1;
      while (j < end && j - k <= 7 && (NOMINAL.has(tokens[j]!.pos) || tokens[j]!.lower === 'of' || tokens[j]!.lower === 'with') && tokens[j]!.lower !== 'that') j++;
      if (j > k + 1 && !(isVerb(tokens[j]))) { k = j; continue; }
      // "said on Friday he met …": the phrase ran into the content's subject; it ends before it.
      const split = adjunctSplit(tokens, k, j, end);
      if (split) { k = split; continue; }
    }
    break;
  }
  return k;
}

/**
 * Where a preposition's object (from k + 1) ends when the words up to `verb` hold both it and the
 * subject of a clause: first before a subject pronoun, else before the first determiner or name after a
 * noun ("in a statement the company would …"); undefined when no split leaves a clause.
 */
function adjunctSplit(tokens: Token[], k: number, verb: number, end: number): number | undefined {
  let fallback: number | undefined;
  for (let j = k + 2; j < verb; j++) {
    const prev = tokens[j - 1]!;
    const t = tokens[j]!;
    if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && prev.pos !== 'NUM') continue;
    if (SUBJECT_PRONOUNS.has(t.lower) && t.pos === 'PRON' && t.lower !== 'that' && t.lower !== 'it' && isClause(tokens, j, end)) return j;
    if (fallback === undefined && t.pos === 'DET' && isClause(tokens, j, end)) fallback = j;
  }
  return fallback;
}

/** Does a clause (subject-like words, then a finite verb) start at k? */
export function isClause(tokens: Token[], k: number, end: number, reach = 15): boolean {
  const first = tokens[k];
  if (!first) return false;
  // A capitalized word is a name whatever its tag ("said Cook provided …").
  const name = /^\p{Lu}/u.test(first.text) && first.kind === 'word' && first.pos !== 'AUX';
  // "said that would permit …": a demonstrative subject, whatever its tag, right before its verb.
  if ((first.lower === 'that' || first.lower === 'this') && tokens[k + 1]?.pos === 'AUX' && k + 1 < end) return true;
  if (!name && !SUBJECT_START.has(first.pos)) return false;
  if (!name && first.pos === 'VERB' && !first.lower.endsWith('ing')) return false; // a gerund may be a subject: "legalizing it could …"
  if (first.pos === 'PUNCT' && first.text !== '“' && first.text !== '"') return false;
  if (first.pos === 'PRON' && OBJECT_PRONOUNS.has(first.lower)) return false;
  for (let j = k; j < end && j - k <= reach; j++) {
    const t = tokens[j]!;
    if (j > k && (isFiniteVerb(tokens, j) || verbReadAsNoun(tokens, j))) return true;
    if (j > k && t.text === ',' && verbAfterInsert(tokens, j, end)) return true;
    if (t.text === ';' || t.text === ':' || (t.text === '.' && j > k)) return false;
    // "recalled its ambassador after leaders criticized …": the verb belongs to a subordinate clause.
    if (j > k && SUBORDINATORS.has(t.lower)) return false;
  }
  return false;
}

const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it']);

/**
 * A present-tense verb the tagger read as a plural noun, after a name or "he/she/it" and before "to"
 * and a verb or "that": "said Mohamed wishes to use …", "said Trump plans to cut …".
 */
function verbReadAsNoun(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s') || t.lower.endsWith('ss') || t.lemma === t.lower) return false;
  const prev = tokens[j - 1]!;
  if (prev.pos !== 'PROPN' && !SINGULAR_PRONOUNS.has(prev.lower)) return false;
  const next = tokens[j + 1];
  return next !== undefined && (next.lower === 'that' || (next.lower === 'to' && tokens[j + 2]?.pos === 'VERB'));
}

const INSERT_STOPS: ReadonlySet<string> = new Set([';', ':', '.', '(', ')', ...DOUBLE_MARKS]);

/** A listed verb of saying that reports wherever it stands ("…, said …"). */
const saysSurely = (t: Token): boolean => t.pos === 'VERB' && CUE_LEMMAS.get(t.lemma) === 'speech' && (cueProbability(t.lemma) ?? 0) >= SURE_CUE;

/**
 * Does an insert between commas open at the comma at j and a verb follow its closing comma? "John
 * Kerry, the Secretary of State, contacted …", "the annual talks, which started a decade ago,
 * remained …": an apposition or a relative clause inside a subject, then the subject's verb. An
 * insert holds no verb of its own unless it is a relative clause.
 */
export function verbAfterInsert(tokens: Token[], j: number, end: number): boolean {
  const relative = RELATIVE_PRONOUNS.has(tokens[j + 1]?.lower ?? '');
  for (let c = j + 2; c < end && c - j <= 15; c++) {
    const t = tokens[c]!;
    if (INSERT_STOPS.has(t.text) || t.lower === 'and' || t.lower === 'but') return false;
    if (t.text === ',') {
      const v = tokens[c + 1];
      // "One pastor, Darran Whiting of …, said": a name, its apposition and a verb of saying are a speaker and a cue.
      const says = v !== undefined && saysSurely(v);
      // (A verb between two commas, "…, said, …", is itself an insert.)
      return v !== undefined && c + 1 < end && !says && (v.pos === 'AUX' || (v.pos === 'VERB' && !v.lower.endsWith('ing'))) && tokens[c + 2]?.text !== ',';
    }
    if (!relative && isVerb(t)) return false;
  }
  return false;
}

/**
 * Where content that starts at `from` ends (exclusive token index), at most `end`. Content that is not
 * itself a clause (an object, an infinitive) also ends where a new clause starts after a comma
 * ("refused to support the move, Congress removed him").
 */
export function clauseEnd(tokens: Token[], from: number, end: number, clausal = true, cue?: number): number {
  let quoted = 0; // inside a quotation mark opened in the content: its words are not our syntax
  for (let j = from + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.text === '“' || t.text === '‘') quoted++;
    else if ((t.text === '”' || t.text === '’') && t.pos === 'PUNCT') quoted = Math.max(0, quoted - 1);
    else if (t.text === '"') quoted = quoted ? 0 : 1;
    if (t.text === ';') return j;
    // "… to minimize liabilities and creditors look to …", "… (her campaign later disclosed that …)":
    // after a complete clause, a new subject with a reporting verb of its own starts another report.
    if (!quoted && NEW_REPORT.has(t.lower) && subjectThenCue(tokens, j + 1, end) && (!clausal || t.kind !== 'word' || finiteIn(tokens, clauseOpen(tokens, from, j), j))
      && !(clausal && (t.lower === 'and' || t.lower === 'but') && pronounBelieves(tokens, j + 1))) return j;
    // "called the plan “outrageous” and called for …": a second reporting verb of the same subject
    // starts a report of its own.
    if ((t.lower === 'and' || t.lower === 'but') && !quoted) {
      let a = j + 1;
      while (a < end && tokens[a]!.pos === 'ADV') a++;
      const n = tokens[a];
      // In a clause with its own subject, "… was tired and wanted …", "… regretted the rupture but stood
      // by …" go on with that subject unless the verb is a listed verb of saying.
      if (n && n.pos === 'VERB' && !n.lower.endsWith('ing') && (cueProbability(n.lemma) ?? 0) >= CUE_THRESHOLD
        && !(clausal && (CUE_LEMMAS.get(n.lemma) === 'belief' || !CUE_LEMMAS.has(n.lemma)))
        && !(clausal && cue !== undefined && sharesContentSubject(tokens, clauseOpen(tokens, from, j), j, a, cue))) return j;
      continue;
    }
    // A comma inside the quoted words is theirs, unless the quotation closes right after it (",” insisting").
    if (t.text !== ',' || (quoted && !CLOSING_MARKS.has(tokens[j + 1]?.text ?? ''))) continue;
    let a = j + 1;
    // ",” insisting": a closing mark after the comma belongs to a quotation; look past it.
    while (a < end && CLOSING_MARKS.has(tokens[a]!.text) && !tokens[a]!.spaceBefore) a++;
    while (a < end && tokens[a]!.pos === 'ADV') a++; // ", further aggravating"
    const n = tokens[a];
    const n2 = tokens[a + 1];
    if (!n) break;
    const stop = a > j + 1 && CLOSING_MARKS.has(tokens[j + 1]!.text) ? a : j;
    if (n.lower === 'according' && n2?.lower === 'to') return stop;
    // ", adding that …" starts a new report; ", leading the field" goes on with this one.
    if ((n.pos === 'VERB' || n.pos === 'ADJ') && n.lower.endsWith('ing') && (cueProbability(n.lemma) ?? 0) >= SURE_CUE) return stop;
    if (!clausal && isClause(tokens, a, end)) return stop;
    // "…that it was going to make a deal, Mr. Barrett said, “…”": a new subject with a verb of saying.
    if (saysNext(tokens, a, end)) return stop;
    if (CONNECTORS.has(n.lower) && n2 && SUBJECT_PRONOUNS.has(n2.lower) && n2.lower !== 'that' && isVerb(tokens[a + 2])
      && !(clausal && pronounBelieves(tokens, a + 1))) return stop;
    // ", but multiple reports reveal that …", ", but Fiorina's team denied …": a new subject saying something.
    if (CONNECTORS.has(n.lower) && nounSays(tokens, a + 1, end)) return stop;
    // "President Obama, dedicating the museum on Saturday, said …": the subject's own verb of saying
    // after the insert ends the insert's content.
    // A clause whose subject has not met its verb yet ("said his band and Brian Burton, AKA Danger
    // Mouse, wrote …") goes on: the verb is its own.
    if (!n.lower.endsWith('ing') && saysSurely(n)
      && !(clausal && !finiteIn(tokens, clauseOpen(tokens, from, j), j) && insertBefore(tokens, from, j, end))) return stop;
    // ", while 73 percent said the same": a contrast with a subject of its own saying something.
    // (", while the lower 95 percent would see a cut" with no verb of saying goes on with the content.)
    if (CONTRASTS.has(n.lower) && isClause(tokens, a + 1, end) && tokens[a + 1]!.pos !== 'VERB' && (!clausal || firstVerbSays(tokens, a + 1, end))) return stop;
    // "…, who took heat for …": a relative clause with a verb of its own saying reports separately.
    if ((n.lower === 'who' || n.lower === 'which') && (cueProbability(tokens[a + 1]?.lemma ?? '') ?? 0) >= SURE_CUE && tokens[a + 1]!.pos === 'VERB') return stop;
  }
  return end;
}

/** Tags of the words in a plain noun phrase. */
export const NP_WORD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const NEW_REPORT = new Set(['and', 'but', 'as', 'while', 'whereas', '(', '—', '–', '--']);
const SUBJECT_WORD = new Set([...NP_WORD, 'PRON']);

/**
 * Where the clause that reaches j opens: after its last "that" (a complementizer) or at `from`. A
 * conjunction starts a new report only after a complete clause: in "… but that she and her
 * supporters never doubted …" and "… and that Tapper, Bash and Blitzer had mentioned it" the clause
 * after "that" has no verb yet, so "and" joins its subjects.
 */
function clauseOpen(tokens: Token[], from: number, j: number): number {
  for (let k = j - 1; k > from; k--) if (tokens[k]!.lower === 'that' && tokens[k]!.pos === 'SCONJ' && !determinerThat(tokens, k)) return k + 1;
  return from;
}

/** "would pass that chamber and …": "that" before a singular noun that no verb follows is a determiner, whatever its tag. */
export function determinerThat(tokens: Token[], k: number): boolean {
  const n = tokens[k + 1];
  const after = tokens[k + 2];
  return n !== undefined && n.pos === 'NOUN' && !n.lower.endsWith('s') && !(after && (after.pos === 'VERB' || after.pos === 'AUX'));
}

/** Does an insert that closes at the comma at j open at an earlier comma of the content (from `from`)? */
function insertBefore(tokens: Token[], from: number, j: number, end: number): boolean {
  for (let c = j - 1; c > from && j - c <= 15; c--) if (tokens[c]!.text === ',') return verbAfterInsert(tokens, c, end);
  return false;
}

type VerbForm = 'base' | 'past' | 'third' | 'other';
const MODALS: ReadonlySet<string> = new Set(['would', "'d", '’d', 'will', "'ll", '’ll', 'could', 'can', 'should', 'might', 'may', 'must', 'shall']);
const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);
const THIRD_AUX: ReadonlySet<string> = new Set(['is', 'has', 'does']);

/** The form of a verb token: base ("tell"), past ("asked", "spoke"), third person ("says"), or other. */
function verbForm(t: Token): VerbForm {
  if (t.pos === 'AUX') return MODALS.has(t.lower) ? 'base' : PAST_AUX.has(t.lower) ? 'past' : THIRD_AUX.has(t.lower) ? 'third' : 'other';
  if (t.lower === t.lemma) return 'base';
  if (t.lower.endsWith('ing')) return 'other';
  if (t.lower.endsWith('s') && (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || t.lemma.endsWith('y'))) return 'third';
  return 'past';
}

/**
 * After "and", does verb v go on with the content's own subject rather than the speaker's? "McConnell
 * says he spoke to Trump and asked him …", "Kasich says he'd sit Putin down and tell him …": v agrees
 * in form with the content's first verb (after a modal, the base form) and not with the cue.
 */
function sharesContentSubject(tokens: Token[], open: number, j: number, v: number, cue: number): boolean {
  let f = open;
  while (f < j && !isFiniteVerb(tokens, f)) f++;
  if (f >= j) return false;
  // "… and said she would …": a verb opening a clause of its own is a report nested in the content.
  const next = tokens[v + 1];
  if (next && (next.lower === 'that' || NOMINATIVE.has(next.lower))) return false;
  const form = verbForm(tokens[v]!);
  const cueForm = verbForm(tokens[cue]!);
  // A plural cue in the present ("Democrats say … and vowed …") has the base form: its tense tells nothing.
  return form !== 'other' && (cueForm === 'third' || cueForm === 'past') && form === verbForm(tokens[f]!) && form !== cueForm;
}

/** "… is complex and he feels he can win", "…, but she knows that …": a pronoun and a verb of belief go on with the speaker's words. */
function pronounBelieves(tokens: Token[], k: number): boolean {
  const p = tokens[k];
  const v = tokens[k + 1];
  return p !== undefined && v !== undefined && (p.lower === 'he' || p.lower === 'she' || p.lower === 'they') && v.pos === 'VERB' && CUE_LEMMAS.get(v.lemma) === 'belief';
}

/** Is the first verb within a few words of k one of saying ("73 percent of Republicans said …")? */
function firstVerbSays(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j - k <= 8; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB') return SAYING.has(CUE_LEMMAS.get(t.lemma) ?? 'none') && (cueProbability(t.lemma) ?? 0) >= LIKELY_CUE;
  }
  return false;
}

/** Pronouns that are a clause's subject. */
const NOMINATIVE: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they', 'you']);

function finiteIn(tokens: Token[], from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (isFiniteVerb(tokens, j)) return true;
  return false;
}

/** A subject of a few words (a list may hold commas), then a reporting verb: "creditors look to", "he noted". */
function subjectThenCue(tokens: Token[], k: number, end: number): boolean {
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'but') k++;
  let words = 0;
  for (let j = k; j < end && j - k <= 8; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PRON' && (OBJECT_PRONOUNS.has(t.lower) || t.lower === 'that' || t.lower === 'which' || t.lower === 'who')) return false;
    // "… between Hillary Clinton and Bernie Sanders so he would not be accused": a subject pronoun
    // after the nouns (not joined to them: "Clinton and she", "he and his aides") opens a clause of
    // its own; the nouns were no subject.
    if (words && NOMINATIVE.has(t.lower) && tokens[j - 1]?.lower !== 'and' && tokens[j - 1]?.text !== ',') return false;
    if (SUBJECT_WORD.has(t.pos) || (words && (t.text === ',' || t.lower === 'and'))) { words++; continue; }
    if (t.pos === 'ADV' || t.pos === 'AUX') continue;
    if (t.pos !== 'VERB' || !words) return false;
    if (t.lower.endsWith('ing') && tokens[j - 1]?.pos !== 'AUX') return false;
    return (cueProbability(t.lemma) ?? 0) >= LIKELY_CUE;
  }
  return false;
}

/** A noun phrase of a few words, then a verb of saying: "multiple reports reveal", "the team denied". */
function nounSays(tokens: Token[], k: number, end: number): boolean {
  let nouns = 0;
  for (let j = k; j < end && j - k <= 5; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return nouns > 0 && !t.lower.endsWith('ing') && SAYING.has(CUE_LEMMAS.get(t.lemma) ?? 'none') && (cueProbability(t.lemma) ?? 0) >= SURE_CUE;
    if (!NP_WORD.has(t.pos)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
  }
  return false;
}

/** Does a short subject and then a verb of saying start at k ("Mr. Barrett said")? */
function saysNext(tokens: Token[], k: number, end: number): boolean {
  const first = tokens[k];
  // "Mr. Barrett said", "the Association of Flight Attendants called", "Ham also noted".
  if (!first || first.kind !== 'word' || !(/^\p{Lu}/u.test(first.text) || (first.lower === 'the' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')))) return false;
  for (let j = k + 1; j < end && j - k <= 6; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return t.pos === 'VERB' && SAYING.has(CUE_LEMMAS.get(t.lemma) ?? 'none');
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADV' && t.text !== '.' && t.lower !== 'of') return false;
  }
  return false;
}

/**
 * Trim a token range to content: drop trailing sentence punctuation, but keep a closing quote mark
 * (and the punctuation inside it) when its quotation opened inside the range.
 */
export function trimContent(tokens: Token[], first: number, end: number, opensInside: (closeTok: number) => boolean): number {
  while (end > first) {
    const t = tokens[end - 1]!;
    if (CLOSING_MARKS.has(t.text) && t.pos === 'PUNCT') {
      if (opensInside(end - 1)) return end;
      end--;
      continue;
    }
    if (FINAL.has(t.text) || t.text === '—' || t.text === '–') { end--; continue; }
    // "(her campaign disclosed that she has pneumonia)": a parenthesis opened before the content.
    if (t.text === ')' && !tokens.slice(first, end - 1).some((x) => x.text === '(')) { end--; continue; }
    break;
  }
  return end;
}
