/**
 * Proper-name candidates: runs of capitalized tokens, joined through name particles ("Hugo de Zela")
 * and, after an organization head, through "of/for/and" ("Ministry of Foreign Affairs"). A capital
 * at the start of a sentence, after an opening quote or in a title-case headline is no evidence by
 * itself: such tokens count only when nothing says they are ordinary words.
 */
import { countryByName, mayStartCountryName } from '../../lexicon/countries.js';
import { isCity, isCommonWord, isEnglishWord, isFirstName, isFrequentWord, isFunctionWord, isLastName, isRegion, mayStartPlaceName } from '../../lexicon/names.js';
import { isKnownOrganization, mayStartOrganization } from '../../lexicon/organizations.js';
import { DASH, OPENING_MARKS } from '../../lexicon/punctuation.js';
import { GROUP_NOUNS, ROLE_NOUNS, SOURCE_NOUNS } from '../../lexicon/roles.js';
import { fold, isAllCaps, isCapitalized } from '../../text.js';
import type { Document, Segment, Token } from '../../types.js';
import { isOrgHead, isPlaceHead } from './heads.js';
import { foldedText } from './token-folds.js';

export interface NameRun {
  first: number;
  end: number;
  /** Found only where capitals are not evidence (sentence start, headline): keep only with other support. */
  weak: boolean;
}

const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin',
  'ibn', 'al', 'el', 'dos', 'das', 'do', 'ter', 'ten', 'zu', 'af', 'y', 'abu', 'ben', 'mac']);
/** A name particle, as written (they are short and lower case: most tokens are ruled out by length). */
const isParticle = (w: string) => w.length <= 5 && PARTICLES.has(w);
const ORG_JOINERS = new Set(['of', 'for', 'on', 'and', 'the', 'de']);
/** What opens a stretch whose first word is capitalized by position: a quotation mark (a straight single one too), a bracket, a dash, a colon. */
const OPENERS: ReadonlySet<string> = new Set([...OPENING_MARKS, "'", '(', '[', ...DASH, '-', ':']);
/** Words title case leaves in lower case, ignored when judging a headline. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'from', 'vs']);
/** Words a caption puts after a name ("Ahmed Mohamed Image: …"): never part of it. */
const CAPTION_WORDS = new Set(['image', 'photo', 'photograph', 'picture', 'video', 'file', 'credit', 'caption']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Lower-case words a name is compounded with into an adjective ("Beijing-based", "Warhol-like"). */
const COMPOUND_TAILS = new Set(['based', 'led', 'backed', 'owned', 'run', 'born', 'bred', 'like', 'related', 'style',
  'type', 'era', 'funded', 'linked', 'allied', 'aligned', 'affiliated', 'controlled', 'held', 'made', 'built',
  'friendly', 'free', 'winning', 'winner', 'critic', 'critics', 'inspired', 'themed', 'destined', 'room', 'area',
  'wide', 'specific', 'centric', 'esque', 'ish', 'bound', 'focused', 'sponsored', 'supported', 'brokered']);
/** Words that open a sentence before a plural name without being part of it ("Many Democrats"). */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'several', 'few', 'all', 'both', 'other', 'more', 'fewer',
  'two', 'three', 'four', 'five', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'then', 'now', 'when',
  'while', 'if', 'after', 'before', 'since', 'as', 'but', 'and', 'so', 'yet', 'even', 'also', 'still', 'only']);

/** A word that could be part of a name by its shape. */
function capWord(t: Token): boolean {
  return (t.kind === 'word' || t.kind === 'number') && (isCapitalized(t.text) || isAllCaps(t.text)) && t.text !== 'I';
}

/** Title-case line without final punctuation: a headline, where capitals carry no information. */
function isHeadline(doc: Document, s: Segment): boolean {
  const last = doc.tokens[s.endToken - 1]!;
  // The title line may end in a full stop ("Poll: Wealthy Voters Abandon Republican Party."): the first paragraph, alone.
  const alone = s.paragraph === 0 && doc.paragraphs.length > 1 && doc.paragraphs[0]!.firstToken === s.firstToken && doc.paragraphs[0]!.endToken === s.endToken;
  // Most sentences end as sentences do: no headline, and no need to count their words.
  const finished = /[.!?"”]$/.test(last.text);
  if (finished && !(alone && last.text === '.')) return false;
  let words = 0;
  let caps = 0;
  // More lower-case words than a quarter of the sentence's tokens: no headline, whatever follows (most sentences stop early).
  const most = (s.endToken - s.firstToken) / 4;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word' || SMALL_WORDS.has(t.lower)) continue;
    words++;
    if (isCapitalized(t.text)) caps++;
    else if (words - caps > most) return false;
  }
  return words >= 3 && caps / words >= 0.75 && (!finished || words >= 4);
}

/** Does a known multi-word name start at i ("United States", "New Zealand", "Los Angeles", "Associated Press")? */
function startsKnownName(doc: Document, i: number, end: number): boolean {
  const { tokens, text } = doc;
  const w = tokens[i]!.lower;
  const org = mayStartOrganization(fold(w === 'the' ? tokens[i + 1]?.lower ?? '' : w));
  // With a space after the first word, only a name of several words that starts with it can match:
  // two set lookups rule out most runs before any name is built (a hot path).
  if (!org && tokens[i + 1]?.spaceBefore) {
    if (!mayStartCountryName(foldedText(tokens, i)) && !mayStartPlaceName(tokens[i]!.text.toLowerCase())) return false;
  }
  for (let k = Math.min(end, i + 4); k > i + 1; k--) {
    const name = text.slice(tokens[i]!.start, tokens[k - 1]!.end);
    if (countryByName(name) || isCity(name.toLowerCase()) || isRegion(name.toLowerCase()) || (org && isKnownOrganization(name))) return true;
  }
  return false;
}

/** Holds a letter: by code for ASCII (this runs at the start of every sentence), by its class beyond. */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (s.charCodeAt(i) > 127) return /\p{L}/u.test(s.slice(i));
  }
  return false;
}

/** A line in capitals ("TRUMP SAYS CLINTON INC. WILL LOSE."): its capitals say nothing, so every word is judged as lower case. */
function isShouting(doc: Document, s: Segment): boolean {
  let words = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word' || !hasLetter(t.text)) continue;
    if (!isAllCaps(t.text) && t.text.length > 1) return false;
    words++;
  }
  return words >= 3;
}

/** A hyphen glued to words on both sides: "Cheuk-yan", "al-Amr". */
const glued = (tokens: Token[], k: number) => tokens[k]?.text === '-' && !tokens[k]!.spaceBefore && tokens[k + 1] !== undefined && !tokens[k + 1]!.spaceBefore && tokens[k + 1]!.kind === 'word';

export function findNameRuns(doc: Document): NameRun[] {
  const { tokens } = doc;
  // capWord per token, once: the loops below ask it of most tokens twice or more.
  const caps = new Uint8Array(tokens.length + 1);
  const capLowers = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (capWord(tokens[k]!)) { caps[k] = 1; capLowers.add(tokens[k]!.lower); }
  }
  // Words also written in lower case (asked only of capitalized words: the rest are not kept).
  const lowerSeen = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!caps[k] && t.kind === 'word' && t.text === t.lower && capLowers.has(t.lower)) lowerSeen.add(t.lower);
  }
  // At a free-capital position a word is a name only if nothing marks it as an ordinary word.
  const ordinary = (t: Token) => {
    const l = t.lower;
    if (isOrgHead(l) || isFirstName(l) || isLastName(l)) return lowerSeen.has(l);
    return isCommonWord(l) || isEnglishWord(l) || lowerSeen.has(l) || GROUP_NOUNS.has(l) || SOURCE_NOUNS.has(l) || ROLE_NOUNS.has(l);
  };
  const runs: NameRun[] = [];
  /** namey's answer per token: 0 not asked yet, 1 yes, 2 no. */
  const judged = new Uint8Array(tokens.length);
  // The sentence being read: the helpers below read it, and are made once per document, not per sentence.
  let s: Segment = doc.sentences[0]!;
  let shouting = false;
  let headline = false;
  const free = (i: number) => {
    if (headline || i === s.firstToken) return true;
    const prev = tokens[i - 1]!;
    if (prev.text === ':' || prev.text === '—' || prev.text === '–') return true;
    // An opening mark: attached to this token, detached from the one before it.
    return OPENERS.has(prev.text) && !tokens[i]!.spaceBefore && (i - 1 === s.firstToken || prev.spaceBefore);
  };
  const namey = (i: number): boolean => {
    if (i >= s.endToken || !caps[i]) return false;
    const t = tokens[i]!;
    // A token is asked about again as a run grows and when the next run starts: judged once.
    const known = judged[i];
    if (known) return known === 1;
    const yes = nameyWord(i, t);
    judged[i] = yes ? 1 : 2;
    return yes;
  };
  const nameyWord = (i: number, t: Token): boolean => {
    // "James To", "Wilson Or": a capitalized small word after a first name, inside a sentence, is a surname.
    if (isFunctionWord(t.lower) && (!isAllCaps(t.text) || shouting)) return !free(i) && !headline && i > s.firstToken && isFirstName(tokens[i - 1]!.lower) && !POSSESSIVE.has(tokens[i + 1]?.text ?? '');
    if (shouting) return !isFunctionWord(t.lower) && (!ordinary(t) || startsKnownName(doc, i, s.endToken));
    if (!free(i) || isAllCaps(t.text) || !ordinary(t) || startsKnownName(doc, i, s.endToken)) return true;
    // "Civil Defense Authority", "Home Office": an ordinary word opening an institution's name.
    if (!headline && opensInstitution(i)) return true;
    // "Lee Cheuk-yan met …": an ordinary-looking word opening a sentence, before a word that is only a name.
    const n = tokens[i + 1];
    return !headline && !isFrequentWord(t.lower) && n !== undefined && i + 1 < s.endToken && caps[i + 1] === 1 && !ordinary(n)
      && !isFunctionWord(n.lower) && !countryByName(n.text);
  };
  const innerPossessive = (k: number) => {
    const w = tokens[k - 1]!.lower;
    if (!/^(people|workers|women|children|citizens|farmers|veterans|soldiers|peoples)$/.test(w)) return false;
    let j = k + 1;
    while (j < s.endToken && j < k + 4 && namey(j)) j++;
    return j > k + 1 && isOrgHead(tokens[j - 1]!.lower);
  };
  const opensInstitution = (i: number) => {
    const t = tokens[i]!;
    if (QUANTIFIERS.has(t.lower) || (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ')) return false;
    let j = i + 1;
    while (j < s.endToken && caps[j] && !free(j) && !isFunctionWord(tokens[j]!.lower)) j++;
    if (j - i >= 2 && isOrgHead(tokens[j - 1]!.lower) && !GROUP_NOUNS.has(tokens[j - 1]!.lower)) return true;
    // "Environment Canada", "Team Estonia": a noun and a country make an institution of it.
    return j - i === 2 && (t.pos === 'NOUN' || t.pos === 'PROPN') && !ROLE_NOUNS.has(t.lower) && !GROUP_NOUNS.has(t.lower) && countryByName(tokens[i + 1]!.text) !== undefined;
  };
  // After "and", a run of capitals that ends in an organization head is a name of its own
  // ("Institute of Technology and | Colorado State University").
  const conjunctIsName = (k: number) => {
    let j = k;
    while (j < s.endToken && namey(j)) j++;
    return j - k >= 2 && isOrgHead(tokens[j - 1]!.lower);
  };
  for (s of doc.sentences) {
    shouting = isShouting(doc, s);
    headline = shouting || isHeadline(doc, s);
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      let first = i;
      // A particle opens a name only before a capital: tested first, as most tokens are short lower-case words.
      if (i > s.firstToken && i + 1 < s.endToken && caps[i + 1] && isParticle(t.text) && namey(i + 1) && !free(i + 1)) first = i;
      else if (!namey(i)) continue;
      let end = first + 1;
      if (first !== i || isParticle(t.text)) end = i + 2;
      let sawOf = false;
      for (;;) {
        const n = tokens[end];
        // "New People's Party", "Korean People's Army": an ordinary plural before "'s" inside a name.
        if (n && POSSESSIVE.has(n.text) && innerPossessive(end)) { end += 1; continue; }
        if (!n || end >= s.endToken || POSSESSIVE.has(n.text)) break;
        // "Lee Cheuk-yan", but not "Warhol-like", "Scientology-related": an ordinary word after the hyphen.
        if (glued(tokens, end) && end + 1 < s.endToken && !COMPOUND_TAILS.has(tokens[end + 1]!.text)) { end += 2; continue; }
        if (namey(end) && !CAPTION_WORDS.has(tokens[end]!.lower)) { end++; continue; }
        if (PARTICLES.has(n.lower) && namey(end + 1)) { end += 2; continue; } // "de Zela", "Kevin De Bruyne"
        // An initial: "L. Ron Hubbard" — a capital letter and its dot.
        if (n.text === '.' && !n.spaceBefore && /^\p{Lu}$/u.test(tokens[end - 1]!.text) && namey(end + 1)) { end++; continue; }
        if (PARTICLES.has(n.lower) && glued(tokens, end + 1) && namey(end + 2)) { end += 3; continue; } // "Suleiman al-Amr"
        if (n.text === '&' && namey(end + 1)) { end += 2; continue; }
        // "Procter and Gamble", "Barnes and Noble": "and" inside a name the gazetteer knows.
        if (n.lower === 'and' && namey(end + 1) && isKnownOrganization(doc.text.slice(tokens[first]!.start, tokens[end + 1]!.end))) { end += 2; continue; }
        const head = tokens[end - 1]!.lower;
        // "Ministry of Science and Technology" joins; "Labour Party and Frederick Fung" is two names.
        // "Securities and Exchange Commission", "Food and Drug Administration": one ordinary word, "and", an institution.
        const pairOk = n.lower === 'and' && end - first === 1 && isEnglishWord(tokens[first]!.lower) && !isFirstName(tokens[first]!.lower) && conjunctIsName(end + 1);
        const andOk = pairOk || (sawOf && n.lower === 'and' && !isOrgHead(tokens[end + 1]!.lower) && !conjunctIsName(end + 1));
        // A place joins through "of" only ("Gulf of Mexico"; "Kennedy Space Center on STS-1" is two names).
        const joins = !headline && (isOrgHead(head) || (isPlaceHead(head) && n.lower === 'of'));
        if (ORG_JOINERS.has(n.lower) && n.lower !== 'and' && namey(end + 1) && joins) {
          sawOf ||= n.lower === 'of';
          end += 2;
          continue;
        }
        // "Foundation for the Visual Arts", "Council for the Welfare of Immigrants".
        // ("University of the US" is two names: a country is named on its own.)
        if (!headline && (n.lower === 'for' || n.lower === 'of') && tokens[end + 1]?.lower === 'the' && namey(end + 2) && isOrgHead(head)
          && !(countryByName(tokens[end + 2]!.text) !== undefined && !namey(end + 3))) {
          sawOf ||= n.lower === 'of';
          end += 3;
          continue;
        }
        if (andOk && namey(end + 1)) { end += 2; continue; }
        break;
      }
      const weak = headline || (free(first) && end - first === 1);
      runs.push({ first, end, weak });
      i = end - 1;
    }
  }
  return runs;
}
