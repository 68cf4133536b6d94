/**
 * whosaid: who said what in English news. `extract(text)` runs the whole pipeline on one article
 * and returns its output record (entities, quotes with speakers, diagnostics).
 */
export { STAGES, analyze, extract } from './analyze.js';
export type * from './types.js';
export type { OutputRecord, OutputQuote } from './record.js';
export type { Stage, Pipeline, Layer } from './pipeline.js';
export { buildPipeline } from './pipeline.js';
export { toRecord, failedRecord } from './record.js';
export { outputSchema } from './schema.js';
export { type Alias, type AliasTable, aliasTable, parseAliases } from './aliases.js';
export { FINDER_NAMES, RULE_NAMES } from './types.js';
export { type AttributionClass, ATTRIBUTION_CLASSES, QUOTATION_CLASSES } from './lexicon/cue-classes.js';
