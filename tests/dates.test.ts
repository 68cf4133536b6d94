/** Date values: TIMEX-style, against a reference date or without one. */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { chronoCalendar, chronoFor, MAY_SPAN_TIME, TIME_SPAN_PARSERS, dateValue, isNamedDay, monthForm, monthOfYear, partOfMonth } from '../src/stages/03-entities/date-values.js';
import type { DateReference } from '../src/types.js';

const none: DateReference = { value: 'XXXX-XX-XX', source: 'none' };
const ref: DateReference = { value: '2025-11-20', source: 'published' }; // a Thursday

const rows: [string, DateReference, string | undefined][] = [
  ['Nov. 3', none, 'XXXX-11-03'],
  ['mid-July', ref, '2025-07'],
  ['late-September', none, 'XXXX-09'],
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
  ['a part of a month in one word', 'By mid-July it was over.', ['mid-July']],
  ['a feast of three words', 'Shops closed for Lunar New Year in Singapore.', ['Lunar New Year']],
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

/** Every text the fast reader reads gets chrono's value; returns how many it read. */
function agreeWithChrono(read: (t: string, r: Date | undefined) => string | undefined, texts: string[], r: Date | undefined): number {
  let n = 0;
  for (const t of texts) {
    const fast = read(t, r);
    if (fast === undefined) continue;
    n++;
    expect(fast, t).toBe(chronoCalendar(t, r, t.toLowerCase()));
  }
  return n;
}

describe('the month forms read without chrono', () => {
  // Every month under every name chrono knows, every day 1-31 (a day a month may lack must be left
  // to chrono), each form, against references on either side of the year's turn and none.
  const names = ['January', 'Jan', 'Jan.', 'February', 'Feb.', 'March', 'Mar', 'April', 'Apr.', 'May', 'June', 'Jun.', 'July', 'Jul', 'August', 'Aug.',
    'September', 'Sept.', 'Sept', 'Sep.', 'Sep', 'October', 'Oct.', 'November', 'Nov.', 'December', 'Dec.', 'Dec', 'DECEMBER', 'december'];
  const refs = [undefined, ...['2016-01-03', '2016-06-30', '2016-07-01', '2015-12-31', '2016-02-29', '2025-11-20'].map((d) => new Date(`${d}T12:00:00Z`))];
  const texts: string[] = [];
  for (const n of names) {
    texts.push(n, `${n} 2015`, `${n}, 2015`);
    for (let d = 1; d <= 31; d++) texts.push(`${n} ${d}`, `${n} ${d}, 2015`, `${n} ${d} 2015`, `${n} ${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'}`);
  }
  test.each(refs.map((r) => [r?.toISOString().slice(0, 10) ?? 'no reference', r] as const))('agree with chrono: %s', (_name, r) => {
    const read = agreeWithChrono(monthForm, texts, r);
    expect(read).toBeGreaterThan(texts.length * 0.9); // nearly all of them are read without chrono
  });

  // Rows that must be left to chrono.
  test.each(['February 29', 'Feb. 30', 'April 31', 'Dec', 'Mon', 'Decembre 7', 'December 7, 15', 'December  7', 'mid-December', 'December 7-9', '12/7/2022', 'the 7th of December'])('%s: not read here', (t) => {
    expect(monthForm(t, refs[1])).toBeUndefined();
  });
});

describe('a month of this, last or next year, read without chrono', () => {
  const months = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'december', 'Sept'];
  const refs = [undefined, ...['2016-01-03', '2016-06-30', '2015-12-31', '2016-02-29', '2025-11-20'].map((d) => new Date(`${d}T12:00:00Z`))];
  const texts = months.flatMap((m) => ['this', 'last', 'next'].map((w) => `${m} of ${w} year`));
  test.each(refs.map((r) => [r?.toISOString().slice(0, 10) ?? 'no reference', r] as const))('agree with chrono: %s', (_name, r) => {
    const read = agreeWithChrono(monthOfYear, texts, r);
    expect(read).toBe(13 * 3); // every name listed (May is not), under each of this/last/next
  });
  test.each(['May of this year', 'Dec of this year', 'October of that year', 'October of this year 2016', 'October of the year', 'OCTOBER of this year'])('%s: not read here', (t) => {
    expect(monthOfYear(t, refs[1])).toBeUndefined();
  });
});

describe('early, mid and late in a month, read without chrono', () => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'Sept', 'October', 'November', 'December', 'Dec', 'Sep'];
  const refs = [undefined, ...['2016-01-03', '2016-06-30', '2015-12-31', '2016-02-29', '2016-10-01'].map((d) => new Date(`${d}T12:00:00Z`))];
  const texts = ['early ', 'Early ', 'mid-', 'Mid-', 'mid ', 'late ', 'Late '].flatMap((p) => months.map((m) => p + m));
  test.each(refs.map((r) => [r?.toISOString().slice(0, 10) ?? 'no reference', r] as const))('agree with chrono: %s', (_name, r) => {
    const read = agreeWithChrono(partOfMonth, texts, r);
    expect(read).toBe(7 * 12); // the eleven full names but May, and Sept, under each of seven prefixes
  });
  // Rows left to chrono (or to nothing).
  test.each(['early May', 'mid-Dec', 'late Sep', 'early September 2016', 'late September 5', 'earlySeptember', 'very late September', 'mid-Decembre'])('%s: not read here', (t) => {
    expect(partOfMonth(t, refs[1])).toBeUndefined();
  });
});

describe('named days: chrono finds no date in them', () => {
  const ref = new Date('2016-10-01T12:00:00Z');
  test.each(['Labor Day', 'Election Day', 'Waitangi Day', 'Veterans Day', "Mother's Day", 'Memorial Day', 'Inauguration Day', 'Anzac Day',
    'Bastille Day', 'World AIDS Day', 'Martin Luther King Day', 'Groundhog Day', 'Presidents Day', "St. Patrick's Day", "International Women's Day",
    'One Day', 'Every Day', 'That Day', 'Judgment Day'])('%s', (t) => {
    const lower = t.toLowerCase();
    expect(isNamedDay(lower)).toBe(true);
    expect(chronoCalendar(t, ref, lower)).toBeUndefined();
    expect(chronoCalendar(t, undefined, lower)).toBeUndefined();
  });
  test.each(['Super Tuesday', 'Good Friday', 'Lunar New Year', 'Yom Kippur', 'Rosh Hashanah', 'Easter', 'Thanksgiving'])('%s: a movable feast, no value (nor in chrono)', (t) => {
    expect(dateValue(t, { value: '2016-10-01', source: 'published' })).toBeUndefined();
    expect(chronoCalendar(t, ref, t.toLowerCase())).toBeUndefined();
  });
  // Rows that hold a word chrono reads, or are no named day: left to chrono.
  test.each(['Today Day', 'Tomorrow Day', 'Overmorrow Day', 'Post-Tomorrow Day', 'Mid-January Day', 'Monday Day', 'May Day', 'Sept. Day', 'Day',
    'Day One', 'D-Day', '4 July Day', 'Election day two', 'last day', 'next day', 'in a day', 'after a day', 'within the day', 'for a day'])('%s: not a named day', (t) => {
    expect(isNamedDay(t.toLowerCase())).toBe(false);
  });
});

describe('chrono without its parsers of spans of time, where a text cannot hold one', () => {
  const spans = new chrono.Chrono({ parsers: chrono.casual.parsers.filter((p) => TIME_SPAN_PARSERS.test(p.constructor.name)), refiners: [] });
  test('the four parsers are found by name in this chrono-node', () => {
    expect(spans.parsers).toHaveLength(4);
    expect(chronoFor('Jan').parsers).toHaveLength(chrono.casual.parsers.length - 4);
  });
  test.each([
    ['3 days ago', true], ['two weeks later', true], ['within a month', true], ['next 5 years', true], ['the past few months', true],
    ['a couple     days ago', true], ['+2d', true], ['half an hour later', true], ['in 12 mos', true],
    ['the same year', false], ['the following year', false], ['Jan', false], ['late May', false], ['Feb. 29', false],
    ['2015-12-02', false], ['June of 2006', false], ['Sept.11, 2001', false], ['the previous decade', false],
  ])('%s: may hold a span of time, %s', (text, may) => {
    expect(MAY_SPAN_TIME.test(text)).toBe(may);
    if (may) expect(spans.parse(text, new Date(Date.UTC(2020, 5, 1))).length).toBeGreaterThan(0);
  });
  // Texts built from the words chrono's span parsers read, and from other date words: where the gate
  // says no span can be held, those parsers find none, and chronoCalendar gives what chrono gives.
  const word = fc.constantFrom('3', '12', '2.5', 'one', 'two', 'twelve', 'a', 'an', 'half', 'few', 'several', 'couple', 'of', 'the',
    'about', 'within', 'in', 'for', 'this', 'last', 'past', 'next', 'after', '+', '-', 'ago', 'before', 'earlier', 'later', 'from now',
    'out', 's', 'sec', 'seconds', 'm', 'min', 'minute', 'h', 'hr', 'hours', 'd', 'day', 'days', 'w', 'week', 'mo', 'mon', 'months',
    'qtr', 'quarter', 'y', 'yr', 'year', 'years', 'same', 'following', 'previous', 'May', 'Jan', 'Feb.', 'March', '29', '2001', ',',
    'late', 'early', 'mid', 'Monday', 'noon', 'tonight', 'and', 'Obama', 'said');
  const glue = fc.constantFrom(' ', '', '  ', ', ', '-');
  const text = fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 6 }).map((ws) => ws.map(([w, g]) => w + g).join('').trim());
  const ref = new Date(Date.UTC(2020, 5, 1));
  const parts = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem'] as const;
  const fields = (c: chrono.ParsedComponents) => parts.map((k) => [c.get(k), c.isCertain(k)]);
  const found = (rs: chrono.ParsedResult[]) => rs.map((r) => [r.index, r.text, fields(r.start), r.end && fields(r.end)]);
  test('no span where the gate says none; the same value as chrono either way', () => {
    let closed = 0;
    fc.assert(fc.property(text, (t) => {
      if (!MAY_SPAN_TIME.test(t)) { closed++; expect(spans.parse(t, ref), t).toEqual([]); }
      expect(found(chronoFor(t).parse(t, ref)), t).toEqual(found(chrono.casual.parse(t, ref)));
    }), { numRuns: 3000 });
    expect(closed).toBeGreaterThan(300); // the generator reaches the gate's closed side often
  });
});
