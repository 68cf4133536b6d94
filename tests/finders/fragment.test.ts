/** The fragment finder: quoted fragments no content took, on the cue or verb they hang on. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['a fragment right after a cue', 'The fund referenced “political tensions” in the richest economies.', ['“political tensions”']],
  ['a labelled object up to the end of the cue\'s clause', 'Harry Reid has been pounding the candidate as a “con artist” for weeks.', ['the candidate as a “con artist” for weeks']],
  ['a nickname', 'Joe “Shorty” Smith was arrested in the port city.', []],
  ['a title', 'She wrote the novel “Silent Rivers” in 1999 while living in Lisbon.', []],
])('%s', (_n, text, expected) => {
  expect(runFinder('fragment', text).map((f) => f.text)).toEqual(expected);
});
