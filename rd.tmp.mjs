import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model);
let n = 0;
for (const l of readFileSync(process.argv[2], 'utf8').split('\n')) { if (!l) continue; n += nlp.readDoc(JSON.parse(l).text).tokens().length(); }
console.log(n);
