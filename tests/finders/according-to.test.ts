/** The according-to finder: "According to X, CONTENT" and "CONTENT, according to X". */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['leading', 'According to the ministry, 40 people were injured in the blast.', ['40 people were injured in the blast']],
  ['trailing', 'Clinton attended the meeting alone, according to a pool report.', ['Clinton attended the meeting alone']],
  ['the clause reports a speaker of its own', 'According to the Herald, Professor Ann Burrows, the panel chair, said the flag had never changed.', []],
  ['no comma after the source', 'According to the rules nothing changes.', []],
])('%s', (_n, text, expected) => {
  expect(runFinder('according-to', text).map((f) => f.text)).toEqual(expected);
});
