/**
 * Typing a name run: country, organization, place or person, with titles split off as a role.
 * Evidence comes from lexicons (world-countries, compromise's name and place lists, a city
 * gazetteer) and the shape of the run (its head word, a title before it); a run nothing speaks for
 * stays UNKNOWN for the document-level pass, which can still link it to a name seen elsewhere.
 */
import { countryByCapital, countryByDemonym, countryByName, countryInfo, mayStartCountryName } from '../../lexicon/countries.js';
import { firstNameGender, isCity, isCommonWord, isEnglishWord, isFrequentWord, isFunctionWord, isKnownPerson, isLastName, isRegion } from '../../lexicon/names.js';
import { STATE_ABBREVIATIONS } from '../../lexicon/datelines.js';
import { isKnownOrganization, isKnownOrganizationWord, mayStartOrganization } from '../../lexicon/organizations.js';
import { ONE_WORD_INSTITUTIONS } from '../../lexicon/seats.js';
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from '../../lexicon/roles.js';
import { fold, isAllCaps, span } from '../../text.js';
import type { Document, EntityType, Mention, Span, Token } from '../../types.js';
import type { NameRun } from './candidates.js';
import { isOrgHead, isPlaceHead } from './heads.js';
import { compassPlaceType, opensWithPlaceWord, placeCountry } from './places.js';
import { seatType } from './seats.js';
import { foldedText } from './token-folds.js';

export interface Candidate {
  type: EntityType | 'UNKNOWN';
  first: number;
  end: number;
  weak: boolean;
  /** How the type was decided: lexicon and title evidence is strong, run shape alone is not. */
  evidence: 'lexicon' | 'title' | 'shape';
  role?: Span;
  roleCountry?: string;
  country?: string;
  gender?: 'm' | 'f';
}

const bare = (t: Token) => t.lower.replace(/\.$/, '');
const ROMAN = /^[IVX]+$/;
/** A capital inside a word, not after a name prefix ("PlayStation", "YouTube"; not "McCain", "DeSantis"). */
const INNER_CAPITAL = /^(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O')\p{Lu})\p{Lu}?\p{Ll}+\p{Lu}/u;
/** Capitalized abbreviations that name no organization. */
const NOT_ORGS = new Set(['ceo', 'cfo', 'vip', 'iq', 'tv', 'gdp', 'dna', 'hiv', 'aids', 'pc', 'usb', 'cd', 'dvd', 'faq',
  'pdf', 'url', 'am', 'pm', 'ok', 'ai', 'vr', 'it', 'hr', 'pr', 'id', 'mp', 'ad', 'bc', 'tba', 'lgbt', 'ap', 'er', 'icu',
  'edt', 'est', 'edt', 'pdt', 'pst', 'cdt', 'cst', 'mdt', 'mst', 'gmt', 'utc', 'bst', 'cet', 'ptsd', 'adhd', 'ceos', 'gps',
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc']);
/** A lower-case noun: what a lone capitalized word before it modifies. */
const isLowerNoun = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text === t.lower && t.pos === 'NOUN';

const isHonorific = (t: Token) => HONORIFICS.has(bare(t));
const isRoleNoun = (t: Token) => ROLE_NOUNS.has(t.lower) || isHonorific(t);
const isRoleWord = (t: Token) => {
  const l = t.lower.includes('-') ? t.lower.slice(t.lower.lastIndexOf('-') + 1) : t.lower;
  return ROLE_NOUNS.has(l) || ROLE_MODIFIERS.has(l) || HONORIFICS.has(l.replace(/\.$/, '')) || countryByDemonym(t.text) !== undefined;
};
const isNameWord = (t: Token) => firstNameGender(fold(t.text)) !== null || isLastName(fold(t.text));

function textOf(doc: Document, first: number, end: number): string {
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end);
}

/**
 * Could tokens from `first` on (two or more) name a country? Only if the first word opens a country's
 * name of several words, or the next token is glued to it ("Guinea-Bissau"): a quick no, before
 * texts are cut and folded for the lookup, for most runs.
 */
const mayNameCountry = (tokens: Token[], first: number) => !tokens[first + 1]!.spaceBefore || mayStartCountryName(foldedText(tokens, first));

/** Country named by the run's leading tokens: [code, how many tokens]. */
function countryPrefix(doc: Document, first: number, end: number): [string, number] | undefined {
  const longest = end - first > 1 && mayNameCountry(doc.tokens, first) ? Math.min(end, first + 4) : first + 1;
  for (let k = longest; k > first; k--) {
    const code = countryByName(textOf(doc, first, k));
    if (code) return [code, k - first];
  }
  return undefined;
}

/** Where a person's name starts after an organization or title in one run ("NASA Administrator | Charles Bolden"). */
function personAfterPrefix(doc: Document, first: number, end: number): number {
  const { tokens } = doc;
  for (let k = Math.max(first + 1, end - 3); k < end - 1; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    // Not inside a name: after a hyphen ("El-Hassan") or a particle ("de", "bin"), or after another first name.
    if (prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.text) || prev.text.length < 2 || /^\p{Lu}\.$/u.test(prev.text)) continue;
    // What precedes must read as something other than a name: a word, a title, an acronym, a
    // country ("Farouk Ben Mustapha", "Hernan Dario Gomez" are one person each).
    if (firstNameGender(foldedText(tokens, k)) === null || firstNameGender(foldedText(tokens, k - 1)) !== null || isRoleWord(t) || countryByName(t.text)) continue;
    const tail = prev.lower.slice(prev.lower.lastIndexOf('-') + 1);
    if (isEnglishWord(tail) || isRoleWord(prev) || /ists?$/.test(prev.lower) || isCity(foldedText(tokens, k - 1)) || isRegion(foldedText(tokens, k - 1))
      || isAllCaps(prev.text) || isOrgHead(prev.lower) || countryByName(prev.text) !== undefined) return k;
  }
  return -1;
}

/**
 * A candidate copied into the one shape every candidate then has (all fields, undefined where it has
 * none): classifyRun builds them in a dozen shapes, and the document-level pass reads each many times.
 */
export function settled(c: Candidate): Candidate {
  return { type: c.type, first: c.first, end: c.end, weak: c.weak, evidence: c.evidence, role: c.role, roleCountry: c.roleCountry, country: c.country, gender: c.gender };
}

/** Classify one run; a run may hold two mentions ("U.S. President Donald Trump", "NASA Administrator Charles Bolden"). */
export function classifyRun(doc: Document, run: NameRun): Candidate[] {
  const { tokens } = doc;
  const { first, end, weak } = run;
  const text = textOf(doc, first, end);
  // "HEMPSTEAD, N.Y.", "(D-N.Y.)", "(R-IN)": a US state's abbreviation after a comma or a party's hyphen.
  const partyHyphen = tokens[first - 1]?.text === '-' && /^[DRI]$/.test(tokens[first - 2]?.text ?? '');
  if (end - first === 1 && ((STATE_ABBREVIATIONS.has(tokens[first]!.lower) && (tokens[first - 1]?.text === ',' || partyHyphen))
    || tokens[first]!.lower === 'd.c.' || (partyHyphen && /^[A-Z]{2}$/.test(tokens[first]!.text)))) {
    return [{ type: 'PLACE', first, end, weak: false, evidence: 'lexicon', country: 'US' }];
  }
  const seat = seatType(doc, first, end);
  if (seat) return [{ type: seat, first, end, weak, evidence: 'lexicon' }];
  const whole = end - first === 1 || mayNameCountry(tokens, first) ? countryByName(text) : undefined;
  if (whole) return [countryCandidate(whole, first, end, weak)];
  if (end - first === 1 && countryByDemonym(text)) return []; // "Peruvian" alone is an adjective, not a mention
  // The first word's lower case, already on the token, rules out most runs before any string is built.
  const lead = tokens[first]!.lower === 'the' && end - first > 1 ? tokens[first + 1]!.lower : tokens[first]!.lower;
  // One word: its fold is already on hand (token-folds), the same string isKnownOrganization would build.
  const knownOrg = mayStartOrganization(fold(lead)) && (end - first === 1 ? isKnownOrganizationWord(foldedText(tokens, first)) : isKnownOrganization(text));
  if (knownOrg || (end - first === 1 && isInstitutionWord(doc, first))) {
    return [{ type: 'ORG', first, end, weak, evidence: 'lexicon' }];
  }
  // The head of "Ministry of Foreign Affairs" is the word before "of".
  let headAt = end - 1;
  for (let k = first + 1; k < end - 1; k++) if (['of', 'for', 'on'].includes(tokens[k]!.lower)) { headAt = k - 1; break; }
  const head = tokens[headAt]!;
  // A person after an organization or a title: "Labour Party and Frederick Fung", "Scientologist Tom Cruise".
  let split = personAfterPrefix(doc, first, end);
  // "Refugee Council Enver Solomon", "NASA Bill Ingalls": an organization, then two name words.
  if (split < 0 && end - first >= 3) {
    const k = end - 2;
    const prev = tokens[k - 1]!;
    const nameWord = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text) && !isOrgHead(t.lower) && !countryByName(t.text) && !isEnglishWord(t.lower) && !isHonorific(t);
    if ((isOrgHead(prev.lower) || isAllCaps(prev.text)) && nameWord(tokens[k]!) && nameWord(tokens[end - 1]!)) split = k;
  }
  if (split > first && !isRoleNoun(tokens[split - 1]!)) {
    // What stands before the person is an organization, a place or a title, never a second person.
    const before = classifyRun(doc, { first, end: split, weak }).filter((c) => c.type !== 'PERSON');
    return [...before, personCandidate(doc, split, end, weak, 'lexicon')];
  }
  // "Marc Lamont Hill" is a person, "Capitol Hill" a place: a first name outweighs a head word.
  const fullName = end - first <= 3 && firstNameGender(foldedText(tokens, first)) !== null && !isRoleWord(tokens[first]!);
  if (isPlaceHead(head.lower) && end - first > 1 && !fullName) return [{ type: 'PLACE', first, end, weak, evidence: 'lexicon' }];
  if (opensWithPlaceWord(doc, first, end)) return [{ type: 'PLACE', first, end, weak, evidence: 'lexicon' }];
  // A lone head word used as a modifier ("a Marine base", "a TV doctor") names no organization.
  // In a headline a lone capitalized head word says nothing ("… Abandon Republican Party for …").
  if (isOrgHead(head.lower) && /^\p{Lu}/u.test(head.text) && !(end - first === 1 && (NOT_ORGS.has(head.lower) || isLowerNoun(tokens[end]) || weak))) {
    const c: Candidate = { type: 'ORG', first, end, weak, evidence: 'lexicon' };
    const code = countryByDemonym(tokens[first]!.text) ?? countryPrefix(doc, first, end)?.[0];
    if (code) c.country = code;
    if (!(end - first === 1 && isRoleNoun(head))) return [c];
  }
  // "South Australia", "East Los Angeles", "Kowloon West": a compass word and a known place.
  const compassPlace = compassPlaceType(doc, first, end);
  if (compassPlace) return [compassPlace === 'COUNTRY' ? countryCandidate(countryByName(text)!, first, end, weak) : { type: 'PLACE', first, end, weak, evidence: 'lexicon' }];
  // "Environment Canada": a name ending in a country is an institution of it.
  if (end - first > 1 && countryByName(tokens[end - 1]!.text) && !isRoleNoun(tokens[first]!) && !countryByDemonym(tokens[first]!.text) && !isNameWord(tokens[first]!)
    && !isRegion(fold(text)) && !isCity(fold(text))) {
    return [{ type: 'ORG', first, end, weak, evidence: 'lexicon', country: countryByName(tokens[end - 1]!.text)! }];
  }
  // Split a leading title off at its last role word: "Peruvian Foreign Minister | Hugo de Zela".
  let nameFirst = first;
  for (let k = end - 2; k >= first; k--) {
    // "Dean Kamen": a role word that is also a first name, right before a lone surname, is the first name.
    if (k === first && end - first === 2 && firstNameGender(foldedText(tokens, k)) !== null && !isHonorific(tokens[k]!)) break;
    if (isRoleNoun(tokens[k]!) && (k === first || isRoleWord(tokens[k - 1]!) || countryPrefix(doc, first, k) !== undefined || isOrgHead(tokens[k - 1]!.lower) || isAllCaps(tokens[k - 1]!.text)
      || titleOwner(doc, first, k) !== null)) {
      nameFirst = k + 1;
      break;
    }
  }
  if (nameFirst === first && isRoleNoun(tokens[end - 1]!)) return []; // a bare title: "President", "New President"
  const out: Candidate[] = [];
  if (nameFirst === first) {
    // "United States Hamdullah Mohib": a country, then a name.
    const cp = countryPrefix(doc, first, end);
    if (cp && end - (first + cp[1]) >= 2) {
      return [countryCandidate(cp[0], first, first + cp[1], weak), ...classifyRun(doc, { first: first + cp[1], end, weak })];
    }
    const place = placeCountry(doc, first, end);
    if (place !== null) return [{ type: 'PLACE', first, end, weak, evidence: 'lexicon', ...(place ? { country: place } : {}) }];
  }
  const person = personCandidate(doc, nameFirst, end, weak, nameFirst > first ? 'title' : 'shape');
  if (nameFirst > first) {
    const roleFirst = extendRoleLeft(doc, first);
    person.role = span(doc.text, tokens[roleFirst]!.start, tokens[nameFirst - 1]!.end);
    const cp = countryPrefix(doc, first, nameFirst);
    // "Wells Fargo CEO", "Massachusetts Sen.": the organization or place the title belongs to is a mention too.
    let ownerEnd = first;
    while (ownerEnd < nameFirst && !isRoleWord(tokens[ownerEnd]!)) ownerEnd++;
    const owner = ownerEnd > first ? titleOwner(doc, first, ownerEnd) : null;
    if (cp) out.push(countryCandidate(cp[0], first, first + cp[1], weak));
    else if (owner) out.push({ type: owner, first, end: ownerEnd, weak, evidence: 'lexicon' });
    else if (isAllCaps(tokens[first]!.text) && !NOT_ORGS.has(tokens[first]!.lower)) out.push({ type: 'ORG', first, end: first + 1, weak, evidence: 'shape' });
    const code = cp?.[0] ?? roleCountry(doc, roleFirst, nameFirst);
    if (code) person.roleCountry = code;
    for (let j = first; j < nameFirst; j++) {
      if (FEMALE_HONORIFICS.has(bare(tokens[j]!))) person.gender = 'f';
      else if (MALE_HONORIFICS.has(bare(tokens[j]!))) person.gender = 'm';
    }
  }
  out.push(person);
  return out;
}

function hasInnerCapital(tokens: Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (INNER_CAPITAL.test(tokens[k]!.text)) return true;
  return false;
}

/** What owns a title in the same run ("Wells Fargo | CEO", "Massachusetts | Sen."): a known organization or place, or null. */
function titleOwner(doc: Document, first: number, end: number): 'ORG' | 'PLACE' | null {
  const name = textOf(doc, first, end);
  if (isKnownOrganization(name) || isOrgHead(doc.tokens[end - 1]!.lower)) return 'ORG';
  const key = fold(name);
  return isRegion(key) || isCity(key) || countryByCapital(name) !== undefined ? 'PLACE' : null;
}

/** A person candidate: typed PERSON when a name list, a title or the run's shape speaks for it. */
function personCandidate(doc: Document, first: number, end: number, weak: boolean, evidence: Candidate['evidence']): Candidate {
  const { tokens } = doc;
  const c: Candidate = { type: 'PERSON', first, end, weak, evidence };
  const g = firstNameGender(foldedText(tokens, first));
  if (g) c.gender = g;
  const len = end - first;
  if (evidence === 'title') return c;
  if (g !== null && len > 1) {
    // "Andy Warhol Photographic Legacy Program": a long run after a name is what is named after them.
    let e = end;
    while (e - first > 2 && len >= 4 && isEnglishWord(tokens[e - 1]!.lower) && !isNameWord(tokens[e - 1]!) && tokens[e - 2]!.text !== '-') e--;
    return { ...c, end: e, evidence: 'lexicon' };
  }
  if (countryByDemonym(tokens[first]!.text) || (len === 2 && countryByDemonym(textOf(doc, first, end)))) return { ...c, type: 'UNKNOWN' }; // "Korean People('s Army)", "New Zealander"
  if (len > 1 && isAllCaps(tokens[first]!.text) && !/\./.test(tokens[first]!.text)) return { ...c, type: 'UNKNOWN' }; // "FIRST Global Challenge"
  if (tokens[first]!.text.length <= 2 && /^(?:\p{Lu}\s?\.\s?)+\p{Lu}?\.?$/u.test(textOf(doc, first, end))) return { ...c, type: 'UNKNOWN' }; // initials alone: "N.Y." split up
  if (isKnownPerson(textOf(doc, first, end).toLowerCase())) return { ...c, evidence: 'lexicon' };
  if (len === 1) {
    const t = tokens[first]!;
    // An acronym; not a word set in capitals for emphasis ("NO credentials", "ALL of the dangers").
    if (isAllCaps(t.text) && !ROMAN.test(t.text) && /^[\p{L}.&]+$/u.test(t.text) && t.text.replace(/\./g, '').length <= 6 && !NOT_ORGS.has(t.lower)
      && !isFrequentWord(t.lower) && !isFunctionWord(t.lower)) {
      return { type: 'ORG', first, end, weak, evidence: 'shape' };
    }
    return isLastName(foldedText(tokens, first)) || g !== null ? c : { ...c, type: 'UNKNOWN' };
  }
  // Shape alone: a run that opens and ends with ordinary words is a thing ("Space Shuttle",
  // "Internet Explorer"), not a person ("Tiziano Lugli", "Junius Ho", "Lee Cheuk-yan").
  const ordinary = (t: Token) => (isCommonWord(t.lower) || isEnglishWord(t.lower)) && !isNameWord(t);
  if (ordinary(tokens[first]!) && ordinary(tokens[end - 1]!)) return { ...c, type: 'UNKNOWN' };
  // Things named like people: "Space Shuttle Atlantis" (two ordinary words first), "Windows XP" (a
  // code last), "PlayStation VR" (a capital inside a word), "Hells Angels" (a plural noun last).
  const last = tokens[end - 1]!;
  if ((len >= 3 && ordinary(tokens[first]!) && ordinary(tokens[first + 1]!)) || (ordinary(tokens[first]!) && isAllCaps(last.text))
    || hasInnerCapital(tokens, first, end)
    || (/[^s]s$/.test(last.lower) && isEnglishWord(last.lower) && isEnglishWord(last.lower.slice(0, -1)) && !isNameWord(last))) {
    return { ...c, type: 'UNKNOWN' };
  }
  return c;
}

function countryCandidate(code: string, first: number, end: number, weak: boolean): Candidate {
  const sovereign = countryInfo(code)?.sovereign ?? true;
  return { type: sovereign ? 'COUNTRY' : 'PLACE', first, end, weak, evidence: 'lexicon', country: code };
}

/** Lower-case role words before a title: "former" Peruvian Prime Minister, "then-President". */
function extendRoleLeft(doc: Document, first: number): number {
  const s = doc.sentences[doc.tokens[first]!.sentence];
  let k = first;
  for (;;) {
    const prev = doc.tokens[k - 1];
    if (k - 1 < (s?.firstToken ?? 0) || !prev) break;
    if (isRoleWord(prev)) { k--; continue; }
    if (prev.text === '-' && !prev.spaceBefore && /^(then|ex|former)$/i.test(doc.tokens[k - 2]?.text ?? '')) { k -= 2; continue; }
    break;
  }
  return k;
}

function roleCountry(doc: Document, first: number, end: number): string | undefined {
  for (let k = first; k < end; k++) {
    const code = countryByDemonym(doc.tokens[k]!.text);
    if (code) return code;
  }
  return undefined;
}

/** "the Senate", "Parliament", "the House" (after "the" only: "House prices" is no chamber). */
function isInstitutionWord(doc: Document, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!ONE_WORD_INSTITUTIONS.has(t.lower) || isAllCaps(t.text)) return false;
  return t.lower !== 'house' || doc.tokens[i - 1]?.lower === 'the';
}

/** Build the mention for a typed candidate. */
export function toMention(doc: Document, c: Candidate & { type: EntityType }): Mention {
  const { tokens, text } = doc;
  const start = tokens[c.first]!.start;
  const end = tokens[c.end - 1]!.end;
  // A literal rather than a spread of span(), with every field a mention can get (undefined where it
  // has none): all mentions share one hidden class, so the later stages read their fields by a
  // monomorphic lookup (mentions that gained fields one by one had many).
  return {
    start, end, text: text.slice(start, end), type: c.type, firstToken: c.first, endToken: c.end, entity: undefined,
    role: c.role || undefined, country: c.country || c.roleCountry || undefined, value: undefined, gender: c.gender || undefined, canonical: undefined,
  };
}
