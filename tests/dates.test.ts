/** Date values: TIMEX-style, against a reference date or without one. */
import { describe, expect, test } from 'vitest';
import { dateValue } from '../src/stages/03-entities/date-values.js';
import type { DateReference } from '../src/types.js';

const none: DateReference = { value: 'XXXX-XX-XX', source: 'none' };
const ref: DateReference = { value: '2025-11-20', source: 'published' }; // a Thursday

const rows: [string, DateReference, string | undefined][] = [
  ['Nov. 3', none, 'XXXX-11-03'],
  ['Nov. 3', ref, '2025-11-03'],
  ['December 2022', none, '2022-12'],
  ['July 21, 2017', none, '2017-07-21'],
  ['2022', none, '2022'],
  ['October of this year', none, 'XXXX-10'],
  ['October of this year', ref, '2025-10'],
  ['Today', none, 'PRESENT_REF'],
  ['Today', ref, '2025-11-20'],
  ['yesterday', ref, '2025-11-19'],
  ['Friday', ref, '2025-11-14'],
  ['Friday', none, 'XXXX-WXX-5'],
  ['next Friday', ref, '2025-11-21'],
  ['last year', ref, '2024'],
  ['this year', ref, '2025'],
  ['next month', ref, '2025-12'],
  ['Seventeen years ago', ref, '2008'],
  ['the 1960s', none, '196X'],
  ['mid-2015', none, '2015'],
  ['Christmas', ref, '2025-12-25'],
  ['spring 2015', none, '2015-SP'],
  // Nothing to pin down.
  ['yesterday', none, undefined],
  ['the next day', ref, undefined],
  ['Easter', none, undefined],
];

describe('date values', () => {
  test.each(rows)('%s (%o) → %s', (text, reference, want) => {
    expect(dateValue(text, reference)).toBe(want);
  });
});
