/**
 * The arithmetic and text of `make bench`'s report (bench/stats.ts): medians, ratios judged against
 * the issue's targets, aligned tables. No timing here: times on a shared machine are not tested.
 */
import { describe, expect, test } from 'vitest';
import { type Target, median, meets, secs, table, times, verdict } from '../bench/stats.js';

describe('median', () => {
  test.each([
    [[], Number.NaN],
    [[3], 3],
    [[2, 1], 1.5],
    [[5, 1, 3], 3],
    [[10, 1, 2, 3], 2.5],
    [[1.2, 9.9, 1.1, 1.3, 1.0, 1.4, 1.25], 1.25], // one slow round moves the median little
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('does not reorder its argument', () => {
    const v = [3, 1, 2];
    median(v);
    expect(v).toEqual([3, 1, 2]);
  });
});

const atMost: Target = { op: '≤', value: 1.5 };
const atLeast: Target = { op: '≥', value: 0.6 };

describe('meets and verdict: judged on the value as printed', () => {
  test.each([
    [1.32, atMost, true, '(target ≤ 1.5×: met)'],
    [1.5, atMost, true, '(target ≤ 1.5×: met)'],
    [1.504, atMost, true, '(target ≤ 1.5×: met)'], // printed 1.50×
    [1.506, atMost, false, '(target ≤ 1.5×: NOT MET)'], // printed 1.51×
    [4.49, atMost, false, '(target ≤ 1.5×: NOT MET)'],
    [0.6, atLeast, true, '(target ≥ 0.6×: met)'],
    [0.596, atLeast, true, '(target ≥ 0.6×: met)'], // printed 0.60×
    [0.594, atLeast, false, '(target ≥ 0.6×: NOT MET)'],
    [387, { op: '≤', value: 400, unit: ' MB' }, true, '(target ≤ 400 MB: met)'],
    [473, { op: '≤', value: 400, unit: ' MB' }, false, '(target ≤ 400 MB: NOT MET)'],
  ] as [number, Target, boolean, string][])('%d against %j', (value, target, met, text) => {
    expect(meets(value, target)).toBe(met);
    expect(verdict(value, target)).toBe(text);
  });

  test('no target', () => {
    expect(verdict(2.4)).toBe('(no target; for reference)');
  });
});

test.each([
  [1.324, '1.32×'],
  [13.6449, '13.64×'],
])('times(%d) = %s', (x, text) => {
  expect(times(x)).toBe(text);
});

test.each([
  [2.567, '2.57 s'],
  [0.1234, '0.12 s'],
  [0.0456, '0.046 s'],
])('secs(%d) = %s', (x, text) => {
  expect(secs(x)).toBe(text);
});

describe('table', () => {
  test('columns as wide as their widest cell, two spaces apart, right-aligned where asked', () => {
    expect(table([
      ['command', 'median', 'peak RSS'],
      ['  whosaid', '2.59 s', '193 MB'],
      ['  node: load wink-nlp', '0.58 s', '99 MB'],
    ], 'lrr')).toEqual([
      'command                median  peak RSS',
      '  whosaid              2.59 s    193 MB',
      '  node: load wink-nlp  0.58 s     99 MB',
    ]);
  });

  test('a one-cell row is a heading: printed as it is, not counted in the widths', () => {
    expect(table([
      ['a', 'b'],
      ['a heading longer than every column'],
      ['xx', 'y'],
    ], 'll')).toEqual([
      'a   b',
      'a heading longer than every column',
      'xx  y',
    ]);
  });

  test('empty cells and trailing spaces; characters, not UTF-16 units, count', () => {
    expect(table([
      ['ratio', 'value', 'note'],
      ['x', '1.50×', ''],
      ['𝑥', '12.00×', 'met'],
    ], 'lrl')).toEqual([
      'ratio   value  note',
      'x       1.50×',
      '𝑥      12.00×  met',
    ]);
  });
});
