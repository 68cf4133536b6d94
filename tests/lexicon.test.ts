import { describe, expect, test } from 'vitest';
import { nameVocabularies } from '../tools/build-names.js';
import vocab from '../src/lexicon/data/names.json' with { type: 'json' };
import countries from '../src/lexicon/data/countries.json' with { type: 'json' };
import { countryTable } from '../tools/build-countries.js';
import { firstNameGender, isCity, isCommonWord, isFunctionWord, isLastName, mayStartPlaceName, ORG_WORDS, PLACE_WORDS } from '../src/lexicon/names.js';
import { countryByName, mayStartCountryName } from '../src/lexicon/countries.js';
import { fold } from '../src/text.js';
import { createDocument } from '../src/document.js';
import { normalize } from '../src/stages/01-normalize.js';
import { tokenize } from '../src/stages/02-tokenize.js';

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
    expect(vocab.firstUnisex.length).toBeGreaterThan(0);
    for (const w of vocab.firstUnisex) expect(firstNameGender(w)).toBeUndefined();
  });

  // The first-word filters let the entity stage skip building names no lexicon holds
  // (candidates.ts, startsKnownName): when a space follows a run's first token, that token must be
  // the whole first word of any name that can match, and the filter must let it through. Checked on
  // every multi-word name the lexicons hold, written as in text and cut by the pipeline's tokenizer.
  const firstToken = (name: string) => {
    const doc = createDocument({ id: 't', text: `${name} said so.` });
    normalize.run(doc);
    tokenize.run(doc);
    return { first: doc.tokens[0]!.text, spaced: doc.tokens[1]?.spaceBefore === true };
  };
  const titleCase = (n: string) => n.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

  test('every city and region of several words, as the tokenizer cuts it, passes the first-word filter', () => {
    const multi = [...vocab.cities, ...vocab.regions].filter((n) => n.includes(' '));
    expect(multi.length).toBeGreaterThan(50);
    for (const n of multi) {
      const { first, spaced } = firstToken(titleCase(n));
      if (!spaced) continue; // the filter is not used then
      expect(first.toLowerCase(), n).toBe(n.slice(0, n.indexOf(' ')));
      expect(mayStartPlaceName(first.toLowerCase()), n).toBe(true);
    }
  });

  test('every country name of several words, as the tokenizer cuts it, passes the first-word filter', () => {
    const names = countries.countries.flatMap((c) => [c.common, c.official, ...c.alt]).filter((n) => /\s/.test(n) && countryByName(n) !== undefined);
    expect(names.length).toBeGreaterThan(100);
    let checked = 0;
    for (const n of names) {
      const { first, spaced } = firstToken(n);
      if (!spaced) continue;
      const key = fold(n);
      expect(fold(first), n).toBe(key.slice(0, key.indexOf(' ')));
      expect(mayStartCountryName(fold(first)), n).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
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
