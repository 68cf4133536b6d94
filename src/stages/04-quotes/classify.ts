/**
 * The class of each draft, from its cue (what the attribution reports). Stage 5 may still make a
 * speech quote a finding or writing once it knows the source ("a poll says", "the memo says").
 */
import { type AttributionClass, cueClass } from '../../lexicon/cue-classes.js';
import { isNegated } from '../../grammar/voice.js';
import { CLOSING_MARKS } from '../../lexicon/punctuation.js';
import { tokenAt } from '../../tokens.js';
import type { Document } from '../../types.js';
import type { Draft } from './draft.js';

/**
 * "75 percent said the same of Sanders", "Trump says racist things", "he said no to the war": what
 * "say" takes as its object is words said. Not after a comma or a closing mark, where "said" is
 * inverted and what follows is its speaker ("…,” said Mr. Pike", "So says a booming voice"), and not a name or a pronoun.
 */
function said(doc: Document, d: Draft): boolean {
  const { tokens } = doc;
  const cue = tokens[d.frame.cueFirst]!;
  if (cue.lemma !== 'say' || d.complement !== 'np') return false;
  const before = tokens[d.frame.cueFirst - 1];
  if (!before || before.text === ',' || CLOSING_MARKS.has(before.text) || before.kind !== 'word' || before.lower === 'so') return false;
  const k = tokenAt(tokens, d.start);
  const first = tokens[k]!;
  if (first.kind !== 'word' || first.text !== first.lower || first.pos === 'PROPN' || first.pos === 'PRON') return false;
  // What was said ("the same", "racist things", "no to …"), not an act done by saying ("said a prayer",
  // "said a few words at the funeral", "said goodbye").
  return first.lower !== 'a' && first.lower !== 'an' && !SAYING_ACTS.has(first.lower);
}

/** Objects of "say" that name an act, not words: "said goodbye", "said grace". */
const SAYING_ACTS: ReadonlySet<string> = new Set(['goodbye', 'goodbyes', 'hello', 'hi', 'grace', 'amen', 'prayers', 'mass', 'thanks', 'farewell']);

export function draftClass(doc: Document, d: Draft): AttributionClass {
  if (d.finder === 'source-opening') return 'finding';
  if (d.frame.cueFirst < 0 || d.finder === 'headline') return 'speech';
  const { tokens } = doc;
  const cue = tokens[d.frame.cueFirst]!;
  if (cue.lower === 'according') return 'speech';
  const prep = d.frame.cueEnd - d.frame.cueFirst === 2 ? tokens[d.frame.cueFirst + 1]!.lower : undefined;
  const cls = said(doc, d) ? 'speech' : cueClass(cue.lemma, prep, d.complement);
  // A quotation in marks standing as speech is words said, whatever verb reports it ("“…,” he blasted").
  if (d.type === 'direct' && cls !== 'thought' && cls !== 'writing') return 'speech';
  // "have not said why", "does not claim to …": what went unsaid is no one's words (an act: declining to say).
  if ((cls === 'speech' || cls === 'writing') && isNegated(tokens, d.frame.cueFirst)) return 'intent';
  // A stance carrying the source's own words in marks reports them: "rejected it as “excessive”".
  if (d.type === 'partial' && cls === 'stance') return 'speech';
  return cls;
}
