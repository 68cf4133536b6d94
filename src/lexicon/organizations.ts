/**
 * Organizations known by name: compromise's organizations and sports teams (names.json) and the
 * CAMEO/Phoenix actor dictionaries of news-coded organizations (orgs.json, built by
 * tools/build-orgs.ts): agencies, companies, media, parties, armed groups, government bodies, with
 * their synonyms and acronyms. Keys are folded (lower case, no accents), without a leading "the".
 */
import gazetteer from './data/orgs.json' with { type: 'json' };
import vocab from './data/names.json' with { type: 'json' };
import { fold } from '../text.js';

const known = new Set([...gazetteer.orgs.split('|'), ...vocab.orgs]);
/** First words of the names: a quick no for the many runs that start no known name (a hot path). */
const firstWords = new Set<string>();
for (const n of known) firstWords.add(n.slice(0, n.includes(' ') ? n.indexOf(' ') : n.length));

/** Could a known organization's name start with this word (folded; "the" is not part of any)? */
export const mayStartOrganization = (firstWord: string): boolean => firstWords.has(firstWord);

/** Is this one word, folded, the name of an organization we know ("nasa", "reuters")? */
export const isKnownOrganizationWord = (folded: string): boolean => known.has(folded);

/** Is this text, as written in a run, the name of an organization we know ("Associated Press", "the UN")? */
export function isKnownOrganization(name: string): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0) return known.has(fold(name));
  let w = fold(name.slice(0, sp));
  if (w === 'the') {
    const next = name.indexOf(' ', sp + 1);
    w = fold(next < 0 ? name.slice(sp + 1) : name.slice(sp + 1, next));
  }
  if (!firstWords.has(w)) return false;
  let k = fold(name);
  if (k.startsWith('the ')) k = k.slice(4);
  return known.has(k);
}
