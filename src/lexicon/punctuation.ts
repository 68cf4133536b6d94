/**
 * Quotation marks and dashes, defined once. Curly marks say which way they face; the straight
 * ones (" and ') face either way and are read from their neighbours where they stand.
 */

/** Marks that open a double quotation: curly, low-9, reversed, guillemet. */
export const OPEN_DOUBLE: ReadonlySet<string> = new Set(['“', '„', '‟', '«']);
/** Marks that close a double quotation. */
export const CLOSE_DOUBLE: ReadonlySet<string> = new Set(['”', '»']);
/** Marks that open a single quotation. */
export const OPEN_SINGLE: ReadonlySet<string> = new Set(['‘', '‹']);
/** Marks that close a single quotation (’ is also the apostrophe: see marks.ts). */
export const CLOSE_SINGLE: ReadonlySet<string> = new Set(['’', '›']);

/**
 * A token that opens a quotation: an opening mark or a straight double one. A straight single mark
 * is left out: as a token it is far more often an apostrophe ("Jones' cow") than an opening mark.
 */
export const OPENING_MARKS: ReadonlySet<string> = new Set([...OPEN_DOUBLE, ...OPEN_SINGLE, '"']);
/** A token that may close a quotation: a closing mark or a straight one. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set([...CLOSE_DOUBLE, ...CLOSE_SINGLE, '"', "'"]);
/** Every quotation mark. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING_MARKS, ...CLOSING_MARKS]);
/** Double quotation marks only, in any direction: a gap holding one is no mere cue phrase. */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set([...OPEN_DOUBLE, ...CLOSE_DOUBLE, '"']);

/** Dashes that set off an insert: em, en, horizontal bar, and the typed double hyphen. */
export const DASH: ReadonlySet<string> = new Set(['—', '–', '―', '--']);
