/**
 * Do two speaker names name the same person? The team scorer's rule (shared/eval/score.mjs
 * sameName), so `whosaid check` and corrections agree with how attribution is scored: accents, case,
 * possessives and punctuation are ignored, titles ("President", "Foreign Minister") dropped, and
 * one name's words must all be among the other's ("de Zela" names "Hugo de Zela").
 */

/** Words that are titles or function words, not names (the scorer's list). */
const TITLES = new Set(('mr mrs ms miss dr prof sir dame lord lady president vice prime minister foreign '
  + 'former then secretary sen senator rep representative gov governor mayor premier chief minister\'s '
  + 'the a an of spokesperson spokesman spokeswoman leader chair chairman chairwoman ceo judge justice '
  + 'coach officer councillor councilor mp mla mpp deputy general attorney interim acting st').split(' '));

/** Lower case, no accents, no possessive 's, punctuation and hyphens as spaces. */
export const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/-/g, ' ');

/** The words of a name without titles; a name that is only a title ("the minister") keeps them. */
export function nameWords(s: string): string[] {
  const all = foldName(s).split(/\s+/).filter(Boolean);
  const named = all.filter((w) => !TITLES.has(w));
  return named.length ? named : all;
}

/** Does `a` name the same speaker as `b`: all of one's words among the other's? */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  const xs = new Set(x);
  const ys = new Set(y);
  return x.every((w) => ys.has(w)) || y.every((w) => xs.has(w));
}
