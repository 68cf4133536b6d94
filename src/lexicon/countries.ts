/**
 * Countries, their names, demonyms and capitals, from the world-countries package (data ODbL-1.0,
 * mledoze/countries; the fields used here, in data/countries.json, by tools/build-countries.ts) plus
 * the short forms news writes ("U.S.", "Britain") that it lacks.
 */
import table from './data/countries.json' with { type: 'json' };
import { fold } from '../text.js';

const countries = table.countries;

export interface CountryInfo {
  code: string;
  /** English common name, the canonical name of the entity. */
  name: string;
  /** Sovereign state (scored as COUNTRY); others (Puerto Rico, Hong Kong) are places in a country. */
  sovereign: boolean;
  capitals: string[];
}

/** Territories that news treats as states though not UN members. */
const STATE_LIKE = new Set(['TW', 'PS', 'XK', 'VA']);

/** Short and informal names missing from world-countries, by ISO code. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'United Kingdom'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  KR: ['Korea'],
  CN: ['PRC', "People's Republic of China", 'Mainland China'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic', 'Czechia'],
  MM: ['Burma'],
  CI: ["Cote d'Ivoire", 'Côte d’Ivoire'],
  VA: ['Holy See'],
  TR: ['Turkey', 'Türkiye'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
};

/** Demonyms that world-countries lacks or that news uses for a country. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'U.S.'],
  GB: ['British', 'UK', 'U.K.'],
  NL: ['Dutch'],
  CN: ['Chinese'],
  KR: ['South Korean', 'Korean'],
  KP: ['North Korean'],
  PH: ['Filipino', 'Philippine'],
  AF: ['Afghan'],
};

/** Two-letter codes that do name a country in running text ("US", "UK"); other codes ("PE", "IN") do not. */
const CODE_NAMES = new Set(['us', 'uk']);

const byCode = new Map<string, CountryInfo>();
const byName = new Map<string, string>();
const byDemonym = new Map<string, string>();
const byCapital = new Map<string, string>();
/** Languages the countries speak ("English", "Tagalog"): after "in", a language is no place. */
const languages = new Set<string>();

function addName(name: string, code: string): void {
  const k = fold(name);
  if (k.length <= 2 && !CODE_NAMES.has(k)) return;
  if (!byName.has(k)) byName.set(k, code);
}

for (const c of countries) {
  const code = c.cca2;
  const sovereign = c.sovereign || STATE_LIKE.has(code);
  byCode.set(code, { code, name: c.common, sovereign, capitals: c.capitals });
  addName(c.common, code);
  addName(c.official, code);
  for (const alt of c.alt) if (/^[\p{L} .,'’()-]+$/u.test(alt) && !alt.includes(',')) addName(alt, code);
  for (const form of c.demonyms) if (!byDemonym.has(fold(form))) byDemonym.set(fold(form), code);
  for (const cap of c.capitals) if (!byCapital.has(fold(cap))) byCapital.set(fold(cap), code);
  for (const lang of c.languages) languages.add(fold(lang));
}
for (const [code, names] of Object.entries(EXTRA_NAMES)) for (const n of names) byName.set(fold(n), code);
for (const [code, names] of Object.entries(EXTRA_DEMONYMS)) for (const n of names) byDemonym.set(fold(n), code);
// Names that are far more often something else in English news ("New Jersey" is matched whole).
for (const k of ['jersey']) byName.delete(k);

/** First words of the country names of several words (folded). */
const countryFirstWords = new Set<string>();
for (const k of byName.keys()) if (k.includes(' ')) countryFirstWords.add(k.slice(0, k.indexOf(' ')));
/** Could a country's name of several words start with this word (folded)? A quick no for most words. */
export const mayStartCountryName = (folded: string): boolean => countryFirstWords.has(folded);

/** Countries within a state, places of it rather than states ("England", "Scotland"). */
const CONSTITUENT: ReadonlyMap<string, string> = new Map([['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'],
  ['northern ireland', 'GB'], ['greenland', 'GL'], ['faroe islands', 'FO']]);

/** ISO code of the state a constituent country belongs to ("England" → GB), if the name (folded) is one. */
export const constituentCountry = (folded: string): string | undefined => CONSTITUENT.get(folded);

/** ISO code for a country name as written ("Peru", "the U.S.", "Republic of Peru"), if any. */
export function countryByName(name: string): string | undefined {
  return byName.get(fold(name));
}

/** ISO code for a demonym ("Peruvian", "Mexican"), if any. Plurals ("Peruvians") are accepted. */
export function countryByDemonym(word: string): string | undefined {
  const k = fold(word);
  return byDemonym.get(k) ?? (k.endsWith('s') ? byDemonym.get(k.slice(0, -1)) : undefined);
}

/** ISO code of the country whose capital this is ("Lima" → PE). */
export function countryByCapital(name: string): string | undefined {
  return byCapital.get(fold(name));
}

export function countryInfo(code: string): CountryInfo | undefined {
  return byCode.get(code);
}

export const isLanguage = (name: string): boolean => languages.has(fold(name));
