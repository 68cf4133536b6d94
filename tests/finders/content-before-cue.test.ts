/** The content-before-cue finder: "CONTENT, NP said", "CONTENT, said NP", a cue set inside its content. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['content, then subject and cue', 'The bridge will close for repairs next month, officials said.', [['The bridge will close for repairs next month', 'said']]],
  ['content, then an inverted cue', 'The plan was dead on arrival, said Tom Baker.', [['The plan was dead on arrival', 'said']]],
  ['a cue inside its content', 'The museum, Mr. Bush said, celebrated several of his heroes.', [['The museum celebrated several of his heroes', 'said']]],
  ['an inverted cue inside its content', 'The museum, said Mr. Bush, celebrated several of his heroes.', [['The museum celebrated several of his heroes', 'said']]],
  ['a description of the speaker after an inverted cue', 'Tariffs will not bring these jobs back, said David Autor, a professor of economics at M.I.T.', [['Tariffs will not bring these jobs back', 'said']]],
  ['a relative clause on the speaker after an inverted cue', 'The rules are a burden for schools, said Todd Wilcox, who founded a defense company.', [['The rules are a burden for schools', 'said']]],
  ['a closing verb after a poll', 'The mayor has kept strong support among older voters, a new poll found.', [['The mayor has kept strong support among older voters', 'found']]],
  ['a relative clause is no "CONTENT, NP said"', 'The mayor resigned after a report in the Herald, which first reported the scandal.', []],
  ['a subject and its insert are no content', 'Tom Baker, appearing after Ana Ruiz at the forum, cited problems in the region.', []],
] as [string, string, [string, string][]][])('%s', (_n, text, expected) => {
  expect(runFinder('content-before-cue', text).map((f) => [f.text, f.cue])).toEqual(expected);
});
