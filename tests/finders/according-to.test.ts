/** The according-to finder: "According to X, CONTENT" and "CONTENT, according to X". */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['leading', 'According to the ministry, 40 people were injured in the blast.', ['40 people were injured in the blast']],
  ['trailing', 'Clinton attended the meeting alone, according to a pool report.', ['Clinton attended the meeting alone']],
  ['the clause reports a speaker of its own', 'According to the Herald, Professor Ann Burrows, the panel chair, said the flag had never changed.', []],
  ['no comma after the source', 'According to the rules nothing changes.', []],
  ['no comma: the content\'s subject after the source\'s name', 'According to Ruiz the stolen property was returned by mail soon after.', ['the stolen property was returned by mail soon after']],
  ['no comma: a number after the source', 'According to the Interior Ministry over 300 people have been killed near the border.', ['over 300 people have been killed near the border']],
  ['no comma: the comma path wins where a clause follows it', 'According to the data the agency collected, prices rose.', ['prices rose']],
  ['a date\'s number stays in the source', 'According to a January 2016 study by the institute, voters are younger in the west.', ['voters are younger in the west']],
])('%s', (_n, text, expected) => {
  expect(runFinder('according-to', text).map((f) => f.text)).toEqual(expected);
});
