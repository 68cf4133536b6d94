/**
 * Builds the country table the countries lexicon reads (src/lexicon/data/countries.json) from
 * world-countries (data ODbL-1.0, mledoze/countries): only the fields it uses (codes, names, spellings,
 * English demonyms, capitals, languages). The package's full records (translations, borders, maps,
 * currencies: 1.2 MB of JSON) cost ~35 ms to load on every start, of the command and of each worker.
 *
 *   make build && npx tsc -p tsconfig.tools.json && node dist-tools/build-countries.js > src/lexicon/data/countries.json
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';

/** The table, as data/countries.json holds it. */
export function countryTable() {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Country[];
  const version = (require('world-countries/package.json') as { version: string }).version;
  const rows = countries.map((c) => ({
    cca2: c.cca2,
    common: c.name.common,
    official: c.name.official,
    sovereign: c.independent === true || c.unMember,
    alt: c.altSpellings,
    demonyms: [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d),
    capitals: c.capital ?? [],
    languages: Object.values(c.languages ?? {}),
  }));
  return { source: `world-countries ${version} (mledoze/countries, data ODbL-1.0)`, countries: rows };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) process.stdout.write(`${JSON.stringify(countryTable())}\n`);
