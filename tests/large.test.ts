/**
 * Long documents in linear time (issue #19). Each row is a document of 1–2.6 MB in a shape that once
 * made a stage quadratic or overflowed the call stack: a million short lines (`Math.max(...lines)`),
 * one paragraph dense in quotations nobody is named for (each quote scanned back past all earlier
 * ones), pronoun and description cues with nothing to resolve to (each scanned back to the top, the
 * speaker history copied per pronoun), and tens of thousands of different people (each name compared
 * with every person before it). No time is asserted — times on a shared machine are noisy; these
 * sizes took 100–470 s each before, against a few seconds now, so a stage that turns quadratic again
 * runs into the test's time limit. `make bench-large` measures and prints the times.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { expectValidSpans } from './helpers.js';

const FIRST = ['Ana', 'Tom', 'Maria', 'Jose', 'Peter', 'Laura', 'David', 'Sofia', 'Omar', 'Lena'];
/** A made-up surname per number: Bason, Cason, … */
const surname = (n: number) => {
  let s = '';
  do { s += 'bcdfghjklmnprstvz'[n % 17]! + 'aeiou'[Math.floor(n / 17) % 5]!; n = Math.floor(n / 85); } while (n > 0);
  return `${s[0]!.toUpperCase()}${s.slice(1)}son`;
};

describe('long documents', () => {
  test.each([
    ['a million short lines (1 MB)', 'a\n'.repeat(500_000), 0, 0],
    ['one paragraph of 75,000 quotations with no named speaker (1 MB)', '“Yes,” he said. “No,” she said, “maybe.” '.repeat(25_000), 50_000, 0],
    ['70,000 pronoun and description cues with nothing to resolve to (2 MB)', 'They said the plan failed. The ministry said it would not. '.repeat(35_000), 70_000, 0],
    ['30,000 different people and two Clintons (2.6 MB)', Array.from({ length: 30_000 }, (_, r) => `${FIRST[r % FIRST.length]} ${surname(r)} said the plan failed. ${r % 2 ? 'Hillary' : 'Chelsea'} Clinton agreed. Clinton said it would not. `).join(''), 60_000, 30_002],
  ])('%s: processed, every span valid', (_n, text, quotes, people) => {
    const rec = extract({ id: 'long', text });
    expect(rec.status).toBe('ok');
    expect(rec.quotes).toHaveLength(quotes);
    expect(rec.entities.filter((e) => e.type === 'PERSON')).toHaveLength(people);
    expectValidSpans(text, rec);
  }, 90_000);
});
