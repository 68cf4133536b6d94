/**
 * Noun phrases and verbs on POS tags, without a parser: the phrase before a verb (its subject, past
 * adverbs, auxiliaries and one appositive or relative clause), the phrase after a word, finite verbs.
 * Shared by the quotes stage (where does content end, who is the subject) and attribution.
 */
import { DAY_PARTS, DEICTIC_DAYS, EDGES, MONTHS, RELATIVE as TIME_RELATIVE, UNITS, WEEKDAYS, isYear as isYearText } from '../lexicon/time-words.js';
import { CLOSING_MARKS, DASH } from '../lexicon/punctuation.js';
import { STATE_ABBREVIATIONS } from '../lexicon/datelines.js';
import { PHRASE_STOPS, RELATIVE_PRONOUNS } from '../lexicon/function-words.js';
import type { Token } from '../types.js';
import { perfectClitic } from './voice.js';

export interface Phrase {
  first: number;
  end: number;
}

/** Tokens that may make up a noun phrase (a speaker, a hearer, an object). */
export const NP_POS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM', 'PART', 'X']);
const SKIP = new Set(['ADV', 'AUX', 'PART']);
/** Relative pronouns: "…, who said" names its speaker through the phrase before it. */
export const RELATIVE = new Set(['who', 'which', 'that']);
/** Adverbs that open a clause: a subject search stops at them ("… in Macau when asked"). */
const WH_ADVERBS = new Set(['when', 'where', 'while', 'how', 'why', 'whenever', 'as']);
const APPOSITIVE_START = new Set(['who', 'which', 'a', 'an', 'the', 'whose', 'himself', 'herself', 'its', 'his', 'her', 'their']);

export const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** A verb that can head a clause: an auxiliary, or a verb not in -ing form and not after "to" or a comma. */
export function isFiniteVerb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  const prev = tokens[j - 1];
  if (t.pos === 'AUX') return prev?.lower !== 'to';
  if (t.pos !== 'VERB') return false;
  if (prev && (prev.lower === 'to' || prev.text === ',')) return false;
  // "the frayed relationship", "already-frayed": a participle used as an adjective.
  if (prev && (prev.pos === 'DET' || (prev.text === '-' && !t.spaceBefore))) return false;
  if (!t.lower.endsWith('ing')) return true;
  // "has been steadily pounding": the auxiliary may stand before an adverb or two.
  let a = j - 1;
  while (a > j - 3 && tokens[a]?.pos === 'ADV') a--;
  return tokens[a]?.pos === 'AUX';
}

/**
 * A verb that heads a clause: a finite verb, or a verb right after a comma, where an insert ends
 * ("Cole, who lost the primary, looked tired"; "Obama, dedicating the museum, said").
 */
export function headsClause(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return isFiniteVerb(tokens, j) || (t.pos === 'VERB' && tokens[j - 1]?.text === ',' && !t.lower.endsWith('ing'));
}

const isYear = (t: Token) => isYearText(t.text);

/** A relative pronoun ("who", "which", "that"); "WHO" in capitals is the World Health Organization. */
const isRelative = (t: Token) => RELATIVE.has(t.lower) && t.text !== 'WHO';

/** Part of a noun phrase? Capitalized words count whatever their tag ("Cook said": Cook is no verb here). */
const npToken = (t: Token) => (NP_POS.has(t.pos) || (isCap(t) && t.kind === 'word' && t.pos !== 'AUX' && t.pos !== 'ADP' && t.pos !== 'SCONJ')) && !isRelative(t)
  || t.text === '-' || t.lower === 'of' || t.text === '&';

/** Lower-case words a name may hold: "Hugo de Zela", "Ludwig van Beethoven", "Osama bin Laden". */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'y', 'e', 'dos', 'das']);

/** A phrase written as a name: every word capitalized but name particles, and no determiner first ("Cynthia Thompson", not "the University"). */
function nameLike(tokens: readonly Token[], p: Phrase): boolean {
  if (tokens[p.first]!.pos === 'DET') return false;
  let words = 0;
  for (let j = p.first; j < p.end; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    if (!isCap(t) && !NAME_PARTICLES.has(t.lower)) return false;
    words++;
  }
  return words > 0;
}

/**
 * The name an appositive chain hangs on, walking left from the comma at `p`: "Cynthia Thompson,
 * curator and director of exhibits at the University of Arkansas, Fayetteville, said", "Cres Eastman,
 * Director of the study, and Chairman of the centre, says". Undefined when the phrase before each
 * comma is no name (or a clause stands between): then the nearest phrase is the subject.
 */
function leadingName(tokens: readonly Token[], p: number, limit: number): Phrase | undefined {
  let c = p;
  // "a woman in Worcester, Massachusetts, told him": with no name further left, the phrase before
  // where someone is from is the subject.
  let fallback: Phrase | undefined;
  let afterOrigin = false;
  for (let step = 0; step < 4; step++) {
    const cand = phraseEndingAt(tokens, c, limit);
    // "On Wednesday, however, the director of the FBI, James B. Comey, said": a time ("Wednesday") is
    // no name the chain hangs on.
    if (cand && timeHead(tokens[cand.end - 1]!)) return undefined;
    // "Harry Bond, 30, of Raleigh, N.C., who …": where someone is from; the name is before it.
    if (cand && ORIGIN_PREPS.has(tokens[cand.first - 1]?.lower ?? '') && cand.first - 1 > limit) { c = cand.first - 1; afterOrigin = true; continue; }
    if (cand && nameLike(tokens, cand)) return cand;
    if (afterOrigin && cand) fallback ??= cand;
    afterOrigin = false;
    let q = c - 1;
    while (q > limit && tokens[q]!.text !== ',' && c - q < 30) {
      if (isFiniteVerb(tokens, q)) return fallback;
      q--;
    }
    if (q <= limit || tokens[q]!.text !== ',') return fallback;
    c = q;
  }
  return fallback;
}

/** Prepositions that name where someone is from or lives, after their name: "Harry Bond of Raleigh", "a retiree in Allentown". */
const ORIGIN_PREPS: ReadonlySet<string> = new Set(['of', 'from', 'in']);
/** A US state as wire copy abbreviates it after a town ("N.C.", "Calif.", "D.C."). */
const isState = (t: Token) => STATE_ABBREVIATIONS.has(t.lower);

/** Words that open a sentence before its subject without being part of it: "But the company said", "Even his supporters say". */
const LEADING_FILLERS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'yet', 'so', 'even', 'just', 'only', 'then', 'also', 'still']);

/** Leftward noun phrase ending at `end - 1` (inclusive), within [limit, end). */
export function phraseEndingAt(tokens: readonly Token[], end: number, limit: number): Phrase | undefined {
  let a = end;
  // "a leaked letter", "the signed memo": a participle between a determiner and its noun is an adjective.
  const participleAdjective = (k: number) => tokens[k]!.pos === 'VERB' && k + 1 < end && NOUN_HEADS.has(tokens[k + 1]!.pos) && tokens[k - 1]?.pos === 'DET' && k - 1 >= limit;
  while (a - 1 >= limit && end - a < 10 && (npToken(tokens[a - 1]!) || participleAdjective(a - 1))) {
    a--;
    // "Raleigh, N.C.", "Washington, D.C.": a town and its state are one phrase across their comma.
    if (a - 2 >= limit && tokens[a - 1]!.text === ',' && isState(tokens[a]!) && isCap(tokens[a - 2]!)) a--;
  }
  // "When the firm signaled": a capitalized subordinator opening the sentence is not part of the phrase.
  while (a < end && (tokens[a]!.lower === 'of' || tokens[a]!.text === '-' || tokens[a]!.pos === 'PART' || PHRASE_STOPS.has(tokens[a]!.lower)
    || (a + 1 < end && (isYear(tokens[a]!) || LEADING_FILLERS.has(tokens[a]!.lower))))) a++; // "In 1990 a Times article": not the year
  // A pronoun is a phrase by itself: "that he" → "he".
  if (end - a > 1 && tokens[end - 1]!.pos === 'PRON' && tokens[end - 2]!.pos !== 'PRON') a = end - 1;
  return a < end ? { first: a, end } : undefined;
}

/** Skip back over a parenthesis "(R-SC)" ending at k; returns the index before it, or k. */
function skipParens(tokens: readonly Token[], k: number, limit: number): number {
  if (tokens[k]?.text !== ')') return k;
  for (let p = k - 1; p >= limit && k - p < 12; p--) if (tokens[p]!.text === '(') return p - 1;
  return k;
}

/** Prepositions whose phrase modifies a noun ("officials at the ministry", "a spokesman for Acme"). */
const NOUN_PREPS = new Set(['at', 'for', 'in', 'from', 'with', 'on', 'within', 'inside', 'among', 'near']);
const TIME_PREPS = new Set(['on', 'in', 'at', 'during', 'over', 'since', 'early', 'late', 'earlier', 'just', 'also']);
/** A word that names a time by itself: a weekday, a capitalized month, "yesterday", a year. */
const timeHead = (t: Token) => WEEKDAYS.has(t.lower) || DEICTIC_DAYS.has(t.lower) || isYear(t)
  || (MONTHS.has(t.lower) && /^\p{Lu}/u.test(t.text) && t.lower.length > 3);

/**
 * A time adjunct between a subject and its verb, ending at token k: "Sanders on Tuesday said",
 * "Wells Fargo just this month announced", "The Times on Saturday wrote". Returns its first token.
 */
function timeAdjunctStart(tokens: readonly Token[], k: number, limit: number): number | undefined {
  let j = k;
  let head = false;
  while (j >= limit && k - j < 6) {
    const t = tokens[j]!;
    if (timeHead(t) || (DAY_PARTS.has(t.lower) && j - 1 >= limit && (timeHead(tokens[j - 1]!) || DEICTIC_DAYS.has(tokens[j - 1]!.lower)))) head = true;
    else if (UNITS.has(t.lower) && j - 1 >= limit && TIME_RELATIVE.has(tokens[j - 1]!.lower)) { head = true; j--; }
    else if (!(head && (TIME_PREPS.has(t.lower) || EDGES.has(t.lower) || /^\d{1,2}$/.test(t.text) || t.text === '.' || t.text === ','))) break;
    j--;
  }
  if (!head) return undefined;
  // Commas and prepositions belong to the adjunct only inside it; the subject must come before.
  while (j + 1 <= k && (tokens[j + 1]!.text === ',')) j++;
  return j + 1 > limit && j + 1 <= k ? j + 1 : undefined;
}

const NOUN_HEADS = new Set(['NOUN', 'PROPN']);
/** A past participle as the tagger gives it ("released", "surveyed"): the verb of a reduced relative. */
const edParticiple = (t: Token | undefined) => t?.pos === 'VERB' && t.lower.endsWith('ed');
/** Determiners that stand for people before a participle: "those surveyed", "many polled", "some interviewed". */
const PEOPLE_DETERMINERS: ReadonlySet<string> = new Set(['those', 'many', 'most', 'some', 'others', 'all', 'few']);

/** The subject phrase before token `verb`, not crossing `limit`. */
export function subjectBefore(tokens: readonly Token[], verb: number, limit: number): Phrase | undefined {
  let k = verb - 1;
  // Adverbs, auxiliaries ("He’s aiming", "has also said"), negation, and a parenthesis.
  for (;;) {
    const t = tokens[k];
    if (!t || k < limit) return undefined;
    if ((t.pos === 'ADV' && !WH_ADVERBS.has(t.lower)) || t.pos === 'AUX' || (t.pos === 'PART' && t.lower !== "'s" && t.lower !== '’s' && t.lower !== "'" && t.lower !== '’')) { k--; continue; }
    // "Trump's said": right before a participle, "'s" is "has", not a possessive.
    if (k === verb - 1 && perfectClitic(tokens, verb)) { k--; continue; }
    // "star of television’s “Scandal,” thanked": a comma inside a closing mark is a comma.
    if (CLOSING_MARKS.has(t.text) && tokens[k - 1]?.text === ',') { k--; break; }
    const before = skipParens(tokens, k, limit);
    if (before !== k) { k = before; continue; }
    const when = timeAdjunctStart(tokens, k, limit);
    if (when !== undefined) { k = when - 1; continue; }
    break;
  }
  // "The poll released Friday showed": a reduced relative after the subject's noun; "those surveyed
  // said", "many polled say": after a determiner that stands for the people, the participle staying
  // in their phrase.
  let people = -1;
  if (edParticiple(tokens[k]) && k - 1 >= limit && PEOPLE_DETERMINERS.has(tokens[k - 1]!.lower)) people = k--;
  else if (edParticiple(tokens[k]) && k - 1 > limit && NOUN_HEADS.has(tokens[k - 1]!.pos) && k + 1 < verb) k--;
  const t = tokens[k]!;
  if (isRelative(t) && t.pos === 'PRON') return { first: k, end: k + 1 }; // "…, who said": the mention is "who"
  if (DASH.has(t.text)) {
    // "Jason Sims — a teacher from Mount Pleasant — says"
    for (let p = k - 1; p > limit && k - p < 20; p--) if (DASH.has(tokens[p]!.text)) return phraseEndingAt(tokens, p, limit);
    return undefined;
  }
  // "Michael Brown of Washington, D.C., explained": the comma that closes a town's state is no insert's.
  const townState = t.text === ',' && k - 3 >= limit && isState(tokens[k - 1]!) && tokens[k - 2]!.text === ',' && isCap(tokens[k - 3]!);
  if (townState) {
    // "Cory James, 22, of Flint, Mich., said": the name the chain hangs on, past where they are from.
    const named = leadingName(tokens, k, limit);
    if (named) return named;
    k--; // else the phrase that ends with the state
  }
  if (townState || t.text !== ',') {
    const p = phraseEndingAt(tokens, k + 1, limit);
    if (!p) return undefined;
    // "Officials at the ministry said", "Posts on the message board for the site from Friday
    // theorized": the phrase before the verb is a preposition's object; the subject is the noun
    // phrase it hangs on. "A letter seen by Sky News says": the agent of a reduced relative.
    let first = p.first;
    for (let hops = 0; hops < 4; hops++) {
      const prep = tokens[first - 1];
      if (!prep || first - 1 <= limit) break;
      if (prep.lower === 'by' && tokens[first - 2]?.pos === 'VERB' && tokens[first - 2]!.lower !== tokens[first - 2]!.lemma && first - 2 > limit) {
        const head = phraseEndingAt(tokens, first - 2, limit);
        if (head) return head; // the thing seen, not who saw it
      }
      if (prep.pos !== 'ADP' || !NOUN_PREPS.has(prep.lower) || timeHead(tokens[first - 2]!)) break;
      const head = phraseEndingAt(tokens, first - 1, limit);
      if (!head) break;
      first = head.first;
    }
    return { first, end: people >= 0 ? people + 1 : p.end };
  }
  // A comma-bounded insert before the verb: an appositive ("Hugh Hill, a doctor, said"), a relative
  // clause ("Chávez, who is on trial, fled") or an adjunct ("Huckabee, for his part, is labeling").
  for (let p = k - 1; p > limit && k - p < 30; p--) {
    if (tokens[p]!.text !== ',') continue;
    const opener = tokens[p + 1]!;
    const inner = phraseEndingAt(tokens, k, p + 1);
    // "aide, Peter Cook, told"; but "Hilary Braysmith, USI associate professor, said": a name before the chain wins.
    if (inner && inner.first === p + 1 && isCap(opener) && !APPOSITIVE_START.has(opener.lower)) return leadingName(tokens, p, limit) ?? inner;
    // A verb makes the insert a clause, but not one in a name ("Ways and Means Committee") or in a
    // relative clause inside an appositive ("president of the Union, which represents 900 …").
    let clause = false;
    for (let j = p + 1; j < k && !RELATIVE_PRONOUNS.has(tokens[j]!.lower); j++) if (isFiniteVerb(tokens, j) && !isCap(tokens[j]!)) clause = true;
    // "…, at a later press gaggle, said": an insert opening with a preposition is an adjunct, even
    // when the tagger finds a verb in it ("press").
    // "Bill Eastland, wearing a cowboy hat and campaign pins, said": a participle insert, whatever
    // the tagger makes of the words in it ("pins"/VERB).
    if (!clause || APPOSITIVE_START.has(opener.lower) || opener.pos === 'ADP' || (opener.pos === 'VERB' && opener.lower.endsWith('ing'))) {
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name before its parenthesis.
      const e = skipParens(tokens, p - 1, limit) + 1;
      const named = leadingName(tokens, e, limit);
      if (named) return named;
      const before = phraseEndingAt(tokens, e, limit);
      // "Woodrow Benford, 58, who lives …, says": an age between commas stands after the name.
      if (before && tokens.slice(before.first, before.end).every((x) => x.pos === 'NUM') && tokens[before.first - 1]?.text === ',') {
        return phraseEndingAt(tokens, before.first - 1, limit) ?? before;
      }
      return before;
    }
    return undefined;
  }
  // "The results of the study published in the journal this week, revealed": a subject with a reduced
  // relative, then a stray comma before its verb.
  for (let j = k - 1; j > limit && k - j < 15; j--) {
    if (edParticiple(tokens[j]) && NOUN_HEADS.has(tokens[j - 1]!.pos)) {
      const head = phraseEndingAt(tokens, j, limit);
      if (head && head.first === limit) return head;
      break;
    }
    if (isFiniteVerb(tokens, j)) break;
  }
  // "The Internet security firm Secunia.com, has said": a stray comma between the subject and its verb.
  const stray = phraseEndingAt(tokens, k, limit);
  return stray && stray.first === limit && tokens.slice(stray.first, stray.end).some((x) => NOUN_HEADS.has(x.pos)) ? stray : undefined;
}

/** The phrase right after a word: "said de Zela", "according to Mexico’s foreign ministry". */
export function phraseAfter(tokens: readonly Token[], from: number, limit: number): Phrase | undefined {
  limit = Math.min(limit, tokens.length);
  let k = from;
  while (k < limit && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  let b = k;
  while (b < limit && b - k < 10 && npToken(tokens[b]!)) b++;
  while (b > k && tokens[b - 1]!.lower === 'of') b--;
  return b > k ? { first: k, end: b } : undefined;
}
