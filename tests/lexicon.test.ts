import { describe, expect, test } from 'vitest';
import { nameVocabularies } from '../tools/build-names.js';
import vocab from '../src/lexicon/data/names.json' with { type: 'json' };
import countries from '../src/lexicon/data/countries.json' with { type: 'json' };
import { countryTable } from '../tools/build-countries.js';
import { firstNameGender, isCity, isCommonWord, isFunctionWord, isLastName, ORG_WORDS, PLACE_WORDS } from '../src/lexicon/names.js';

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
    ['john', 'm'], ['mary', 'f'], ['table', null], ['obama', null],
  ] as const)('first name %s → %s', (word, gender) => {
    expect(firstNameGender(word)).toBe(gender);
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
