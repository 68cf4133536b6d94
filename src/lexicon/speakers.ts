/**
 * Who can speak: a phrase headed by a noun for a thing, an event or a state ("The stampede", "a
 * condition", "recent statistics") names no speaker, nor does a number or a function word ("what",
 * "50"). The nouns come from WordNet (data/mute-nouns.json, tools/build-mute-nouns.ts); nouns that
 * name sources in news — people in roles, groups, institutions, documents, polls and data — speak
 * whatever WordNet says ("the campaign said", "a poll shows").
 */
import mute from './data/mute-nouns.json' with { type: 'json' };
import { DOCUMENT_SOURCES, FINDING_SOURCES } from './cue-classes.js';
import { ORG_WORDS } from './names.js';
import { GROUP_NOUNS, ROLE_NOUNS, SOURCE_NOUNS } from './roles.js';

/** Quantities that stand for the people counted: "70 percent said", "a majority say". */
const RESPONDENTS = ['percent', 'majority', 'minority', 'half', 'third', 'quarter', 'plurality'];
/** Businesses and outlets WordNet files as artifacts or acts: they speak through their people. */
const INSTITUTIONS = ['airline', 'carrier', 'firm', 'retailer', 'manufacturer', 'maker', 'automaker', 'lender', 'insurer', 'publisher',
  'broadcaster', 'studio', 'outlet', 'website', 'platform', 'app', 'site', 'channel', 'station', 'tabloid', 'operator', 'provider',
  'supplier', 'producer', 'distributor', 'developer', 'utility', 'chain', 'brand', 'label', 'club', 'school', 'university', 'college',
  'hospital', 'clinic', 'church', 'charity', 'nonprofit', 'checker', 'pollster', 'prosecution', 'defense', 'defence', 'camp', 'side'];
/** Stock indexes move, they do not speak ("the Nasdaq added …" reports a number). */
const MARKET_WORDS = ['index', 'indexes', 'indices', 'nasdaq', 'dow', 'stocks', 'shares', 'futures', 'bonds', 'yields'];

/** Plans, probes and elections say things in news: "the plan would cut taxes", "the probe found", "two past elections show". */
const REPORTING_THINGS = ['plan', 'proposal', 'agenda', 'measure', 'initiative', 'probe', 'investigation', 'inquiry', 'election',
  'primary', 'vote', 'referendum', 'exit', 'clip', 'database', 'recording', 'tape', 'audio', 'broadcast', 'ad', 'commercial', 'spot',
  'sign', 'banner', 'slogan', 'headline', 'caption', 'label'];

/** Nouns that name sources in news, whatever WordNet says of them. */
const SPEAKING: ReadonlySet<string> = new Set([...GROUP_NOUNS, ...ROLE_NOUNS, ...SOURCE_NOUNS, ...ORG_WORDS, ...DOCUMENT_SOURCES,
  ...FINDING_SOURCES, ...RESPONDENTS, ...INSTITUTIONS, ...REPORTING_THINGS]);
const MUTE: ReadonlySet<string> = new Set([...(mute as string[]), ...MARKET_WORDS]);

/** "statistics" → "statistic", "stampedes" → "stampede", "activities" → "activity". */
function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Can a phrase headed by this lower-case common noun speak? (Unknown words can: they may be names.) */
export function canSpeak(head: string): boolean {
  const one = singular(head);
  return SPEAKING.has(head) || SPEAKING.has(one) || (!MUTE.has(head) && !MUTE.has(one));
}
