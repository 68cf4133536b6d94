/**
 * Organizations and places from the gazetteer, seats, one-word institutions and the words around a
 * name: one row per case, `TYPE:mention` for every mention found, with rows that must find nothing.
 */
import { describe, expect, test } from 'vitest';
import { buildGazetteer } from '../tools/build-orgs.js';
import { typedMentions } from './helpers.js';

const mentions = typedMentions;

describe('organizations known by name (CAMEO/Phoenix gazetteer, compromise)', () => {
  test.each([
    ['a news agency and a company with no head word', 'Reuters and Goldman Sachs reported losses.', ['ORG:Reuters', 'ORG:Goldman Sachs']],
    ['an armed group, after "the"', 'Fighters of the Taliban and Hezbollah attacked.', ['ORG:Taliban', 'ORG:Hezbollah']],
    ['an acronym and its expansion', 'The IAEA and the International Atomic Energy Agency met.', ['ORG:IAEA', 'ORG:International Atomic Energy Agency']],
    ['a company typed by the gazetteer, not as a person', 'Shares of Goldman Sachs fell.', ['ORG:Goldman Sachs']],
    ['a lone generic word after "the" is still nothing', 'The Church and the State disagreed.', []],
    ['"and" inside a name the gazetteer knows', 'Shares of Procter and Gamble and Barnes and Noble fell.', ['ORG:Procter and Gamble', 'ORG:Barnes and Noble']],
    ['"and" between two names the gazetteer does not know as one', 'Reuters and Bloomberg reported it.', ['ORG:Reuters', 'ORG:Bloomberg']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('legislatures and departments named by one word', () => {
  test.each([
    ['the Senate, Parliament, the Treasury', 'The bill passed the Senate, then Parliament, and the Treasury agreed.', ['ORG:Senate', 'ORG:Parliament', 'ORG:Treasury']],
    ['the House after "the"', 'The House voted on Friday.', ['ORG:House']],
    ['"House" without "the" is no chamber', 'House prices rose again.', []],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('seat-named institutions', () => {
  test.each([
    ['speaking: an organization', 'The White House said it would not comment.', ['ORG:White House']],
    ['acting with officials', 'The Kremlin denied it, and Pentagon officials agreed.', ['ORG:Kremlin', 'ORG:Pentagon']],
    ['a place where people stand', 'Protesters gathered outside the White House.', ['PLACE:White House']],
    ['a place as a part of it', 'They met on the lawn of the White House.', ['PLACE:White House']],
    ['visited: a place', 'The pope visited the Kremlin.', ['PLACE:Kremlin']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('the words around a name', () => {
  test.each([
    ['an acronym defined after its name takes its type, everywhere', 'The Union of Rationalist Atheists (UAAR) asked. UAAR said no.',
      ['ORG:Union of Rationalist Atheists', 'ORG:UAAR', 'ORG:UAAR']],
    ['an acronym defined after a place is a place', 'It flew from the Kennedy Space Center (KSC) in Florida. KSC staff cheered.',
      ['PLACE:Kennedy Space Center', 'PLACE:KSC', 'PLACE:Florida', 'PLACE:KSC']],
    ['affiliation after a person', 'Nathan Law of Demosisto won a seat.', ['PERSON:Nathan Law', 'ORG:Demosisto']],
    ['possessor of a person', 'Youngspiration’s Baggio Leung won.', ['ORG:Youngspiration', 'PERSON:Baggio Leung']],
    ['a lone word before "said" that names no one', 'In a statement, Wikinews said the page was moved.', ['ORG:Wikinews']],
    ['a surname from a full name stays a person', 'Amneh Jafari heard of it. Jafari said she was upset.', ['PERSON:Amneh Jafari', 'PERSON:Jafari']],
    ['"the town of X"', 'About 80 people in the town of Yeoncheon fled.', ['PLACE:Yeoncheon']],
    ['"the X region"', 'The president of the Lombardy region spoke.', ['PLACE:Lombardy']],
    ['"in X"', 'The ship was held in Bonaire.', ['PLACE:Bonaire']],
    ['a language after "in" is no place', 'The form must be completed in English.', []],
    ['compass words and a known place', 'Schools in South Australia, East Los Angeles and South East Asia closed.',
      ['PLACE:South Australia', 'PLACE:East Los Angeles', 'PLACE:South East Asia']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('organization names through "for the", "and" and "on"', () => {
  test.each([
    ['"for the" after a head', 'The Andy Warhol Foundation for the Visual Arts gave prints.', ['ORG:Andy Warhol Foundation for the Visual Arts']],
    ['two institutions joined by "and"', 'A team from the Massachusetts Institute of Technology and Colorado State University wrote it.',
      ['ORG:Massachusetts Institute of Technology', 'ORG:Colorado State University']],
    ['one ministry joined by "and"', 'The Ministry of Science and Technology spoke.', ['ORG:Ministry of Science and Technology']],
    ['a place does not join through "on"', 'It lifted off from the Kennedy Space Center on STS-1.', ['PLACE:Kennedy Space Center']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('people whose names look like something else', () => {
  test.each([
    ['an initial opens the name', 'It was founded by writer L. Ron Hubbard.', ['PERSON:L. Ron Hubbard']],
    ['an unknown first name before a known one', 'Tunisia replaced Farouk Ben Mustapha.', ['COUNTRY:Tunisia', 'PERSON:Farouk Ben Mustapha']],
    ['a hyphenated given name', 'Kim Min-Woo conceded a penalty.', ['PERSON:Kim Min-Woo']],
    ['a title word before a name is still split off', 'Scientologist Tom Cruise spoke.', ['PERSON:Tom Cruise']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('sentence-initial words that open a name, and names inside names', () => {
  test.each([
    ['an ordinary word opening an institution', 'Civil Defense Authority director Suleiman al-Amr spoke. Home Office officials agreed.',
      ['ORG:Civil Defense Authority', 'PERSON:Suleiman al-Amr', 'ORG:Home Office']],
    ['a noun and a country make an institution', '"Environment Canada staff left." Team Estonia rebuilt the robot.', ['ORG:Environment Canada', 'ORG:Team Estonia']],
    ['a word that only opens the sentence', 'Then Canada won.', ['COUNTRY:Canada']],
    ['an ordinary plural before "\'s" inside a name', 'Eunice Yung of New People\'s Party won. Mexico\'s Foreign Ministry spoke.',
      ['PERSON:Eunice Yung', "ORG:New People's Party", 'COUNTRY:Mexico', 'ORG:Foreign Ministry']],
    ['a small word after a first name is a surname', 'Votes went to James To of the Democratic Party.', ['PERSON:James To', 'ORG:Democratic Party']],
    ['a compound adjective is not part of the name', 'A Beijing-based firm hired Wong Kwok-kin and left Scientology-related work.',
      ['PLACE:Beijing', 'PERSON:Wong Kwok-kin', 'ORG:Scientology']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('places and things named like people', () => {
  test.each([
    ['a place word opening a name, a place head', 'It launched from Cape Canaveral and went to the Adler Planetarium.', ['PLACE:Cape Canaveral', 'PLACE:Adler Planetarium']],
    ['a country within a state is a place of it', 'He moved from England to Scotland.', ['PLACE:England', 'PLACE:Scotland']],
    ['a demonym is nobody', 'Every other New Zealander voted.', []],
    ['products and plural names are nobody', 'It shipped with Windows XP, PlayStation VR sold and the Hells Angels rode.', []],
    ['names with a capital inside stay people', 'John McCain met Ron DeSantis.', ['PERSON:John McCain', 'PERSON:Ron DeSantis']],
    ['a lone surname after "said", a leader\'s government', 'These works, said Mauer, are required under the Monti government.', ['PERSON:Mauer', 'PERSON:Monti']],
    ['a party adjective before "government" is nobody', 'The Conservative government complained.', []],
    ['an honorific after an organization is a title', 'Undersecretary for Education Mr. Toccafondi says schools will close.', ['PERSON:Toccafondi']],
  ])('%s', (_n, text, want) => expect(mentions(text)).toEqual(want));
});

describe('gazetteer build (tools/build-orgs.ts)', () => {
  test('parses TABARI entries: synonyms, acronyms in parentheses, and leaves out people and places', () => {
    const dir = `${import.meta.dirname}/fixtures/cameo`;
    const orgs = buildGazetteer(dir).orgs.split('|');
    expect(orgs).toEqual(expect.arrayContaining(['associated press', 'islamic army of aden', 'iaa', 'shin bet', 'knesset']));
    for (const no of ['barack obama', 'obama administration', 'kabul', 'president', 'un envoy', 'police']) expect(orgs).not.toContain(no);
  });
});
