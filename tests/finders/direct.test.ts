/** The direct finder: one quote per pair of marks, its cue on either side; fragments and titles are left alone. */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['quote, then speaker and cue', '“We will not back down,” Maria Lopez said.', [['“We will not back down,”', 'said']]],
  ['a verb no list knows, in a clause after "if", is no cue', 'It is wrong to think that if the U.S. pulls back, “our oceans are going to save us.”', []],
  ['a verb no list knows, in a "no matter what" clause, is passed over for the main verb', 'Ryan says no matter what action Obama takes on guns, “his word does not trump the Second Amendment.”',
    [['“his word does not trump the Second Amendment.”', 'says']]],
  ['a verb no list knows, as the main verb, is a cue', 'He answered, “Denver is the answer.”', [['“Denver is the answer.”', 'answered']]],
  ['a known cue after "as" stays the cue', 'As Obama recalled, “We won big that night.”', [['“We won big that night.”', 'recalled']]],
  ['a known cue after an opening adverb stays the cue', 'Once again Trump recalled: “We won big.”', [['“We won big.”', 'recalled']]],
  ['a known cue after "what" stays the cue', 'Here is what Clinton recalled: “We won big.”', [['“We won big.”', 'recalled']]],
  ['a verb passed over does not hand the quotation across a comma', 'The mayor went on the radio, if the city pulls back, “our streets will empty.”', []],
  ['cue, then a colon and the quote', 'Hugh Hill said: “The ward is full and we are tired.”', [['“The ward is full and we are tired.”', 'said']]],
  ['two passages under one cue are two quotes', '“We tried everything,” she said, “but it failed in the end.”', [['“We tried everything,”', 'said'], ['“but it failed in the end.”', 'said']]],
  ['the statement goes on after its cue', '“It is over,” Tom Baker said. “We lost the vote.”', [['“It is over,”', 'said'], ['“We lost the vote.”', 'said']]],
  ['a quotation standing alone, no cue', 'The crowd fell silent.\n\n“Never again will we let this happen to our town.”', [['“Never again will we let this happen to our town.”', undefined]]],
  ['a short sentence goes on after its cue', '“We welcome it,” Ana Ruiz said. “It matters.”', [['“We welcome it,”', 'said'], ['“It matters.”', 'said']]],
  ['a title after the work it names', 'In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested saving early.', []],
  ['a quotation after a work noun that is no title', 'In his book, “we were never told the truth,” Mr. McKinley wrote.', [['“we were never told the truth,”', 'wrote']]],
  ['a short sentence standing alone', 'The judge turned to me.\n\n“Mr. Smith?”', [['“Mr. Smith?”', undefined]]],
  ['marks around no words are no quote', 'He looked up.\n\n“…”\n\n“?!”', []],
  ['a title in a list is no direct quote', 'The Big Short won. “Billions,” on Showtime, is a drama.', []],
  ['a short phrase in single marks standing alone is no direct quote', 'The sign read one thing. ‘Healthy jobs.’', []],
  ['a scare-quoted word is no direct quote', 'The so-called “woke” agenda dominated the debate.', []],
  ['a title is no direct quote', 'She wrote the novel “Silent Rivers” in 1999.', []],
  ['a cited headline with its outlet and date', 'Sources\n\n“Document found on street not secret, say feds” — The Canadian Press, August 15, 2008', []],
] as [string, string, [string, string | undefined][]][])('%s', (_n, text, expected) => {
  expect(runFinder('direct', text).map((f) => [f.text, f.cue])).toEqual(expected);
});
