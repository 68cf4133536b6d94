/** Calendar vocabulary for date mentions. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Words that are a day by themselves. */
export const DEICTIC_DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

/** Parts of a day that attach to a day word ("Thursday night", "yesterday afternoon"). */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

export const RELATIVE = new Set(['last', 'this', 'next', 'past', 'coming', 'previous', 'following', 'same']);

export const UNITS = new Set(['day', 'week', 'weekend', 'month', 'year', 'decade', 'century', 'quarter',
  'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'term', 'session']);

export const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

/** Holidays: proper-noun dates. */
export const HOLIDAYS = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'ramadan', 'hanukkah',
  'diwali', 'passover', 'eid', 'new year', "new year's", 'independence day', 'labor day', 'memorial day',
  'valentine', "valentine's", 'boxing day', 'good friday', 'yom kippur', 'rosh hashanah', 'lunar new year',
  'election day', 'inauguration day', 'super tuesday']);

export const EDGES = new Set(['early', 'mid', 'late', 'earlier', 'later']);

/** Decades in words ("the sixties") and their digit ("6"), read as the 1900s. */
export const DECADE_WORDS: ReadonlyMap<string, string> = new Map([['twenties', '2'], ['thirties', '3'], ['forties', '4'],
  ['fifties', '5'], ['sixties', '6'], ['seventies', '7'], ['eighties', '8'], ['nineties', '9']]);

/** Words before a season that make it a time ("in the fall", "during spring"). */
export const SEASON_PREPS = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'through', 'throughout', 'over',
  'before', 'after', 'early', 'late', 'until', 'from', 'of']);
/** Words before a bare year in a span of years ("2000 - 2050", "over 2000–2050"); a year that only modifies a noun
 * ("Castillo's 2022 attempt") is no date mention of its own. */
export const YEAR_LINKS = new Set(['-', '–', '—', 'over']);

export const AGO = new Set(['ago', 'earlier', 'later', 'before', 'prior']);

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Small numbers written as words or digits ("Seventeen", "a", "17"); undefined when not a number. */
export function smallNumber(lower: string): number | undefined {
  if (/^\d{1,3}$/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an') return 1;
  if (lower === 'several' || lower === 'few') return undefined;
  const i = NUMBER_WORDS.indexOf(lower);
  if (i >= 0) return i;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(\w+))?$/.exec(lower);
  if (!m) return undefined;
  const tens = (['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].indexOf(m[1]!) + 2) * 10;
  const unit = m[2] ? NUMBER_WORDS.indexOf(m[2]) : 0;
  return unit >= 0 && unit < 10 ? tens + unit : undefined;
}

/** A plausible year for news: 1800–2099. */
export const isYear = (s: string): boolean => /^(18|19|20)\d\d$/.test(s);
