/** A quote as the quotes stage builds it, in token terms, before it becomes an output Quote. */
import type { QuoteFrame, QuoteType } from '../../types.js';

export interface Draft {
  /** Content as a character range (direct quotes include their marks). */
  start: number;
  end: number;
  type: QuoteType;
  frame: QuoteFrame;
  segments?: [number, number][];
  /** Why the stage made this quote: the pattern that found it. */
  pattern: string;
}
