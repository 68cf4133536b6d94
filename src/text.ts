/** Small text helpers shared by stages: folding for comparison, span construction, character classes. */
import type { Span } from './types.js';

const MARKS = /\p{M}+/gu;

/**
 * Fold for comparison: strip accents, lower-case, unify apostrophes. "Chávez" and "CHAVEZ" fold alike.
 * Most words are plain ASCII and already lower case: they come back as they are, with no new string
 * and no Unicode decomposition (a hot path: every token of every document passes here several times).
 */
export function fold(s: string): string {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || c < 0x20 || c === 0x60) return foldSlow(s); // beyond printable ASCII, or a backtick
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? s.toLowerCase() : s;
}

function foldSlow(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'");
}

/** A span of the original text; the one place spans are built, so the offset invariant holds by construction. */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** True when the string starts with an upper-case letter. */
export function isCapitalized(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90; // ASCII, decided without building strings (a hot path)
  const c = s.codePointAt(0);
  if (c === undefined) return false;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for words written in capitals throughout ("NYPD", "U.S."), at least two letters. */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false; // a-z: the common case, decided at once
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) return isAllCapsUnicode(s);
  }
  return letters >= 2;
}

function isAllCapsUnicode(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A name for display: control and odd space characters as single spaces ("Ana\u0000 Ruiz" → "Ana Ruiz"). */
export function displayName(s: string): string {
  return s.replace(/[\p{Cc}\p{Cf}\p{Zs}\s]+/gu, ' ').trim();
}

/** Count of letters that are not plain ASCII: the accented form of a name wins as canonical. */
export function accentWeight(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.charCodeAt(0) > 127 && /\p{L}/u.test(ch)) n++;
  return n;
}

