/**
 * Organizations known by name: compromise's organizations and sports teams (names.json) and the
 * CAMEO/Phoenix actor dictionaries of news-coded organizations (orgs.json, built by
 * tools/build-orgs.ts): agencies, companies, media, parties, armed groups, government bodies, with
 * their synonyms and acronyms. Keys are folded (lower case, no accents), without a leading "the".
 */
import gazetteer from './data/orgs.json' with { type: 'json' };
import { fold } from '../text.js';
import { isKnownOrg as isCompromiseOrg } from './names.js';

const known = new Set(gazetteer.orgs.split('|'));

/** Is this text, as written in a run, the name of an organization we know ("Associated Press", "the UN")? */
export function isKnownOrganization(name: string): boolean {
  let k = fold(name);
  if (k.startsWith('the ')) k = k.slice(4);
  return known.has(k) || isCompromiseOrg(k);
}
