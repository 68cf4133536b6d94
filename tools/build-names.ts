/**
 * Builds the name vocabularies the entity stages read (src/lexicon/data/names.json) from
 * compromise's lexicon: first names with their gender, last names, cities, regions, known people and
 * organizations, the words it knows as something else (evidence a capital is only sentence case),
 * function words, and its organization and place head words. A plain table means worker threads
 * never load compromise itself: ~12 MB less live heap per worker for the garbage collector to mark.
 * tests/lexicon.test.ts checks the file equals what the installed compromise gives.
 *
 *   npx tsc -p tsconfig.tools.json && node dist-tools/build-names.js > src/lexicon/data/names.json
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

/** The vocabularies, each sorted. */
export interface NameVocabularies {
  source: string;
  male: string[]; female: string[]; firstUnisex: string[];
  last: string[]; cities: string[]; regions: string[]; people: string[]; orgs: string[];
  common: string[]; function: string[]; orgWords: string[]; placeWords: string[];
}

const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Modal', 'Copula',
  'QuestionWord', 'Negative', 'Condition', 'Reflexive']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Region',
  'Country', 'Place', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym']);

export function nameVocabularies(): NameVocabularies {
  const model = (nlp.world() as unknown as { model: CompromiseModel }).model;
  const first = new Map<string, 'm' | 'f' | undefined>();
  const sets = { last: new Set<string>(), cities: new Set<string>(), regions: new Set<string>(), people: new Set<string>(),
    orgs: new Set<string>(), common: new Set<string>(), function: new Set<string>() };
  for (const [word, tagOrTags] of Object.entries(model.one.lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    for (const t of tags) {
      // A name compromise gives both genders has none.
      if (t === 'MaleName') first.set(word, first.get(word) === 'f' ? undefined : 'm');
      else if (t === 'FemaleName') first.set(word, first.get(word) === 'm' ? undefined : 'f');
      else if (t === 'FirstName' && !first.has(word)) first.set(word, undefined);
      else if (t === 'LastName') sets.last.add(word);
      else if (t === 'City') sets.cities.add(word);
      else if (t === 'Region') sets.regions.add(word);
      else if (t === 'Person') sets.people.add(word);
      else if (t === 'Organization' || t === 'SportsTeam') sets.orgs.add(word);
    }
    if (!tags.some((t) => NAME_TAGS.has(t)) && !word.includes(' ')) sets.common.add(word);
    if (tags.some((t) => FUNCTION_TAGS.has(t)) && !word.includes(' ')) sets.function.add(word);
  }
  const join = (words: Iterable<string>) => [...words].sort();
  const gendered = (g: 'm' | 'f' | undefined) => join([...first].filter(([, v]) => v === g).map(([w]) => w));
  return {
    source: `compromise ${nlp.version} (MIT)`,
    male: gendered('m'), female: gendered('f'), firstUnisex: gendered(undefined),
    last: join(sets.last), cities: join(sets.cities), regions: join(sets.regions), people: join(sets.people),
    orgs: join(sets.orgs), common: join(sets.common), function: join(sets.function),
    orgWords: join(Object.keys(model.two.orgWords)), placeWords: join(Object.keys(model.two.placeWords)),
  };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(nameVocabularies())}\n`);
}
