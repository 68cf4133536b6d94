/**
 * Typing a name run: country, organization, place or person, with titles split off as a role.
 * Evidence comes from lexicons (world-countries, compromise's name and place lists) and the shape of
 * the run (its head word, a title before it); a run nothing speaks for stays UNKNOWN for the
 * document-level pass, which can still link it to a person named elsewhere in the article.
 */
import { countryByCapital, countryByDemonym, countryByName, countryInfo } from '../../lexicon/countries.js';
import { firstNameGender, isCity, isKnownOrg, isKnownPerson, isLastName, isRegion } from '../../lexicon/names.js';
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from '../../lexicon/roles.js';
import { isAllCaps, span } from '../../text.js';
import type { Document, EntityType, Mention, Span, Token } from '../../types.js';
import type { NameRun } from './candidates.js';
import { isOrgHead, isPlaceHead } from './heads.js';

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

const isHonorific = (t: Token) => HONORIFICS.has(bare(t));
const isRoleNoun = (t: Token) => ROLE_NOUNS.has(t.lower) || isHonorific(t);
const isRoleWord = (t: Token) => {
  const l = t.lower.includes('-') ? t.lower.slice(t.lower.lastIndexOf('-') + 1) : t.lower;
  return ROLE_NOUNS.has(l) || ROLE_MODIFIERS.has(l) || HONORIFICS.has(l.replace(/\.$/, '')) || countryByDemonym(t.text) !== undefined;
};

function textOf(doc: Document, first: number, end: number): string {
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end);
}

/** Country mention for a whole run, or for its leading tokens (returns how many tokens matched). */
function countryPrefix(doc: Document, first: number, end: number): [string, number] | undefined {
  for (let k = Math.min(end, first + 4); k > first; k--) {
    const code = countryByName(textOf(doc, first, k));
    if (code) return [code, k - first];
  }
  return undefined;
}

/** Classify one run; a title-led run may yield a country mention too ("U.S. President Donald Trump"). */
export function classifyRun(doc: Document, run: NameRun): Candidate[] {
  const { tokens } = doc;
  const { first, end, weak } = run;
  const text = textOf(doc, first, end);
  // The head of "Ministry of Foreign Affairs" is the word before "of".
  let headAt = end - 1;
  for (let k = first + 1; k < end - 1; k++) if (['of', 'for', 'on'].includes(tokens[k]!.lower)) { headAt = k - 1; break; }
  const last = tokens[headAt]!;
  const whole = countryByName(text);
  if (whole) return [countryCandidate(whole, first, end, weak)];
  if (end - first === 1 && countryByDemonym(text)) return []; // "Peruvian" alone is an adjective, not a mention
  if (isOrgHead(last.lower) || isKnownOrg(text.toLowerCase())) {
    const c: Candidate = { type: 'ORG', first, end, weak, evidence: 'lexicon' };
    const demonym = countryByDemonym(tokens[first]!.text) ?? countryPrefix(doc, first, end)?.[0];
    if (demonym) c.country = demonym;
    if (!(end - first === 1 && isRoleNoun(last))) return [c];
  }
  if (end - first > 1 && isPlaceHead(last.lower)) return [{ type: 'PLACE', first, end, weak, evidence: 'lexicon' }];
  const lower = text.toLowerCase();
  const capital = countryByCapital(text);
  const place = isCity(lower) || isRegion(lower) || capital !== undefined;
  // Split a leading title off at its last role word: "Peruvian Foreign Minister | Hugo de Zela".
  let nameFirst = first;
  for (let k = end - 2; k >= first; k--) {
    if (isRoleNoun(tokens[k]!) && (k === first || isRoleWord(tokens[k - 1]!) || countryPrefix(doc, first, k) !== undefined)) {
      let ok = true;
      for (let j = first; j < k; j++) if (!isRoleWord(tokens[j]!) && !countryPrefix(doc, first, j + 1)) ok = false;
      if (ok) { nameFirst = k + 1; break; }
    }
  }
  if (nameFirst === first && isRoleNoun(last)) return []; // a bare title: "President", "New President"
  const out: Candidate[] = [];
  const person: Candidate = { type: 'PERSON', first: nameFirst, end, weak, evidence: 'shape' };
  if (nameFirst > first) {
    const roleFirst = extendRoleLeft(doc, first);
    person.role = span(doc.text, tokens[roleFirst]!.start, tokens[nameFirst - 1]!.end);
    person.evidence = 'title';
    const cp = countryPrefix(doc, first, nameFirst);
    if (cp) out.push(countryCandidate(cp[0], first, first + cp[1], weak));
    const code = cp?.[0] ?? roleCountry(doc, roleFirst, nameFirst);
    if (code) person.roleCountry = code;
    for (let j = first; j < nameFirst; j++) {
      if (FEMALE_HONORIFICS.has(bare(tokens[j]!))) person.gender = 'f';
      else if (MALE_HONORIFICS.has(bare(tokens[j]!))) person.gender = 'm';
    }
  } else if (place && !isFirstNameToken(tokens[first]!)) {
    const c: Candidate = { type: 'PLACE', first, end, weak, evidence: 'lexicon' };
    if (capital) c.country = capital;
    return [c];
  }
  const firstName = tokens[nameFirst]!;
  const g = firstNameGender(firstName.lower);
  const nameLen = end - nameFirst;
  if (g !== null && nameLen > 1) {
    person.evidence = person.evidence === 'title' ? 'title' : 'lexicon';
    if (g && !person.gender) person.gender = g;
  } else if (isKnownPerson(textOf(doc, nameFirst, end).toLowerCase())) {
    person.evidence = 'lexicon';
  } else if (nameLen === 1 && person.evidence !== 'title') {
    const t = tokens[nameFirst]!;
    if (isAllCaps(t.text) && !ROMAN.test(t.text) && t.text.replace(/\./g, '').length <= 6) {
      return [...out, { type: 'ORG', first: nameFirst, end, weak, evidence: 'shape' }];
    }
    person.type = isLastName(t.lower) || g !== null ? 'PERSON' : 'UNKNOWN';
    if (g) person.gender = g;
  }
  out.push(person);
  return out;
}

const isFirstNameToken = (t: Token) => firstNameGender(t.lower) !== null;

function countryCandidate(code: string, first: number, end: number, weak: boolean): Candidate {
  const sovereign = countryInfo(code)?.sovereign ?? true;
  return { type: sovereign ? 'COUNTRY' : 'PLACE', first, end, weak, evidence: 'lexicon', country: code };
}

/** Lower-case role words before a title: "former" Peruvian Prime Minister, "then-President". */
function extendRoleLeft(doc: Document, first: number): number {
  const s = doc.sentences[doc.tokens[first]!.sentence];
  let k = first;
  while (k - 1 >= (s?.firstToken ?? 0) && isRoleWord(doc.tokens[k - 1]!)) k--;
  return k;
}

function roleCountry(doc: Document, first: number, end: number): string | undefined {
  for (let k = first; k < end; k++) {
    const code = countryByDemonym(doc.tokens[k]!.text);
    if (code) return code;
  }
  return undefined;
}

/** Build the mention for a typed candidate. */
export function toMention(doc: Document, c: Candidate & { type: EntityType }): Mention {
  const { tokens, text } = doc;
  const m: Mention = { ...span(text, tokens[c.first]!.start, tokens[c.end - 1]!.end), type: c.type, firstToken: c.first, endToken: c.end };
  if (c.role) m.role = c.role;
  if (c.country) m.country = c.country;
  else if (c.roleCountry) m.country = c.roleCountry;
  if (c.gender) m.gender = c.gender;
  return m;
}
