/**
 * Normalized values for DATE mentions, TIMEX-style: "2025-11-03", "2022-12", "2022", "XXXX-11-03"
 * when the year is unknown, "196X" for a decade, "PRESENT_REF" for "today" without a reference date.
 * chrono-node parses the calendar forms against the reference date; we keep only the fields the text
 * states (chrono's knownValues), so a missing year stays XXXX instead of being guessed.
 */
import * as chrono from 'chrono-node';
import { AGO, DECADE_WORDS, HOLIDAYS, MONTHS, SEASONS, WEEKDAYS, smallNumber } from '../../lexicon/time-words.js';
import type { DateReference } from '../../types.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

const FIXED_HOLIDAYS: Record<string, string> = { christmas: '12-25', halloween: '10-31', 'new year': '01-01',
  "new year's": '01-01', 'independence day': '07-04', valentine: '02-14', "valentine's": '02-14', 'boxing day': '12-26' };
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

const cache = new Map<string, string | undefined>();
const CACHE_MAX = 50_000;

/** The value of one date mention, or undefined when the text does not pin it down (memoized: dates repeat). */
export function dateValue(text: string, ref: DateReference): string | undefined {
  const key = `${ref.source === 'published' ? ref.value : ''}|${text}`;
  if (cache.has(key)) return cache.get(key);
  const v = computeDateValue(text, ref);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, v);
  return v;
}

function computeDateValue(text: string, ref: DateReference): string | undefined {
  const refDate = ref.source === 'published' ? new Date(`${ref.value}T12:00:00Z`) : undefined;
  const s = text.toLowerCase().replace(/^the\s+/, '').replace(/[’]/g, "'");
  const words = s.split(/[\s,]+/).filter(Boolean).map((w) => w.replace(/\.$/, ''));
  const w0 = words[0] ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{3})\ds$/.exec(s))) return `${m[1]}X`;
  if ((m = /^'(\d)\ds$/.exec(s))) return `${+m[1]! >= 3 ? '19' : '20'}${m[1]}X`;
  if ((m = /^(?:early|mid|late)[- ](\d{4})$/.exec(s)) || (m = /^(\d{4})$/.exec(s))) return m[1];
  if (SEASONS.has(w0) && (m = /(\d{4})$/.exec(s))) return `${m[1]}-${SEASON_CODE[w0]}`;
  if (SEASONS.has(w0) && words.length === 1) return `${refDate ? refDate.getUTCFullYear() : 'XXXX'}-${SEASON_CODE[w0]}`;
  if (DECADE_WORDS.has(w0)) return `19${DECADE_WORDS.get(w0)}X`;
  if ((m = /^(\d{2})(?:st|nd|rd|th) century$/.exec(s))) return `${+m[1]! - 1}XX`;
  if (w0 === 'this' && (words[1] === 'past' || words[1] === 'coming') && words[2]) return relative(words[1], words[2], refDate);
  if (w0 === 'today' || w0 === 'tonight') return refDate ? ymd(refDate) : 'PRESENT_REF';
  if (w0 === 'yesterday' || w0 === 'tomorrow') return refDate ? ymd(addDays(refDate, w0 === 'yesterday' ? -1 : 1)) : undefined;
  if (WEEKDAYS.has(w0)) return weekday(WEEKDAYS.get(w0)!, refDate, false);
  if ((w0 === 'next' || w0 === 'last' || w0 === 'this' || w0 === 'past' || w0 === 'coming') && words[1]) {
    return relative(w0, words[1], refDate);
  }
  const n = smallNumber(w0);
  if (n !== undefined && words[1] && AGO.has(words[2] ?? '')) return ago(n, words[1], words[2]!, refDate);
  const holiday = FIXED_HOLIDAYS[words.slice(0, 2).join(' ')] ?? FIXED_HOLIDAYS[w0];
  if (holiday) return `${refDate ? refDate.getUTCFullYear() : 'XXXX'}-${holiday}`;
  if (HOLIDAYS.has(w0) || HOLIDAYS.has(s)) return undefined; // movable feasts: no date without a calendar of them (nor in chrono)
  return calendar(text, refDate, s);
}

function weekday(day: number, refDate: Date | undefined, forward: boolean): string {
  if (!refDate) return `XXXX-WXX-${day}`;
  const refDay = refDate.getUTCDay() || 7;
  // News reports mostly look back: "on Friday" is the last Friday on or before the reference date.
  const diff = forward ? (day - refDay + 7) % 7 || 7 : -((refDay - day + 7) % 7);
  return ymd(addDays(refDate, diff));
}

function relative(which: string, unit: string, refDate: Date | undefined): string | undefined {
  if (!refDate) return undefined;
  const sign = which === 'next' || which === 'coming' ? 1 : which === 'this' ? 0 : -1;
  const y = refDate.getUTCFullYear();
  const mo = refDate.getUTCMonth();
  if (unit === 'year') return String(y + sign);
  if (unit === 'month') { const d = new Date(Date.UTC(y, mo + sign, 1)); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`; }
  if (unit === 'week' || unit === 'weekend') return isoWeek(addDays(refDate, 7 * sign)) + (unit === 'weekend' ? '-WE' : '');
  if (WEEKDAYS.has(unit)) return weekday(WEEKDAYS.get(unit)!, refDate, sign >= 0);
  if (MONTHS.has(unit)) {
    const month = MONTHS.get(unit)!;
    return `${y + (sign === 0 ? 0 : sign < 0 ? (month > mo + 1 ? -1 : 0) : (month <= mo + 1 ? 1 : 0))}-${pad(month)}`;
  }
  if (SEASONS.has(unit)) return `${y + (sign < 0 ? -1 : sign > 0 ? 1 : 0)}-${SEASON_CODE[unit]}`;
  return undefined;
}

function ago(n: number, unitWord: string, dir: string, refDate: Date | undefined): string | undefined {
  if (!refDate) return undefined;
  const sign = dir === 'later' ? 1 : -1;
  const unit = unitWord.replace(/s$/, '');
  const y = refDate.getUTCFullYear();
  if (unit === 'year') return String(y + sign * n);
  if (unit === 'decade') return `${String(y + sign * 10 * n).slice(0, 3)}X`;
  if (unit === 'month') { const d = new Date(Date.UTC(y, refDate.getUTCMonth() + sign * n, 1)); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`; }
  if (unit === 'week') return isoWeek(addDays(refDate, sign * 7 * n));
  if (unit === 'day') return ymd(addDays(refDate, sign * n));
  return undefined;
}

/** Month/day/year forms, keeping only what the text states (plus the year implied by a reference). */
function calendar(text: string, refDate: Date | undefined, lower: string): string | undefined {
  if (isNamedDay(lower)) return undefined;
  return monthForm(text, refDate) ?? partOfMonth(text, refDate) ?? monthOfYear(text, refDate) ?? chronoCalendar(text, refDate, lower);
}

/**
 * Words chrono reads as (part of) a date, or that open a span of time with "day" ("in a day", "within
 * the day"): a named day holding one is left to it ("Tomorrow Day", "Overmorrow Day").
 */
const CHRONO_WORDS = new Set(['today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'now', 'noon', 'midnight',
  'morning', 'afternoon', 'evening', 'night', 'last', 'next', 'this', 'past', 'coming', 'ago', 'week', 'weekend', 'month', 'year',
  'in', 'within', 'for', 'after']);

/**
 * A named day ("Labor Day", "Waitangi Day", "Mother's Day", "the International Women's Day"): chrono
 * finds no date in one (tests/dates.test.ts checks a table against it), and its first parses in a
 * process cost 50-250 ms (its patterns compile on first use), which a one-article run would pay.
 */
export function isNamedDay(lower: string): boolean {
  const words = lower.split(' ');
  if (words.length < 2 || words[words.length - 1] !== 'day') return false;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    // No hyphen: chrono reads the parts of "Post-Tomorrow" or "Mid-January" on their own.
    if (!/^[a-z][a-z'.]*$/.test(w) || CHRONO_WORDS.has(w) || MONTHS.has(w.replace(/\.$/, '')) || WEEKDAYS.has(w)) return false;
  }
  return true;
}

/**
 * "early September", "mid-September", "late September": chrono reads the month alone. "May" is left
 * to chrono, which finds no date in "early May" (it takes "may" there for the verb).
 */
export function partOfMonth(text: string, refDate: Date | undefined): string | undefined {
  const m = /^(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]([A-Z][a-z]+)$/.exec(text);
  if (!m || m[1]!.length <= 3 || m[1] === 'May' || MONTHS.get(m[1]!.toLowerCase()) === undefined) return undefined;
  return monthForm(m[1]!, refDate);
}

/**
 * "October of this year", "March of last year": the month in the year the reference date names, read
 * as chrono reads it (XXXX for the year without a reference). A full month name only, and not "May";
 * tests/dates.test.ts checks every month, each of this/last/next and kinds of reference against chrono.
 */
export function monthOfYear(text: string, refDate: Date | undefined): string | undefined {
  const m = /^([A-Z][a-z]+|[a-z]+) of (this|last|next) year$/.exec(text);
  if (!m || m[1]!.length <= 3 || m[1]!.toLowerCase() === 'may') return undefined;
  const month = MONTHS.get(m[1]!.toLowerCase());
  if (month === undefined) return undefined;
  const year = refDate ? String(refDate.getUTCFullYear() + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0)) : 'XXXX';
  return `${year}-${pad(month)}`;
}

/** Days a month always has (February 29 is left to chrono, which knows the year's length). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The commonest calendar forms, read here as chrono reads them: "December", "Dec. 7", "December 7th,
 * 2022", "December 2022". chrono's first parses in a process cost ~50 ms (its patterns compile on
 * first use), a parse after that ~0.05 ms; most documents' dates are of these forms, so most never
 * reach it. tests/dates.test.ts checks this against chrono on every month, day, form and kind of
 * reference date; anything else (and any day a month may lack) goes to chrono.
 */
export function monthForm(text: string, refDate: Date | undefined): string | undefined {
  const m = /^([A-Za-z]+)(\.?)(?: (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?|,? (\d{4}))?$/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.get(m[1]!.toLowerCase());
  if (month === undefined) return undefined;
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const given = m[4] ?? m[5];
  // chrono takes a month alone only as a full name or with its period ("Dec." but not "Dec").
  if (day === undefined && given === undefined && m[1]!.length <= 3 && !m[2] && m[1]!.toLowerCase() !== 'may') return undefined;
  if (day !== undefined && (day < 1 || day > MONTH_DAYS[month - 1]!)) return undefined;
  const year = given ?? (refDate ? String(closestYear(refDate, day ?? 1, month)) : 'XXXX');
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The year that puts month/day closest to the reference date (chrono's findYearClosestToRef, in local time as there). */
function closestYear(refDate: Date, day: number, month: number): number {
  let date = new Date(refDate);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date);
  next.setFullYear(next.getFullYear() + 1);
  const last = new Date(date);
  last.setFullYear(last.getFullYear() - 1);
  const away = (d: Date) => Math.abs(d.getTime() - refDate.getTime());
  if (away(next) < away(date)) date = next;
  else if (away(last) < away(date)) date = last;
  return date.getFullYear();
}

/**
 * chrono's four parsers of spans of time ("3 days ago", "two weeks later", "within a month", "next 5
 * years") compile regexes that cost ~130 ms on their first use in a thread (V8 compiles them to
 * machine code), most of what chrono costs a corpus run, where it parses a few dozen dates: the rest
 * of chrono costs ~30 ms. Every match of theirs holds a number (a digit, one … twelve, a, an, half,
 * few, several, couple, of, the), up to five spaces, and a unit of time (chrono's
 * TIME_UNIT_DICTIONARY) that ends the span or meets one of their closing words. A text without one,
 * most of what reaches chrono here ("the same year", "Jan", "late May"), goes to chrono without
 * those four: the same results, as chrono's parsers each read the text on their own
 * (tests/dates.test.ts checks it on generated texts).
 */
export const MAY_SPAN_TIME = new RegExp(
  '(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s{0,2}an?)?|an?\\b|few|several|couple|of|the)\\s{0,5}'
  + '(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)'
  + '(?:\\W|$|ago|before|earlier|later|after|from|henceforth|forward|out)', 'i');

/** The class names of those four parsers in chrono-node (a test checks all four are found). */
export const TIME_SPAN_PARSERS = /^ENTimeUnit(?:Ago|Later|Within|CasualRelative)FormatParser$/;

let withoutSpans: chrono.Chrono | undefined;
/** chrono's casual English reader, without the parsers of spans of time when the text cannot hold one. */
export function chronoFor(text: string): chrono.Chrono {
  if (MAY_SPAN_TIME.test(text)) return chrono.casual;
  return (withoutSpans ??= new chrono.Chrono({
    parsers: chrono.casual.parsers.filter((p) => !TIME_SPAN_PARSERS.test(p.constructor.name)),
    refiners: chrono.casual.refiners,
  }));
}

/** Any other calendar form, through chrono. */
export function chronoCalendar(text: string, refDate: Date | undefined, lower: string): string | undefined {
  const parsed = chronoFor(text).parse(text, refDate ?? new Date(Date.UTC(2000, 0, 1)));
  const r = parsed[0]?.start;
  if (!r) return undefined;
  const month = r.get('month');
  const day = r.isCertain('day') ? r.get('day') : null;
  let year: string;
  if (r.isCertain('year')) year = String(r.get('year'));
  else if (/\b(this|last|next) year\b/.test(lower) && refDate) {
    year = String(refDate.getUTCFullYear() + (lower.includes('last') ? -1 : lower.includes('next') ? 1 : 0));
  } else year = refDate && r.isCertain('month') ? String(r.get('year')) : 'XXXX';
  if (!r.isCertain('month') || month === null) return r.isCertain('year') ? year : undefined;
  return day !== null ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}
