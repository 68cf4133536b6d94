/** Matching for `whosaid check` and corrections: speaker names as the team scorer compares them, and quote similarity. */
import { describe, expect, test } from 'vitest';
import { ftsQuery } from '../src/app/check/search.js';
import { sameName } from '../src/app/match/names.js';
import { similarity, words } from '../src/app/match/similarity.js';

const QUOTE = 'the asylum constituted an “unfriendly act” adding to what the government described as “repeated interference” by Mexico in Peru’s internal political affairs';

describe('sameName (shared/eval/score.mjs)', () => {
  test.each([
    ['Hugo de Zela', 'Hugo de Zela', true],
    ['de Zela', 'Hugo de Zela', true],
    ['HUGO DE ZELA', 'Hugo de Zela', true],
    ['Betssy Chavez', 'Betssy Chávez', true],
    ['Foreign Minister Hugo de Zela', 'Hugo de Zela', true],
    ["Mexico's president", 'Mexico’s president', true],
    ['Dina Boluarte', 'Hugo de Zela', false],
    ['Hugo Chávez', 'Hugo de Zela', false],
    ['', 'Hugo de Zela', false],
    ['the minister', 'Hugo de Zela', false],
  ])('%j names %j: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
    expect(sameName(b, a)).toBe(same);
  });
});

describe('similarity of a claim to a quote', () => {
  test.each([
    ['cut from the quote', 'unfriendly act', 1],
    ['cut, without its quotation marks and with other case', 'ADDING TO WHAT THE GOVERNMENT DESCRIBED', 1],
    ['one word changed', 'the asylum was an unfriendly act', 0.8],
    ['a word left out', 'the asylum constituted an unfriendly act adding to what government described', 0.9],
    ['a typo', 'repeated interferance by Mexico', 0.9],
    ['accents dropped', 'Peru’s internal political affairs', 1],
  ])('found: %s', (_n, claim, atLeast) => {
    expect(similarity(claim, QUOTE)).toBeGreaterThanOrEqual(atLeast);
  });

  test.each([
    ['another sentence', 'The moon is made of green cheese, the minister said.'],
    ['the same words in another order', 'Mexico internal affairs interference repeated political'],
    ['a claim far longer than the quote', 'Peru said the asylum was an unfriendly act and that it would cut relations with Mexico at once, and recall its ambassador, and close its embassy in Mexico City'],
    ['nothing to compare', '“ — ”'],
  ])('not found: %s', (_n, claim) => {
    expect(similarity(claim, QUOTE)).toBeLessThan(0.75);
  });

  test('words are folded as the full-text index folds them', () => {
    expect(words('Chávez’s “unfriendly act”—')).toEqual(['chavez', 's', 'unfriendly', 'act']);
  });
});

describe('ftsQuery', () => {
  test.each([
    ['unfriendly act', '"unfriendly" OR "act"'],
    ['It was the act of a friend', '"act" OR "friend"'],
    ['it is', '"it" OR "is"'],
    ['"quoted" OR NEAR(x)', '"quoted" OR "near" OR "x"'],
  ])('%j → %s', (claim, query) => {
    expect(ftsQuery(claim)).toBe(query);
  });

  test('a claim with no words has no query', () => {
    expect(ftsQuery('“…” — !')).toBeUndefined();
  });
});
