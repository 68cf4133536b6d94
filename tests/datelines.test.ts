/**
 * Wire copy: datelines, lines in capitals, titles owned by an organization or a place, emphasis in
 * capitals. `TYPE:mention` for every mention found (dates left out), with rows that must find nothing.
 */
import { describe, expect, test } from 'vitest';
import { typedMentions } from './helpers.js';

const mentions = typedMentions;

describe('datelines', () => {
  test.each([
    ['city and agency', 'WASHINGTON (AP) — The vote was close.', ['PLACE:WASHINGTON', 'ORG:AP']],
    ['an unknown town, a state abbreviation, the agency', 'HEMPSTEAD, N.Y., Sept. 26 (UPI) — The debate began.', ['PLACE:HEMPSTEAD', 'PLACE:N.Y.', 'ORG:UPI']],
    ['a dateline with a plain dash', 'FAIRVIEW, W.Va. - The coal was piled high.', ['PLACE:FAIRVIEW', 'PLACE:W.Va.']],
    ['a party and state after a name', 'Gov. Mike Pence (R-IN) said so.', ['PERSON:Mike Pence', 'PLACE:IN']],
    ['"AP" outside a dateline is no organization', 'He took an AP exam in the spring.', []],
    ['a person opening a paragraph is no dateline', 'K.C. Maurer, chief financial officer, spoke.', ['PERSON:K.C. Maurer']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('lines in capitals and emphasis', () => {
  test.each([
    ['a shouting headline keeps only names the lexicons know', 'TRUMP SAYS CLINTON INC. WILL LOSE IN OHIO.\n\nThe race went on.', ['PLACE:OHIO']],
    ['a title line ending in a full stop is a headline', 'Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nThe poll was taken.',
      ['PERSON:Hillary Clinton']],
    ['words in capitals for emphasis, time zones', 'I cannot believe a man with NO credentials, ALL times EDT.', []],
    ['a lone head word before a noun is a modifier', 'He spoke on a Marine base about a TV doctor.', []],
    ['two words and an institution joined by "and"', 'The Securities and Exchange Commission sued.', ['ORG:Securities and Exchange Commission']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('titles owned by an organization or a place', () => {
  test.each([
    ['a company\'s chief executive', 'Wells Fargo CEO John Stumpf testified. Stumpf said sorry.', ['ORG:Wells Fargo', 'PERSON:John Stumpf', 'PERSON:Stumpf']],
    ['a state\'s senator', 'Massachusetts Sen. Elizabeth Warren asked.', ['PLACE:Massachusetts', 'PERSON:Elizabeth Warren']],
    ['initials split by the tokenizer are nobody', 'said Rep. Joseph Crowley (D-N.Y.), an advocate.', ['PERSON:Joseph Crowley']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});
