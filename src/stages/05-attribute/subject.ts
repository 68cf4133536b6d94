/**
 * The speaker phrase for a quote's frame: the subject before the cue ("Mexico’s president again
 * stated"), the phrase after an inverted cue ("said de Zela", "according to the ministry"), or for a
 * participle cue ("…, insisting that") the subject of the sentence's first finite verb.
 */
import { type Phrase, isFiniteVerb, phraseAfter, subjectBefore } from '../../phrases.js';
import type { Document, QuoteFrame } from '../../types.js';

export function speakerPhrase(doc: Document, frame: QuoteFrame, inQuote: Uint8Array): Phrase | undefined {
  const { tokens } = doc;
  if (frame.side === 'before') return subjectBefore(tokens, frame.cueFirst, frame.limitFirst);
  if (frame.side === 'after') return phraseAfter(tokens, frame.cueEnd, Math.max(frame.limitEnd, frame.cueEnd + 1));
  if (frame.side === 'participle') {
    const s = doc.sentences[tokens[frame.cueFirst]!.sentence]!;
    for (let j = s.firstToken; j < frame.cueFirst; j++) {
      if (inQuote[j] || !isFiniteVerb(tokens, j)) continue;
      const p = subjectBefore(tokens, j, s.firstToken);
      if (p) return p;
    }
  }
  return undefined;
}
