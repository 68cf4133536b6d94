/** Head words that decide a name's type: "Mexican Embassy" is an organization, "Amazon River" a place. */
import { ORG_WORDS, PLACE_WORDS } from '../../lexicon/names.js';

/** Places, and the buildings and sites a name can head ("Johnson Space Center", "Grand Mosque", "White House"). */
const EXTRA_PLACE_HEADS = new Set(['republic', 'kingdom', 'emirates', 'islands', 'isle', 'gulf', 'sea', 'ocean',
  'square', 'plaza', 'airport', 'station', 'province', 'state', 'states', 'prefecture', 'oblast', 'canton', 'mosque',
  'temple', 'synagogue', 'cathedral', 'chapel', 'tower', 'towers', 'base', 'centre', 'center', 'hall', 'house', 'building',
  'memorial', 'stadium', 'arena', 'island', 'coast', 'peninsula', 'planetarium', 'facility', 'pad', 'zoo', 'aquarium']);

/** Place-list words that head organizations instead ("Municipality of Livorno" acts, it is a council). */
const NOT_PLACE = new Set(['municipality', 'library', 'museum']);

/** Organization heads news adds to compromise's list. */
const EXTRA_ORG_HEADS = new Set(['organisation', 'org', 'weekly', 'daily', 'municipality', 'legion', 'democrats',
  'republicans', 'party', 'museum', 'gallery', 'library']);

/** The two lists as they are asked, one set each (asked of most capitalized words and every run's head: one lookup). */
const ORG_HEADS: ReadonlySet<string> = new Set([...ORG_WORDS, ...EXTRA_ORG_HEADS].filter((w) => !EXTRA_PLACE_HEADS.has(w)));
const PLACE_HEADS: ReadonlySet<string> = new Set([...EXTRA_PLACE_HEADS, ...[...PLACE_WORDS].filter((w) => !NOT_PLACE.has(w))]);

export const isOrgHead = (lower: string): boolean => ORG_HEADS.has(lower);
export const isPlaceHead = (lower: string): boolean => PLACE_HEADS.has(lower);
