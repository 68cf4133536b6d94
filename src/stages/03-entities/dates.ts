/**
 * DATE mentions: calendar references ("Nov. 3", "December 2022", "October of this year", "Friday",
 * "two years ago", "the next day"), found by token patterns, with wink-nlp's DATE spans as a second
 * source. Durations ("twenty-five years"), ages and clock times are not dates.
 */
import {
  AGO, DAY_PARTS, DEICTIC_DAYS, EDGES, HOLIDAYS, MONTHS, RELATIVE, SEASONS, UNITS, WEEKDAYS, isYear, smallNumber,
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

const bare = (t: Token | undefined) => (t ? t.lower.replace(/\.$/, '') : '');
const isDay = (t: Token | undefined) => {
  const m = t ? ORDINAL_DAY.exec(t.lower) : null;
  return !!m && +m[1]! >= 1 && +m[1]! <= 31;
};
const unitOf = (t: Token | undefined) => {
  const b = bare(t);
  return UNITS.has(b) ? b : UNITS.has(b.replace(/s$/, '')) ? b.replace(/s$/, '') : undefined;
};

/** Is token i a month name used as one (capitalized; "may"/"march" need a date neighbour)? */
function isMonth(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !MONTHS.has(bare(t)) || !isCapitalized(t.text)) return false;
  if (t.lower !== 'may' && t.lower !== 'march') return true;
  const next = tokens[i + 1];
  return isDay(next) || (next !== undefined && isYear(next.text)) || DATE_PREPS.has(bare(tokens[i - 1]));
}

/** Try every pattern at token i; returns the end of the longest match, or i when none. */
function matchAt(tokens: Token[], i: number, sentEnd: number): number {
  const at = (k: number) => (k < sentEnd ? tokens[k] : undefined);
  const t = at(i)!;
  const b = bare(t);
  // "the next day", "the 1960s"
  if (b === 'the') {
    const n = bare(at(i + 1));
    if (['next', 'following', 'previous', 'same'].includes(n) && unitOf(at(i + 2))) return i + 3;
    if (DECADE.test(at(i + 1)?.text ?? '')) return i + 2;
    return i;
  }
  if (NUMERIC_DATE.test(t.text) || DECADE.test(t.text)) return i + 1;
  if (/^(early|mid|late)-(18|19|20)\d\d$/.test(t.lower)) return i + 1;
  if (EDGES.has(b) && (isYear(at(i + 1)?.text ?? '') || isMonth(tokens, i + 1))) return matchAt(tokens, i + 1, sentEnd);
  if (isMonth(tokens, i)) {
    let k = i + 1;
    if (at(k)?.text === '.') k++;
    if (isDay(at(k))) {
      k++;
      if (at(k)?.text === ',' && isYear(at(k + 1)?.text ?? '')) return k + 2;
      return isYear(at(k)?.text ?? '') ? k + 1 : k;
    }
    if (isYear(at(k)?.text ?? '')) return k + 1;
    if (bare(at(k)) === 'of') {
      if (isYear(at(k + 1)?.text ?? '')) return k + 2;
      if (['this', 'last', 'next'].includes(bare(at(k + 1))) && bare(at(k + 2)) === 'year') return k + 3;
    }
    return k;
  }
  if (isDay(t) && isMonth(tokens, i + 1)) {
    const k = i + 2;
    return isYear(at(k)?.text ?? '') ? k + 1 : k;
  }
  if ((WEEKDAYS.has(b) && isCapitalized(t.text) && b.length > 3) || DEICTIC_DAYS.has(b)) {
    return DAY_PARTS.has(bare(at(i + 1))) ? i + 2 : i + 1;
  }
  if (RELATIVE.has(b) && b !== 'same' && b !== 'previous' && b !== 'following') {
    const n = at(i + 1);
    if (unitOf(n) && !/s$/.test(bare(n)) || (n && WEEKDAYS.has(bare(n))) || isMonth(tokens, i + 1)) return i + 2;
  }
  const num = smallNumber(b);
  if (num !== undefined && unitOf(at(i + 1)) && AGO.has(bare(at(i + 2))) && bare(at(i + 2)) !== 'before') return i + 3;
  if (SEASONS.has(b) && isYear(at(i + 1)?.text ?? '')) return i + 2;
  if (SEASONS.has(b) && bare(at(i + 1)) === 'of' && isYear(at(i + 2)?.text ?? '')) return i + 3;
  if (isCapitalized(t.text)) {
    const two = `${b} ${bare(at(i + 1))}`;
    if (HOLIDAYS.has(two)) return ['day', 'eve'].includes(bare(at(i + 2))) ? i + 3 : i + 2;
    if (HOLIDAYS.has(b) || HOLIDAYS.has(b.replace(/['’]s$/, ''))) return ['day', 'eve'].includes(bare(at(i + 1))) ? i + 2 : i + 1;
  }
  if (isYear(t.text) && t.kind === 'number') {
    const prev = tokens[i - 1];
    const next = at(i + 1);
    const prevOk = !prev || prev.sentence !== t.sentence || DATE_PREPS.has(bare(prev)) || prev.text === ',';
    if (prevOk && !(next && /^(%|percent|people|votes|members|times)$/.test(next.lower))) return i + 1;
  }
  return i;
}

export function findDates(doc: Document): DateMatch[] {
  const { tokens } = doc;
  const out: DateMatch[] = [];
  const taken = new Uint8Array(tokens.length);
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const end = matchAt(tokens, i, s.endToken);
      if (end > i) {
        out.push({ first: i, end });
        taken.fill(1, i, end);
        i = end - 1;
      }
    }
  }
  // wink-nlp's DATE spans that no pattern covered ("3/4/2020"-like forms we did not list).
  for (const h of doc.hints) {
    if (h.type !== 'DATE') continue;
    let free = true;
    for (let k = h.firstToken; k < h.endToken; k++) if (taken[k]) free = false;
    const hasDigitOrName = tokens.slice(h.firstToken, h.endToken).some((t) => /\d/.test(t.text) || isCapitalized(t.text));
    if (free && hasDigitOrName) out.push({ first: h.firstToken, end: h.endToken });
  }
  return out.sort((a, b) => a.first - b.first);
}
