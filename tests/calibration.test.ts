/** Confidence means "how often this kind of attribution is right": calibrated, and ordered like the evidence. */
import { describe, expect, test } from 'vitest';
import { confidenceFor } from '../src/stages/05-attribute/calibration.js';
import { CALIBRATION_COUNTS } from '../src/stages/05-attribute/calibration-counts.js';
import { extract } from '../src/index.js';

describe('confidence', () => {
  test.each([
    ['a name at its cue beats a pronoun at its cue', ['cue-subject', 'name'], ['cue-subject', 'pronoun']],
    ['a pronoun at its cue beats an inherited speaker', ['cue-subject', 'pronoun'], ['continuation', 'inherited']],
    ['the same paragraph beats two paragraphs back', ['same-paragraph', 'inherited'], ['nearest-speaker', 'inherited']],
  ] as const)('%s', (_n, [ruleA, howA], [ruleB, howB]) => {
    expect(confidenceFor(ruleA, howA, 0.9)).toBeGreaterThan(confidenceFor(ruleB, howB, 0.9));
  });

  test('counted pairs are pulled toward their measured accuracy, within [0, 1]', () => {
    for (const [key, [n, right]] of CALIBRATION_COUNTS) {
      const [rule, how] = key.split('/') as [string, Parameters<typeof confidenceFor>[1]];
      const c = confidenceFor(rule, how, 0.5);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
      if (n >= 200) expect(Math.abs(c - right / n)).toBeLessThan(0.05);
    }
  });

  test('a speaker below the floor is null, a speaker at a plain cue is confident', () => {
    const rec = extract('Maria Lopez said the bridge would close next month.');
    expect(rec.quotes[0]!.speaker?.name).toBe('Maria Lopez');
    expect(rec.quotes[0]!.confidence).toBeGreaterThan(0.85);
  });
});
