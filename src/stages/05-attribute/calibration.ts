/**
 * Confidence = how often a rule's speaker is right. Measured per rule and resolution kind on
 * annotated news (tools/calibrate.ts writes calibration-counts.ts) and smoothed toward the rule's
 * prior, so a confidence band means the same share of right speakers in any article.
 */
import { CALIBRATION_COUNTS } from './calibration-counts.js';
import type { ResolutionKind } from './resolve.js';

/** Pseudo-counts of the prior: a rare rule/resolution pair stays near its prior. */
const PRIOR_WEIGHT = 10;
/** Without counts, how much each resolution kind keeps of the rule's prior. */
const KIND_PRIOR: Record<ResolutionKind, number> = {
  name: 1, pronoun: 0.85, relative: 0.85, description: 0.8, group: 0.9, phrase: 0.85,
  'first-person': 0.6, unresolved: 0.4, inherited: 1, mute: 0.1,
};

export function confidenceFor(rule: string, how: ResolutionKind, rulePrior: number): number {
  const prior = rulePrior * KIND_PRIOR[how];
  const counts = CALIBRATION_COUNTS.get(`${rule}/${how}`);
  const v = counts ? (counts[1] + PRIOR_WEIGHT * prior) / (counts[0] + PRIOR_WEIGHT) : prior;
  return Math.round(v * 1000) / 1000;
}
