/**
 * The class of each draft, from its cue (what the attribution reports). Stage 5 may still make a
 * speech quote a finding or writing once it knows the source ("a poll says", "the memo says").
 */
import { type AttributionClass, cueClass } from '../../lexicon/cue-classes.js';
import { isNegated } from '../../grammar/voice.js';
import type { Document } from '../../types.js';
import type { Draft } from './draft.js';

export function draftClass(doc: Document, d: Draft): AttributionClass {
  if (d.finder === 'source-opening') return 'finding';
  if (d.frame.cueFirst < 0 || d.finder === 'headline') return 'speech';
  const { tokens } = doc;
  const cue = tokens[d.frame.cueFirst]!;
  if (cue.lower === 'according') return 'speech';
  const prep = d.frame.cueEnd - d.frame.cueFirst === 2 ? tokens[d.frame.cueFirst + 1]!.lower : undefined;
  const cls = cueClass(cue.lemma, prep, d.complement);
  // A quotation in marks standing as speech is words said, whatever verb reports it ("“…,” he blasted").
  if (d.type === 'direct' && cls !== 'thought' && cls !== 'writing') return 'speech';
  // "have not said why", "does not claim to …": what went unsaid is no one's words (an act: declining to say).
  if ((cls === 'speech' || cls === 'writing') && isNegated(tokens, d.frame.cueFirst)) return 'intent';
  // A stance carrying the source's own words in marks reports them: "rejected it as “excessive”".
  if (d.type === 'partial' && cls === 'stance') return 'speech';
  return cls;
}
