/**
 * Seat-named institutions (src/lexicon/seats.ts): the White House acts and speaks as an
 * organization ("the White House said", "White House officials", "the Kremlin's decision") and is a
 * place only where the text puts someone at it ("outside the White House", "the lawn of the Kremlin").
 */
import { PLACE_CUES, PLACE_PARTS, SEATS } from '../../lexicon/seats.js';
import { fold } from '../../text.js';
import type { Document } from '../../types.js';

const SEAT_FIRST_WORDS = new Set([...SEATS].map((n) => n.split(' ')[0]!));

export function seatType(doc: Document, first: number, end: number): 'ORG' | 'PLACE' | null {
  const { tokens, text } = doc;
  const w = tokens[first]!.lower === 'the' ? tokens[first + 1]?.lower : tokens[first]!.lower;
  if (w === undefined || !SEAT_FIRST_WORDS.has(fold(w))) return null; // most runs: no allocation (a hot path)
  let name = fold(text.slice(tokens[first]!.start, tokens[end - 1]!.end));
  if (name.startsWith('the ')) name = name.slice(4);
  if (!SEATS.has(name)) return null;
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  const prev = tokens[k]?.lower;
  if (prev === 'of') {
    let j = k - 1;
    if (tokens[j]?.lower === 'the') j--;
    return PLACE_PARTS.has(tokens[j]?.lower ?? '') ? 'PLACE' : 'ORG';
  }
  return prev !== undefined && PLACE_CUES.has(prev) ? 'PLACE' : 'ORG';
}
