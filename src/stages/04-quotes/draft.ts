/** A quote as the quotes stage builds it, in token terms, before it becomes an output Quote. */
import type { ComplementKind } from '../../grammar/complement.js';
import type { FinderName, QuoteFrame, QuoteType } from '../../types.js';

export interface Draft {
  /** Content as a character range (direct quotes include their marks). */
  start: number;
  end: number;
  type: QuoteType;
  frame: QuoteFrame;
  segments?: [number, number][];
  /** The finder that made this quote. */
  finder: FinderName;
  /** The kind of complement the cue took, when the content follows it ("that", "to", "np", …). */
  complement?: ComplementKind;
  /** The first quote of the attribution this one continues under the same cue (“A,” she said. “B.”). */
  lead?: Draft;
}
