/**
 * Confidence = how often a quote found and attributed this way is a real quote with the right
 * speaker. Measured on annotated news (tools/calibrate.ts writes calibration-counts.ts) per
 * finder/complement/rule/resolution, backed off to rule/resolution and then to the rule's prior, so
 * a confidence band means the same share of right quotes in any article.
 */
import type { FinderName, RuleName } from '../../types.js';
import { CALIBRATION_COUNTS } from './calibration-counts.js';
import type { ResolutionKind } from './resolve.js';

/** Pseudo-counts of the backoff: a rare key stays near the broader estimate. */
const PRIOR_WEIGHT = 10;
/** Without counts, how much each resolution kind keeps of the rule's prior. */
const KIND_PRIOR: Record<ResolutionKind, number> = {
  name: 1, pronoun: 0.85, relative: 0.85, description: 0.8, group: 0.9, phrase: 0.85,
  'first-person': 0.6, unresolved: 0.4, inherited: 1, mute: 0.1,
};

/** The plainest verbs of saying: a quote cued by one of them is right more often than by any other verb. */
const PLAIN = new Set(['say', 'tell']);

/** The calibration keys of a quote, most specific first; `cue` is its cue's lemma ('' without a cue). */
export function calibrationKeys(finder: FinderName, complement: string | undefined, rule: RuleName, how: ResolutionKind, cue: string): [string, string] {
  const family = !cue ? '-' : PLAIN.has(cue) ? 'say' : 'other';
  return [`${finder}/${complement ?? '-'}/${rule}/${how}/${family}`, `${rule}/${how}`];
}

const smooth = (counts: readonly [number, number] | undefined, prior: number) =>
  counts ? (counts[1] + PRIOR_WEIGHT * prior) / (counts[0] + PRIOR_WEIGHT) : prior;

export function confidenceFor(finder: FinderName, complement: string | undefined, rule: RuleName, how: ResolutionKind, cue: string, rulePrior: number): number {
  const [specific, broad] = calibrationKeys(finder, complement, rule, how, cue);
  const v = smooth(CALIBRATION_COUNTS.get(specific), smooth(CALIBRATION_COUNTS.get(broad), rulePrior * KIND_PRIOR[how]));
  return Math.round(v * 1000) / 1000;
}
