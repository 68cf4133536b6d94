/**
 * What the words around a name say about it, for names the lexicons and the run's shape left open
 * (or typed as a person on shape alone): an acronym defined in the text takes its expansion's type
 * ("Union of Atheists (UAAR)"); "Nathan Law of Demosisto", "Demosisto's Nathan Law", "Acme's chief
 * executive" and "worked at Acme" make an organization; "the town of Yeoncheon", "the Aceh province"
 * and "in Bonaire" make a place; a lone word that names no one elsewhere in the article before
 * "said" is an organization ("Wikinews observed").
 */
import { countryByDemonym, countryByName, isLanguage } from '../../lexicon/countries.js';
import { firstNameGender, isEnglishWord, isFunctionWord, isLastName } from '../../lexicon/names.js';
import { ROLE_NOUNS } from '../../lexicon/roles.js';
import { fold, isAllCaps } from '../../text.js';
import type { Document, EntityType, Token } from '../../types.js';
import type { Candidate } from './classify.js';
import { DATELINE_DASHES } from '../../lexicon/datelines.js';

/** Nouns that put the name after "of" (or before them) in a place: "the town of X", "the X region". */
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'state', 'district', 'county',
  'island', 'capital', 'port', 'suburb', 'municipality', 'prefecture', 'governorate', 'coast', 'outskirts',
  'neighbourhood', 'neighborhood', 'borough', 'township', 'hamlet', 'valley']);
/** Prepositions after which an unknown single name is a place ("in Bonaire", "near Yeoncheon"). */
const IN_PLACE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
/** Roles an organization has ("Acme's chief executive", "Demosisto's chairman"). */
const ORG_ROLES = new Set(['chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman',
  'spokesperson', 'president', 'director', 'founder', 'board', 'shares', 'stock', 'headquarters', 'employees',
  'members', 'leader', 'leadership', 'candidate', 'candidates', 'lawmakers', 'officials', 'executives']);
const POSSESSIVE = new Set(["'s", '’s']);
/** What a leader's name heads: "the Monti government", "the Obama administration". */
const LEADER_OF = new Set(['government', 'administration', 'cabinet', 'presidency', 'era', 'regime']);
/** Verbs of saying and reporting that an organization does as readily as a person ("Reuters reported"). */
const SAY = new Set(['say', 'tell', 'announce', 'report', 'state', 'claim', 'write', 'tweet', 'observe', 'confirm',
  'deny', 'learn', 'reveal', 'publish', 'warn', 'add']);

const isNameWord = (w: string) => firstNameGender(w) !== null || isLastName(w);

/** Acronyms the text defines after a typed name: "Kennedy Space Center (KSC)", "… Stelle (M5S)". */
export function definedAcronyms(doc: Document, cands: Candidate[]): Map<string, EntityType> {
  const { tokens } = doc;
  const out = new Map<string, EntityType>();
  for (const c of cands) {
    if (c.type === 'UNKNOWN' || c.type === 'DATE' || c.end - c.first < 2) continue;
    const open = tokens[c.end];
    const acr = tokens[c.end + 1];
    if ((open?.text === '(' || open?.text === '[') && acr && isAllCaps(acr.text) && /^[\p{Lu}\p{N}&.-]{2,8}$/u.test(acr.text)
      && (tokens[c.end + 2]?.text === ')' || tokens[c.end + 2]?.text === ']')) {
      out.set(acr.text.replace(/\./g, ''), c.type);
    }
  }
  return out;
}

/**
 * The type the context gives candidate `c` (whose folded text is `t`), or undefined. `personAt`
 * tells whether a person candidate ends (or starts) at a token.
 */
export function contextType(doc: Document, c: Candidate, t: string, people: { endsAt: Set<number>; startsAt: Set<number> },
  personWords: Set<string>): EntityType | undefined {
  const { tokens } = doc;
  const single = c.end - c.first === 1;
  const prev = tokens[c.first - 1];
  const before = (k: number): Token | undefined => tokens[c.first - k];
  const next = tokens[c.end];
  // Place: "the town of X", "X province", "in X".
  if (prev?.lower === 'of' && PLACE_NOUNS.has(before(2)?.lower ?? '')) return 'PLACE';
  if (next && PLACE_NOUNS.has(next.lower) && next.text === next.lower && prev?.lower === 'the') return 'PLACE';
  // Organization: affiliation after a person ("Nathan Law of Demosisto").
  if (prev?.lower === 'of' && people.endsAt.has(c.first - 1) && countryByName(t) === undefined) return 'ORG';
  // Possessor of a person or of a role: "Demosisto's Nathan Law", "Acme's chief executive".
  if (next && POSSESSIVE.has(next.text) && !personWords.has(t)) {
    const after = tokens[c.end + 1];
    if (people.startsAt.has(c.end + 1) || (after && ORG_ROLES.has(after.lower))) return 'ORG';
  }
  if (!single || personWords.has(t) || isFunctionWord(t) || /['’]/.test(t)) return undefined;
  // A person: "said Mauer", "the Monti government".
  if (prev && (prev.lower === 'said' || prev.lower === 'says') && next?.kind === 'punctuation' && !isEnglishWord(t)) return 'PERSON';
  if (prev?.lower === 'the' && next && LEADER_OF.has(next.lower) && !isEnglishWord(t) && !countryByDemonym(t) && countryByName(t) === undefined) return 'PERSON';
  if (isNameWord(t)) return undefined;
  // "in Bonaire", but not a language ("in English") nor a modifier ("in Hajj stampede").
  if (prev && IN_PLACE.has(prev.lower) && !isEnglishWord(t) && !countryByDemonym(t) && !isLanguage(t) && !(next?.kind === 'word' && next.text === next.lower)) return 'PLACE';
  if (prev?.lower === 'at' && !isEnglishWord(t)) return 'ORG';
  // A lone word before "said" that names no one in the article: "Wikinews observed", "Twitter said".
  if (next && SAY.has(next.lemma) && next.pos === 'VERB' && !ROLE_NOUNS.has(t)) return 'ORG';
  return undefined;
}

/** Folded text of a candidate. */
export const candidateText = (doc: Document, c: Candidate): string =>
  fold(doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 1]!.end));

/**
 * A wire dateline at a paragraph's start: "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "WASHINGTON (AP) —".
 * The capitals before it are the place the story was filed from; the capitals in parentheses before
 * the dash are the agency. Undefined for anything else.
 */
export function datelineType(doc: Document, c: Candidate): EntityType | undefined {
  const { tokens } = doc;
  const first = tokens[c.first]!;
  for (let k = c.first; k < c.end; k++) if (!isAllCaps(tokens[k]!.text) && tokens[k]!.kind === 'word') return undefined;
  const single = c.end - c.first === 1;
  if (single && tokens[c.first - 1]?.text === '(' && tokens[c.end]?.text === ')' && DATELINE_DASHES.has(tokens[c.end + 1]?.text ?? '')) return 'ORG';
  const paragraph = doc.paragraphs[doc.sentences[first.sentence]?.paragraph ?? -1];
  if (paragraph?.firstToken !== c.first) return undefined;
  const next = tokens[c.end]?.text ?? '';
  return next === ',' || next === '(' || DATELINE_DASHES.has(next) ? 'PLACE' : undefined;
}
