/**
 * One process of the machine's scaling check in `make bench`: wink-nlp `readDoc` over a JSON Lines
 * corpus, after a short warm-up; prints the seconds it took. The bench runs one of these, then one per
 * core at once: how much the aggregate rate grows is what this machine gives work that shares
 * nothing at all, the ceiling for any number of workers.
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const wink = winkNLP(model);
const texts = readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
for (const t of texts.slice(0, 25)) wink.readDoc(t);
const t0 = performance.now();
for (const t of texts) wink.readDoc(t);
process.stdout.write(`${(performance.now() - t0) / 1000}\n`);
