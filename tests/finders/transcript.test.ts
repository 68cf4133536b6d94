/** The transcript finder: a paragraph under a speaker's label in capitals is that speaker's turn. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['a labelled turn', 'Fox host Chris Wallace spoke to Ana Ruiz.\n\nWALLACE: Let us start with the budget and the vote.', ['Let us start with the budget and the vote.']],
  ['a first and last name need no earlier mention', 'The interview was recorded on Monday.\n\nKATE BAKER: How do you answer your critics on the plan?', ['How do you answer your critics on the plan?']],
  ['section heads and datelines are no labels', 'UPDATE: The bridge reopened on Tuesday after repairs.\n\nWASHINGTON: The river rose again overnight.', []],
])('%s', (_n, text, expected) => {
  expect(runFinder('transcript', text).map((f) => f.text)).toEqual(expected);
});
