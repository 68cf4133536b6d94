/** Entity mentions, types, canonical names and codes, one row per case, with rows that find nothing. */
import { describe, expect, test } from 'vitest';
import { aliasTable, extract, parseAliases } from '../src/index.js';
import { expectValidSpans } from './helpers.js';

interface Want { type: string; name: string; mentions?: string[]; country?: string; value?: string; role?: string }

const rows: [string, string, Want[]][] = [
  ['title kept as a role, demonym linked', 'Peruvian Foreign Minister Hugo de Zela spoke. Later de Zela left.',
    [{ type: 'PERSON', name: 'Hugo de Zela', mentions: ['Hugo de Zela', 'de Zela'], role: 'Peruvian Foreign Minister', country: 'PE' }]],
  ['accents and their absence are one person', 'Betssy Chávez fled. Chávez’s lawyer said Chavez was innocent.',
    [{ type: 'PERSON', name: 'Betssy Chávez', mentions: ['Betssy Chávez', 'Chávez', 'Chavez'] }]],
  ['countries with codes, possessives', 'Peru’s government cut ties with Mexico and the United States.',
    [{ type: 'COUNTRY', name: 'Peru', country: 'PE' }, { type: 'COUNTRY', name: 'Mexico', country: 'MX' }, { type: 'COUNTRY', name: 'United States', country: 'US' }]],
  ['short country forms', 'The U.S. and the UK signed the deal.',
    [{ type: 'COUNTRY', name: 'United States', mentions: ['U.S.'], country: 'US' }, { type: 'COUNTRY', name: 'United Kingdom', mentions: ['UK'], country: 'GB' }]],
  ['a capital is a place in its country', 'She fled to the Mexican Embassy in Lima.',
    [{ type: 'ORG', name: 'Mexican Embassy' }, { type: 'PLACE', name: 'Lima', country: 'PE' }]],
  ['organization heads', 'The Ministry of Foreign Affairs and Congress met.',
    [{ type: 'ORG', name: 'Ministry of Foreign Affairs' }, { type: 'ORG', name: 'Congress' }]],
  ['honorific links back to the full name', 'Donald Trump spoke first. Mr. Trump then left.',
    [{ type: 'PERSON', name: 'Donald Trump', mentions: ['Donald Trump', 'Trump'] }]],
  ['dates without a reference stay partial', 'On Nov. 3 and in December 2022 and in October of this year.',
    [{ type: 'DATE', name: 'Nov. 3', value: 'XXXX-11-03' }, { type: 'DATE', name: 'December 2022', value: '2022-12' }, { type: 'DATE', name: 'October of this year', value: 'XXXX-10' }]],
  ['hyphenated and particle names', 'Lee Cheuk-yan met Suleiman al-Amr and Kevin De Bruyne.',
    [{ type: 'PERSON', name: 'Lee Cheuk-yan' }, { type: 'PERSON', name: 'Suleiman al-Amr' }, { type: 'PERSON', name: 'Kevin De Bruyne' }]],
  ['a city that is also a first name, in a place position', 'The boy from Houston met Sydney Smith.',
    [{ type: 'PLACE', name: 'Houston', country: 'US' }, { type: 'PERSON', name: 'Sydney Smith' }]],
  ['a title of an organization before a name', 'NASA Administrator Charles Bolden spoke at the Johnson Space Center.',
    [{ type: 'ORG', name: 'NASA' }, { type: 'PERSON', name: 'Charles Bolden', role: 'NASA Administrator' }, { type: 'PLACE', name: 'Johnson Space Center' }]],
  ['a word of a full name stays that person', 'Valeska Paris spoke out. Paris said she was held on a ship.',
    [{ type: 'PERSON', name: 'Valeska Paris', mentions: ['Valeska Paris', 'Paris'] }]],
  ['a surname that is also a town, once after "in"', 'Former ambassador John Bolton spoke. Bolton said the deal was bad. The cost, in Bolton’s view, was too high.',
    [{ type: 'PERSON', name: 'John Bolton', mentions: ['John Bolton', 'Bolton', 'Bolton'] }]],
  ['a party before a title is part of the role, not of the name', 'Republican Sen. John McCain spoke to Democratic Gov. Maggie Hassan.',
    [{ type: 'PERSON', name: 'John McCain', mentions: ['John McCain'], role: 'Republican Sen.' }, { type: 'PERSON', name: 'Maggie Hassan', mentions: ['Maggie Hassan'], role: 'Democratic Gov.' }]],
  // Rows that must find nothing.
  ['products and events are not people', 'The Space Shuttle flew while Internet Explorer crashed.', []],
  ['no names', 'it was raining and everyone left early because the road was closed.', []],
  ['durations and ages are not dates', 'He faces twenty-five years in prison and is 70 years old.', []],
  ['sentence-initial common words are not names', 'Prosecutors say the case is strong. Tensions rose.', []],
  ['a bare title is not a person', 'The President spoke to the Foreign Minister.', []],
];

describe('entities', () => {
  test.each(rows)('%s', (_name, text, wants) => {
    const rec = extract(text);
    expectValidSpans(text, rec);
    const got = rec.entities.map((e) => ({ type: e.type, name: e.name, mentions: e.mentions.map((m) => m.text), country: e.country ?? e.roles?.[0]?.country, value: e.value, role: e.roles?.[0]?.text }));
    expect(got.map((g) => `${g.type}:${g.name}`), JSON.stringify(got)).toEqual(wants.map((w) => `${w.type}:${w.name}`));
    wants.forEach((w, i) => {
      const g = got[i]!;
      if (w.mentions) expect(g.mentions).toEqual(w.mentions);
      if (w.country) expect(g.country).toBe(w.country);
      if (w.value) expect(g.value).toBe(w.value);
      if (w.role) expect(g.role).toBe(w.role);
    });
  });

  test('dates resolve against the published date, recorded in the output', () => {
    const rec = extract({ id: 'x', text: 'On Nov. 3 and in October of this year, and Today.', published: '2025-11-20' });
    expect(rec.date_reference).toEqual({ value: '2025-11-20', source: 'published' });
    expect(rec.entities.map((e) => e.value)).toEqual(['2025-11-03', '2025-10', '2025-11-20']);
  });

  test('newsroom aliases join their entity under the canonical name', () => {
    const aliases = aliasTable([{ alias: 'AMLO', name: 'Andrés Manuel López Obrador' }, { alias: 'the Fed', name: 'Federal Reserve', type: 'ORG' }]);
    const rec = extract('AMLO said the Fed was wrong. López Obrador later spoke again.', { aliases });
    expect(rec.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['PERSON', 'Andrés Manuel López Obrador', ['AMLO', 'López Obrador']], ['ORG', 'Federal Reserve', ['the Fed']]]);
    expect(rec.quotes[0]!.speaker?.name).toBe('Andrés Manuel López Obrador');
  });

  test.each([
    ['JSON', '[{"alias":"AMLO","name":"Andrés Manuel López Obrador"}]', 1],
    ['CSV with a type column', 'alias,name,type\nthe Fed,Federal Reserve,ORG\nAMLO,Andrés Manuel López Obrador,PERSON\n', 2],
  ])('alias files: %s', (_n, content, count) => {
    expect(aliasTable(parseAliases(content, 'aliases')).byAlias.size).toBe(count);
  });

  test.each([
    ['no name', '[{"alias":"AMLO"}]'],
    ['unknown type', '[{"alias":"AMLO","name":"X","type":"ANIMAL"}]'],
    ['CSV without a header', 'AMLO,Andrés Manuel López Obrador'],
  ])('a bad alias file is refused: %s', (_n, content) => {
    expect(() => aliasTable(parseAliases(content, 'aliases'))).toThrow();
  });

  test('a capital that speaks is its country', () => {
    const rec = extract('Peru cut ties with Mexico. Lima said the decision was final.');
    expect(rec.quotes[0]!.speaker).toMatchObject({ name: 'Peru', kind: 'country', mention: { text: 'Lima' } });
  });

  test('a published value that is not a date is a warning', () => {
    const rec = extract({ id: 'x', text: 'On Nov. 3 it rained.', published: 'last tuesday-ish' });
    expect(rec.date_reference.source).toBe('none');
    expect(rec.diagnostics.some((d) => d.rule === 'bad-published')).toBe(true);
  });
});
