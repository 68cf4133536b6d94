/**
 * The stage list: each stage takes the Document and adds one layer. Stages declare what they require
 * and provide; the order is checked once, when the pipeline is built (spaCy `requires=`, CoreNLP
 * `requirementsSatisfied`), so a misordered pipeline fails at construction, not on the millionth article.
 */
import type { Document } from './types.js';

export type Layer = 'norm' | 'tokens' | 'sentences' | 'paragraphs' | 'mentions' | 'entities' | 'quotes' | 'speakers';

export interface Stage {
  name: string;
  requires: readonly Layer[];
  provides: readonly Layer[];
  run(doc: Document): void;
}

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Document): Document;
}

/** Build a pipeline, throwing if a stage needs a layer no earlier stage provides (misuse of the API). */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const have = new Set<Layer>();
  for (const s of stages) {
    const missing = s.requires.filter((l) => !have.has(l));
    if (missing.length) throw new Error(`stage "${s.name}" requires ${missing.join(', ')}, which no earlier stage provides`);
    for (const l of s.provides) have.add(l);
  }
  return {
    stages,
    run(doc) {
      for (const s of stages) {
        s.run(doc);
        doc.layers.push(s.name);
      }
      return doc;
    },
  };
}
