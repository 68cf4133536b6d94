/**
 * How closely a claimed quotation matches a quote found in an article, from 0 to 1, for `whosaid
 * check`. Both are cut into folded words (no case, no accents, no punctuation: quotation marks and
 * dashes do not count). The shorter is slid along the longer, window by window (one word shorter,
 * as long, one word longer, so a word left out or added costs one edit): the score is the best
 * window's edit similarity, by words (a word swapped costs one) or by characters (a typo or "says"
 * for "said" costs little), whichever is higher. A claim cut from a longer quote scores as its best
 * window; a claim longer than the quote found is scaled down by how much of it the quote covers.
 */
import { distance } from 'fastest-levenshtein';

/** The folded words of a text, as the full-text index cuts them. */
export function words(s: string): string[] {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Edit similarity of two sequences written as strings: 1 − distance / the longer length. */
const editSimilarity = (a: string, b: string) => (a.length || b.length ? 1 - distance(a, b) / Math.max(a.length, b.length) : 1);

/** Windows compared by characters too: the best few by words (characters cost more to compare). */
const CHAR_WINDOWS = 3;

/** The similarity of `claim` to `quote` (0…1). */
export function similarity(claim: string, quote: string): number {
  const c = words(claim);
  const q = words(quote);
  if (!c.length || !q.length) return 0;
  const [short, long] = c.length <= q.length ? [c, q] : [q, c];
  // Each distinct word becomes one character, so an edit distance over the strings counts words.
  const code = new Map<string, string>();
  const encode = (ws: string[]) => ws.map((w) => code.get(w) ?? (code.set(w, String.fromCharCode(0x4e00 + code.size)), code.get(w)!)).join('');
  const shortCode = encode(short);
  const longCode = encode(long);
  const windows: { from: number; to: number; score: number }[] = [];
  for (const len of [short.length - 1, short.length, short.length + 1]) {
    if (len < 1 || len > long.length || (len < short.length && short.length < 3)) continue;
    for (let from = 0; from + len <= long.length; from++) windows.push({ from, to: from + len, score: editSimilarity(shortCode, longCode.slice(from, from + len)) });
  }
  windows.sort((a, b) => b.score - a.score);
  let best = windows[0]?.score ?? 0;
  const shortText = short.join(' ');
  for (const w of windows.slice(0, CHAR_WINDOWS)) best = Math.max(best, editSimilarity(shortText, long.slice(w.from, w.to).join(' ')));
  // A claim longer than the quote found is only partly there.
  return c.length > q.length ? best * Math.sqrt(q.length / c.length) : best;
}
