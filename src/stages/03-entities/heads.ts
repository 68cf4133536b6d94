/** Head words that decide a name's type: "Mexican Embassy" is an organization, "Amazon River" a place. */
import { ORG_WORDS, PLACE_WORDS } from '../../lexicon/names.js';

const EXTRA_PLACE_HEADS = new Set(['republic', 'kingdom', 'emirates', 'islands', 'isle', 'gulf', 'sea', 'ocean',
  'square', 'plaza', 'airport', 'station', 'province', 'state', 'states', 'prefecture', 'oblast', 'canton']);

/** Place heads that read as organizations when they head a proper name ("Ministry of State"). */
const NOT_PLACE = new Set(['house', 'centre', 'center', 'memorial', 'museum', 'library', 'hall', 'building']);

export const isOrgHead = (lower: string): boolean => ORG_WORDS.has(lower);
export const isPlaceHead = (lower: string): boolean =>
  EXTRA_PLACE_HEADS.has(lower) || (PLACE_WORDS.has(lower) && !NOT_PLACE.has(lower));
