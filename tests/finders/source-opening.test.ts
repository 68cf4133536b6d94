/** The source-opening finder: "In <a poll>, <clause>" reports what the document holds. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['a poll opening the sentence', 'In an NBC News poll released Monday, 50 percent of respondents chose Clinton.', ['50 percent of respondents chose Clinton']],
  ['a verb of saying of its own', 'In an interview, Smith said the plan would fail.', []],
  ['no document', 'In the morning, the river rose again.', []],
])('%s', (_n, text, expected) => {
  expect(runFinder('source-opening', text).map((f) => f.text)).toEqual(expected);
});
