/** The relative-clause finder: a cue inside a relative clause whose own verb follows it. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['which … said were', 'The attacks, which the probe said were covered up, began in 2010.', ['which were covered up']],
  ['a determiner alone is no subject', 'He denied that the claims made about him were true.', []],
])('%s', (_n, text, expected) => {
  expect(runFinder('relative-clause', text).map((f) => f.text)).toEqual(expected);
});
