/** Titles and names in quotation marks: “Silent Rivers”, “Vote Ruiz” are no one's words. */
import type { Token } from '../../types.js';
import type { Located } from './located.js';

const MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'to', 'for']);
/** Most capitalized words in a title. */
const MAX_TITLE_WORDS = 8;

/** Every word capitalized (minor words aside): a title or a name in quotation marks, not a quotation. */
export function isTitleLike(tokens: Token[], f: Located): boolean {
  let words = 0;
  for (let k = f.openTok + 1; k < f.closeTok; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || MINOR.has(t.lower)) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    words++;
  }
  return words > 0 && words <= MAX_TITLE_WORDS;
}
