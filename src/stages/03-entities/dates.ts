/**
 * DATE mentions: calendar references ("Nov. 3", "December 2022", "October of this year", "Friday",
 * "two years ago", "the next day"), found by token patterns (wink-nlp's own recognizer found nothing
 * they miss, and leaving it out of readDoc saves a fifth of the tagging time). Durations
 * ("twenty-five years"), ages and clock times are not dates.
 */
import { isFirstName } from '../../lexicon/names.js';
import {
  AGO, DAY_PARTS, DECADE_WORDS, DEICTIC_DAYS, EDGES, HOLIDAYS, MONTHS, RELATIVE, SEASON_PREPS, SEASONS, UNITS, WEEKDAYS,
  YEAR_LINKS, isYear, smallNumber,
} from '../../lexicon/time-words.js';
import { isCapitalized } from '../../text.js';
import type { Document, Token } from '../../types.js';

export interface DateMatch {
  first: number;
  end: number;
}

const DATE_PREPS = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through',
  'the', 'circa', 'between', 'and', 'to', 'on', 'early', 'late', 'mid', 'as', 'for', 'at', 'around', 'throughout']);
const ORDINAL_DAY = /^(\d{1,2})(st|nd|rd|th)?$/;
const NUMERIC_DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;
const DECADE = /^(\d{4}|'\d\d|’\d\d)s$/;

const bare = (t: Token | undefined) => (!t ? '' : t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Starts with a digit or an apostrophe, as numeric dates and decades do ("1990s", "'90s", "2024-05-01"): tested before their expressions. */
const opensNumber = (w: string) => { const c = w.charCodeAt(0); return isDigit(c) || c === 39 || c === 8217; };
const isDay = (t: Token | undefined) => {
  const m = t && isDigit(t.lower.charCodeAt(0)) ? ORDINAL_DAY.exec(t.lower) : null;
  return !!m && +m[1]! >= 1 && +m[1]! <= 31;
};
const unitOf = (t: Token | undefined) => {
  const b = bare(t);
  if (UNITS.has(b)) return b;
  const one = b.endsWith('s') ? b.slice(0, -1) : undefined; // "years" → "year"
  return one !== undefined && UNITS.has(one) ? one : undefined;
};

/** Is token i a month name used as one (capitalized; "may"/"march" need a date neighbour)? */
function isMonth(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !MONTHS.has(bare(t)) || !isCapitalized(t.text)) return false;
  if (t.lower !== 'may' && t.lower !== 'march') return true;
  const next = tokens[i + 1];
  return isDay(next) || (next !== undefined && isYear(next.text)) || DATE_PREPS.has(bare(tokens[i - 1]));
}

/** Token k if inside the sentence (module-level rather than a closure per call: matchAt runs on every "the"). */
const at = (tokens: Token[], sentEnd: number, k: number) => (k < sentEnd ? tokens[k] : undefined);
const NEXT_WORDS: ReadonlySet<string> = new Set(['next', 'following', 'previous', 'same']);
const THIS_LAST_NEXT: ReadonlySet<string> = new Set(['this', 'last', 'next']);
const DAY_EVE: ReadonlySet<string> = new Set(['day', 'eve']);

/** Try every pattern at token i; returns the end of the longest match, or i when none. */
function matchAt(tokens: Token[], i: number, sentEnd: number): number {
  const t = at(tokens, sentEnd, i)!;
  const b = bare(t);
  // "the next day", "the 1960s", "the sixties", "the 20th century", "in the fall"
  if (b === 'the') {
    const n = bare(at(tokens, sentEnd, i + 1));
    if (NEXT_WORDS.has(n) && unitOf(at(tokens, sentEnd, i + 2))) return i + 3;
    if (DECADE_WORDS.has(n) || (opensNumber(n) && DECADE.test(at(tokens, sentEnd, i + 1)!.text))) return i + 2;
    if (bare(at(tokens, sentEnd, i + 2)) === 'century' && CENTURY.test(n)) return i + 3;
    if (SEASONS.has(n) && seasonUse(tokens, i, i + 2, sentEnd)) return isYearOf(tokens, i + 2, sentEnd) ? i + 4 : i + 2;
    return i;
  }
  // "a year ago": the one date an article opens; "a" and "an" are frequent, so the other patterns are not tried.
  if ((b === 'a' || b === 'an') && !isCapitalized(t.text)) return agoEnd(tokens, i, sentEnd);
  // "this past week", "this coming year"
  if (b === 'this' && (bare(at(tokens, sentEnd, i + 1)) === 'past' || bare(at(tokens, sentEnd, i + 1)) === 'coming')
    && unitOf(at(tokens, sentEnd, i + 2))) return i + 3;
  if (opensNumber(t.text) && (NUMERIC_DATE.test(t.text) || DECADE.test(t.text))) return i + 1;
  if (t.lower.includes('-')) {
    if (/^(early|mid|late)-(18|19|20)\d\d$/.test(t.lower)) return i + 1;
    // "mid-July", "early-December": one token, the month's part.
    const part = /^(?:early|mid|late)-([a-z]+)\.?$/.exec(t.lower);
    if (part && MONTHS.has(part[1]!)) return isYear(at(tokens, sentEnd, i + 1)?.text ?? '') ? i + 2 : i + 1;
  }
  if (EDGES.has(b) && (isYear(at(tokens, sentEnd, i + 1)?.text ?? '') || isMonth(tokens, i + 1))) return matchAt(tokens, i + 1, sentEnd);
  if (isMonth(tokens, i)) {
    let k = i + 1;
    if (at(tokens, sentEnd, k)?.text === '.') k++;
    if (isDay(at(tokens, sentEnd, k))) {
      k++;
      if (at(tokens, sentEnd, k)?.text === ',' && isYear(at(tokens, sentEnd, k + 1)?.text ?? '')) return k + 2;
      return isYear(at(tokens, sentEnd, k)?.text ?? '') ? k + 1 : k;
    }
    if (isYear(at(tokens, sentEnd, k)?.text ?? '')) return k + 1;
    if (bare(at(tokens, sentEnd, k)) === 'of') {
      if (isYear(at(tokens, sentEnd, k + 1)?.text ?? '')) return k + 2;
      if (THIS_LAST_NEXT.has(bare(at(tokens, sentEnd, k + 1))) && bare(at(tokens, sentEnd, k + 2)) === 'year') return k + 3;
    }
    return k;
  }
  if (isDay(t) && isMonth(tokens, i + 1)) {
    const k = i + 2;
    return isYear(at(tokens, sentEnd, k)?.text ?? '') ? k + 1 : k;
  }
  if ((WEEKDAYS.has(b) && isCapitalized(t.text) && b.length > 3) || DEICTIC_DAYS.has(b)) {
    return DAY_PARTS.has(bare(at(tokens, sentEnd, i + 1))) ? i + 2 : i + 1;
  }
  if (RELATIVE.has(b) && b !== 'same' && b !== 'previous' && b !== 'following') {
    const n = at(tokens, sentEnd, i + 1);
    if (unitOf(n) && !/s$/.test(bare(n)) || (n && WEEKDAYS.has(bare(n))) || isMonth(tokens, i + 1)) return i + 2;
  }
  if (smallNumber(b) !== undefined && agoEnd(tokens, i, sentEnd) > i) return i + 3;
  if (SEASONS.has(b) && isYear(at(tokens, sentEnd, i + 1)?.text ?? '')) return i + 2;
  if (SEASONS.has(b) && seasonUse(tokens, i, i + 1, sentEnd)) return i + 1; // "during spring"
  // "Waitangi Day", "Memorial Day": a capitalized word and "Day" (not "Doris Day").
  if (isCapitalized(t.text) && at(tokens, sentEnd, i + 1)?.text === 'Day' && !isFirstName(b) && !WEEKDAYS.has(b)) return i + 2;
  if (SEASONS.has(b) && bare(at(tokens, sentEnd, i + 1)) === 'of' && isYear(at(tokens, sentEnd, i + 2)?.text ?? '')) return i + 3;
  if (isCapitalized(t.text)) {
    const two = HOLIDAY_FIRST_WORDS.has(b) ? `${b} ${bare(at(tokens, sentEnd, i + 1))}` : '';
    if (two && HOLIDAYS.has(`${two} ${bare(at(tokens, sentEnd, i + 2))}`)) return i + 3; // "Lunar New Year"
    if (HOLIDAYS.has(two)) return DAY_EVE.has(bare(at(tokens, sentEnd, i + 2))) ? i + 3 : i + 2;
    if (HOLIDAYS.has(b) || HOLIDAYS.has(b.replace(/['’]s$/, ''))) return DAY_EVE.has(bare(at(tokens, sentEnd, i + 1))) ? i + 2 : i + 1;
  }
  if (isYear(t.text) && t.kind === 'number') {
    const prev = tokens[i - 1];
    const next = at(tokens, sentEnd, i + 1);
    const prevOk = !prev || prev.sentence !== t.sentence || DATE_PREPS.has(bare(prev)) || prev.text === ',';
    // "2000 - 2050", "over 2000–2050": a year, unless a count of things follows ("over 2000 soldiers").
    const weakPrev = prev !== undefined && YEAR_LINKS.has(prev.lower) && !(next?.pos === 'NOUN' && next.lower.endsWith('s'));
    if ((prevOk || weakPrev) && !(next && /^(%|percent|people|votes|members|times)$/.test(next.lower))) return i + 1;
  }
  return i;
}

/** "two years ago", "a week earlier": the end of a count, a unit and "ago" or the like (not "before") after token i; i when there are none. */
function agoEnd(tokens: Token[], i: number, sentEnd: number): number {
  const after = bare(at(tokens, sentEnd, i + 2));
  return unitOf(at(tokens, sentEnd, i + 1)) && AGO.has(after) && after !== 'before' ? i + 3 : i;
}

/** First words of the holidays of several words: only these build a two-word key. */
const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...HOLIDAYS].filter((h) => h.includes(' ')).map((h) => h.slice(0, h.indexOf(' '))));
const CENTURY = /^(1[5-9]|2[01])(st|nd|rd|th)$/;

/** A season as a time: after "in", "during", "since" … and not a noun's modifier ("in spring water", "the fall of Rome"). */
function seasonUse(tokens: Token[], first: number, end: number, sentEnd: number): boolean {
  const prev = bare(tokens[first - 1]);
  const next = at(tokens, sentEnd, end);
  if (!SEASON_PREPS.has(prev) || prev === 'of') return false;
  if (next?.lower === 'of') return isYearOf(tokens, end, sentEnd);
  return !(next && next.kind === 'word' && next.text === next.lower && next.pos === 'NOUN');
}

/** "of 2019" at k. */
const isYearOf = (tokens: Token[], k: number, sentEnd: number) => bare(at(tokens, sentEnd, k)) === 'of' && isYear(at(tokens, sentEnd, k + 1)?.text ?? '');

/** Words a date mention can start with; any other token (but a number) is skipped without matching. */
const STARTERS: ReadonlySet<string> = new Set(['the', ...MONTHS.keys(), ...WEEKDAYS.keys(), ...DEICTIC_DAYS, ...EDGES, ...RELATIVE,
  ...SEASONS, ...[...HOLIDAYS].map((h) => h.split(' ')[0]!.replace(/['’]s$/, '')), 'a', 'an', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Holds a full stop, an apostrophe or a hyphen (by code: this runs on every token). */
function hasJoiner(l: string): boolean {
  for (let k = 0; k < l.length; k++) {
    const c = l.charCodeAt(k);
    if (c === 46 || c === 39 || c === 8217 || c === 45) return true;
  }
  return false;
}

function mayStart(t: Token): boolean {
  const l = t.lower;
  if (opensNumber(l)) return true; // digits, '90s
  if (STARTERS.has(l)) return true;
  if (!hasJoiner(l)) return false;
  const b = l.endsWith('.') ? l.slice(0, -1) : l;
  return STARTERS.has(b) || (/['’]s$/.test(b) && STARTERS.has(b.replace(/['’]s$/, ''))) || (b.includes('-') && STARTERS.has(b.slice(0, b.indexOf('-'))));
}

export function findDates(doc: Document): DateMatch[] {
  const { tokens } = doc;
  const out: DateMatch[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (!mayStart(tokens[i]!) && tokens[i + 1]?.text !== 'Day') continue;
      const end = matchAt(tokens, i, s.endToken);
      if (end > i) {
        // "Seventy-four years ago": the tens before a glued hyphen belong to the number.
        const tens = i - 2 >= s.firstToken && tokens[i - 1]!.text === '-' && !tokens[i - 1]!.spaceBefore && !tokens[i]!.spaceBefore
          && smallNumber(`${tokens[i - 2]!.lower}-${tokens[i]!.lower}`) !== undefined;
        out.push({ first: tens ? i - 2 : i, end });
        i = end - 1;
      }
    }
  }
  return out;
}
