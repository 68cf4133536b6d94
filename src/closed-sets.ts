/**
 * The output record's closed sets of names, apart from its schema (shape.ts) so that running the
 * pipeline does not load the schema library.
 */

/** The finders of stage 4 (each its own file in stages/04-quotes/finders/), and `correction` for a journalist's addition. */
export const FINDER_NAMES = ['direct', 'transcript', 'set-off', 'according-to', 'content-before-cue', 'relative-clause', 'cue-complement',
  'source-opening', 'fragment', 'headline', 'correction'] as const;

/** The sieves of stage 5 that choose a speaker (rules.ts), `none` when none did, `correction` for a journalist's. */
export const RULE_NAMES = ['cue-subject', 'cue-inverted', 'according-to', 'cue-participle', 'transcript-label', 'colon-intro',
  'colon-name', 'dash-name', 'trailing-name', 'sentence-subject', 'same-paragraph', 'continuation', 'nearest-speaker', 'none', 'correction'] as const;

export const ENTITY_TYPES = ['PERSON', 'COUNTRY', 'PLACE', 'ORG', 'DATE'] as const;
export const QUOTE_TYPES = ['direct', 'partial', 'indirect'] as const;
export const SPEAKER_KINDS = ['person', 'organization', 'country', 'group', 'unnamed'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
