/** Date values: TIMEX-style, against a reference date or without one. */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
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
  ['the fall', ref, '2025-FA'],
  ['spring', none, 'XXXX-SP'],
  ['the sixties', none, '196X'],
  ['the 20th century', none, '19XX'],
  ['This past week', ref, '2025-W46'],
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

/** Date mentions as found in running text (published 2025-11-20), with rows that must find nothing. */
const found: [string, string, string[]][] = [
  ['bare years after a preposition, in a span', 'He was born in 1998 and studied ozone over 2000 - 2050.', ['1998', '2000', '2050']],
  ['weekdays and months on their own', 'On Friday he said September was hard.', ['Friday', 'September']],
  ['a month at a sentence end, without the full stop', 'He came in September.', ['September']],
  ['seasons', 'Last fall the plan failed; in the fall it passed, during spring it rained, in the summer of 2019 too.',
    ['Last fall', 'the fall', 'spring', 'the summer of 2019']],
  ['decades and centuries', 'In the 1970s, the sixties and the 20th century.', ['the 1970s', 'the sixties', 'the 20th century']],
  ['"this past week"', 'This past week marked the opening.', ['This past week']],
  ['a capitalized day', 'Memorial Day and Waitangi Day passed.', ['Memorial Day', 'Waitangi Day']],
  // Nothing.
  ['a fall that is no season, a spring that is water', 'The fall of Rome was told in spring water ads.', []],
  ['a person named Day', 'Doris Day sang.', []],
  ['a year that modifies a noun, a count', 'Castillo’s 2022 attempt failed with over 2000 soldiers.', []],
];

describe('date mentions', () => {
  test.each(found)('%s', (_n, text, want) => {
    const rec = extract({ id: 'x', text, published: '2025-11-20' });
    expect(rec.entities.filter((e) => e.type === 'DATE').flatMap((e) => e.mentions.map((m) => m.text))).toEqual(want);
  });
});
