/** The headline finder: "Source: claim" as an article's first line. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['a source and a colon', 'Clinton camp: Trump’s rhetoric threatens national security.\n\nThe campaign spoke on Tuesday.', ['Trump’s rhetoric threatens national security']],
  ['a kicker', 'Exclusive: The bridge reopened on Tuesday.\n\nThe river rose again.', []],
  ['a dateline in capitals', 'WASHINGTON: The river rose again.\n\nThe bridge was closed.', []],
])('%s', (_n, text, expected) => {
  expect(runFinder('headline', text).map((f) => f.text)).toEqual(expected);
});
