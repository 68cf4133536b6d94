import { describe, expect, test } from 'vitest';
import { nameVocabularies } from '../tools/build-names.js';
import vocab from '../src/lexicon/data/names.json' with { type: 'json' };
import countries from '../src/lexicon/data/countries.json' with { type: 'json' };
import { countryTable } from '../tools/build-countries.js';
import { firstNameGender, isCity, isCommonWord, isFunctionWord, isLastName, mayStartPlaceName, ORG_WORDS, PLACE_WORDS } from '../src/lexicon/names.js';
import { countryByName, mayStartCountryName } from '../src/lexicon/countries.js';
import { fold } from '../src/text.js';

describe('the country table (src/lexicon/data/countries.json)', () => {
  test('is what tools/build-countries.ts makes of the installed world-countries', () => {
    expect(countries).toEqual(JSON.parse(JSON.stringify(countryTable())));
  });
});

describe('name vocabularies (src/lexicon/data/names.json)', () => {
  test('equal what the installed compromise gives (rebuild with tools/build-names.ts after upgrading it)', () => {
    expect(vocab).toEqual(nameVocabularies());
  });

  test.each([
    ['john', 'm'], ['mary', 'f'], ['table', null], ['obama', null], ['', null],
  ] as const)('first name %s → %s', (word, gender) => {
    expect(firstNameGender(word)).toBe(gender);
  });

  test('a first name of either gender is a first name with no gender (undefined, not null)', () => {
    const either = vocab.firstUnisex.filter((w) => !vocab.male.includes(w) && !vocab.female.includes(w));
    expect(either.length).toBeGreaterThan(0);
    for (const w of either) expect(firstNameGender(w)).toBeUndefined();
  });

  // The first-word filters let the entity stage skip building names no lexicon holds: they must
  // never rule out a name a lexicon does hold.
  test('every city and region of several words passes the first-word filter', () => {
    const multi = [...vocab.cities, ...vocab.regions].filter((n) => n.includes(' '));
    expect(multi.length).toBeGreaterThan(50);
    for (const n of multi) expect(mayStartPlaceName(n.slice(0, n.indexOf(' '))), n).toBe(true);
  });

  test('every country name of several words passes the first-word filter', () => {
    const names = countries.countries.flatMap((c) => [c.common, c.official, ...c.alt]).filter((n) => n.includes(' ') && countryByName(n) !== undefined);
    expect(names.length).toBeGreaterThan(100);
    for (const n of names) expect(mayStartCountryName(fold(n).slice(0, fold(n).indexOf(' '))), n).toBe(true);
  });

  test.each([
    ['place', 'new', true], ['place', 'los', true], ['place', 'walked', false], ['place', 'chicago', false],
    ['country', 'united', true], ['country', 'south', true], ['country', 'walked', false], ['country', 'peru', false],
  ] as const)('%s names of several words may start with %s: %s', (kind, word, expected) => {
    expect((kind === 'place' ? mayStartPlaceName : mayStartCountryName)(word)).toBe(expected);
  });

  const lookups = { isLastName, isCity, isCommonWord, isFunctionWord };
  test.each([
    ['isLastName', 'smith', true], ['isLastName', 'the', false],
    ['isCity', 'chicago', true], ['isCity', 'walked', false],
    ['isCommonWord', 'walked', true], ['isCommonWord', 'chicago', false],
    ['isFunctionWord', 'the', true], ['isFunctionWord', 'us', false],
  ] as const)('%s(%s) is %s', (name, word, expected) => {
    expect(lookups[name](word)).toBe(expected);
  });

  test('head words include compromise\'s and the news additions', () => {
    expect(ORG_WORDS.has('university')).toBe(true);
    expect(ORG_WORDS.has('embassy')).toBe(true);
    expect(PLACE_WORDS.has('river')).toBe(true);
    expect(PLACE_WORDS.has('said')).toBe(false);
  });
});
