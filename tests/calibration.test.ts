/** Confidence means "how often a quote found and attributed this way is right": calibrated, and ordered like the evidence. */
import { describe, expect, test } from 'vitest';
import { calibrationKeys, confidenceFor } from '../src/stages/05-attribute/calibration.js';
import { CALIBRATION_COUNTS } from '../src/stages/05-attribute/calibration-counts.js';
import { extract } from '../src/index.js';
import type { FinderName, RuleName } from '../src/types.js';
import type { ResolutionKind } from '../src/stages/05-attribute/resolve.js';

type Way = [FinderName, string | undefined, RuleName, ResolutionKind, string];

describe('confidence', () => {
  test.each([
    ['a name at "said" beats a pronoun at a rarer cue', ['direct', undefined, 'cue-subject', 'name', 'say'], ['direct', undefined, 'cue-subject', 'pronoun', 'argue']],
    ['a pronoun at its cue beats an inherited speaker', ['direct', undefined, 'cue-subject', 'pronoun', 'say'], ['direct', undefined, 'continuation', 'inherited', '']],
    ['the same paragraph beats two paragraphs back', ['direct', undefined, 'same-paragraph', 'inherited', ''], ['direct', undefined, 'nearest-speaker', 'inherited', '']],
    ['a that-clause of "said" beats an object of another verb', ['cue-complement', 'clause', 'cue-subject', 'name', 'say'], ['cue-complement', 'np', 'cue-subject', 'name', 'cite']],
    ['any speaker beats one that cannot speak', ['cue-complement', 'clause', 'cue-subject', 'phrase', 'say'], ['cue-complement', 'clause', 'cue-subject', 'mute', 'say']],
  ] as [string, Way, Way][])('%s', (_n, a, b) => {
    expect(confidenceFor(...a, 0.9)).toBeGreaterThan(confidenceFor(...b, 0.9));
  });

  test('counted keys are pulled toward their measured share of right quotes, within [0, 1]', () => {
    for (const [key, [n, right]] of CALIBRATION_COUNTS) {
      const parts = key.split('/');
      if (parts.length !== 5) continue;
      const [finder, comp, rule, how, family] = parts as [FinderName, string, RuleName, ResolutionKind, string];
      const cue = family === 'say' ? 'say' : family === 'other' ? 'argue' : '';
      expect(calibrationKeys(finder, comp === '-' ? undefined : comp, rule, how, cue)[0]).toBe(key);
      const c = confidenceFor(finder, comp === '-' ? undefined : comp, rule, how, cue, 0.5);
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
