/** The set-off finder: block quotes after a colon and pull quotes ending with a name, without marks. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['a block quote after a verb of saying and a colon', 'In a statement, the church denied the allegations:\n\nShe was never forced to stay on the ship or to work in the engine room.',
    ['She was never forced to stay on the ship or to work in the engine room.']],
  ['the block quote ends where the narrative resumes', 'The church said in a statement:\n\nShe was never forced to stay on the ship at all. The church also claims she left of her own will.',
    ['She was never forced to stay on the ship at all.']],
  ['a pull quote ends with its speaker\'s name and role', 'The agency chose four museums.\n\nThis was a very difficult decision, but one made with the public in mind. Charles Bolden, NASA Administrator',
    ['This was a very difficult decision, but one made with the public in mind.']],
  ['a list after a colon without a verb of saying', 'The following were injured:\n\nAna Ruiz, Tom Baker and three children from the village school were taken to hospital.', []],
  ['a short line after a colon', 'He said this:\n\nNo comment.', []],
])('%s', (_n, text, expected) => {
  expect(runFinder('set-off', text).map((f) => f.text)).toEqual(expected);
});
