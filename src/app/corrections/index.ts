/** Journalists' corrections: reading the file (read.ts) and applying it to records (apply.ts). */
export { type Correction, CorrectionsError, parseCorrections, quoteIdSpan } from './read.js';
export { CORRECTION_RULE, applyCorrections, byDocument, resolveSpeaker } from './apply.js';
