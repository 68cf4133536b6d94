/**
 * The hot-path text helpers against their plain definitions: each fast path (ASCII, no long run)
 * must answer exactly what the definition answers, on chosen rows and on random strings.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { breakLongRuns, normalizeText } from '../src/stages/01-normalize.js';
import { fold, isCapitalized } from '../src/text.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** The definitions, written the slow and obvious way. */
const foldRef = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’‘`´]/g, "'");
const isCapitalizedRef = (s: string) => {
  const c = s.codePointAt(0);
  if (c === undefined) return false;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
const breakRef = (s: string) => {
  let runs = 0;
  const text = s.replace(/\S{301,}/g, (m) => {
    runs++;
    let out = '';
    for (let i = 0; i < m.length; i += 300) out += i + 300 < m.length ? `${m.slice(i, i + 299)} ` : m.slice(i);
    return out;
  });
  return { text, runs };
};

/** normalizeText's replacements, always all of them (the function skips them when none would change anything). */
const normalizeRef = (s: string) => s
  .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g, ' ')
  .replace(/\r(?=\n)/g, ' ')
  .replace(/\r(?!\n)/g, '\n')
  .replace(/[\u2028\u2029\u0085]/g, '\n')
  .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u00ad]/g, ' ')
  .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** Strings mixing ASCII, capitals, accents, odd spaces and long runs. */
const PIECES = ['a', 'Z', 'é', 'É', 'ß', 'İ', '`', '’', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0301', '😀', 'Ω', '1', '.',
  '\r', '\r\n', '\u0000', '\u001f', '\u0085', '\u00ad', '\u200b', '\u2028', '\ud83d', '\ude00', '\u2060', '\u000b'];
const mixed = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.integer({ min: 250, max: 1200 }), fc.constantFrom('x', 'é', '\u00a0', ' '), fc.integer({ min: 0, max: 900 }))
    .map(([n, sep, at]) => `${'y'.repeat(n).slice(0, at)}${sep}${'y'.repeat(n).slice(at)}`),
);

describe('fold', () => {
  test.each([
    ['chavez', 'chavez'],
    ['Chávez', 'chavez'],
    ['CHAVEZ', 'chavez'],
    ['De Zela', 'de zela'],
    ['rock`n`roll', "rock'n'roll"],
    ['Trump’s', "trump's"],
    ['', ''],
    ['a\tb', 'a\tb'],
  ])('%j folds to %j', (s, want) => {
    expect(fold(s)).toBe(want);
  });

  test('equals its definition on random strings', () => {
    fc.assert(fc.property(mixed, (s) => fold(s) === foldRef(s)), { numRuns: runs });
  });
});

describe('isCapitalized', () => {
  test.each([
    ['Peru', true],
    ['Élysée', true],
    ['Ωmega', true],
    ['peru', false],
    ['1990', false],
    ['', false],
    ['“Peru', false],
    ['ß', false],
  ])('%j → %s', (s, want) => {
    expect(isCapitalized(s)).toBe(want);
  });

  test('equals its definition on random strings', () => {
    fc.assert(fc.property(mixed, (s) => isCapitalized(s) === isCapitalizedRef(s)), { numRuns: runs });
  });
});

describe('breakLongRuns', () => {
  test.each([
    ['ordinary text', 'He said it was an unfriendly act.', 0],
    ['a run of exactly 300', 'x'.repeat(300), 0],
    ['300 and 300 split by a no-break space', `${'x'.repeat(300)}\u00a0${'x'.repeat(300)}`, 0],
    ['a run of 301', 'x'.repeat(301), 1],
    ['two long runs', `${'x'.repeat(700)} and ${'y'.repeat(400)}`, 2],
    ['a long run of accented letters', 'é'.repeat(1000), 1],
  ])('%s: %i run(s) broken', (_name, s, want) => {
    const got = breakLongRuns(s);
    expect(got.runs).toBe(want);
    expect(got.text.length).toBe(s.length); // offsets are kept
    expect(/\S{301,}/.test(got.text)).toBe(false);
  });

  test('equals its definition on random strings', () => {
    fc.assert(fc.property(mixed, (s) => {
      expect(breakLongRuns(s)).toEqual(breakRef(s));
    }), { numRuns: runs });
  });
});

describe('normalizeText', () => {
  test.each([
    ['plain text comes back as it is', 'He said it was an “unfriendly act”.', 'He said it was an “unfriendly act”.'],
    ['no-break and em spaces', 'a\u00a0b\u2003c', 'a b c'],
    ['CRLF and a lone CR', 'a\r\nb\rc', 'a \nb\nc'],
    ['line separators', 'a\u2028b\u0085c', 'a\nb\nc'],
    ['controls and a soft hyphen', 'a\u0000b\u00adc\ufeff', 'a b c '],
    ['a lone surrogate', 'a\ud83db', 'a\ufffdb'],
    ['an emoji stays', 'a😀b', 'a😀b'],
  ])('%s', (_name, s, want) => {
    expect(normalizeText(s)).toBe(want);
    expect(normalizeText(s).length).toBe(s.length);
  });

  test('equals all its replacements on random strings', () => {
    fc.assert(fc.property(mixed, (s) => normalizeText(s) === normalizeRef(s)), { numRuns: runs });
  });
});
