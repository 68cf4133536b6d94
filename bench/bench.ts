/**
 * `make bench`: whosaid end to end against wink-nlp `readDoc` alone and compromise `nlp()` alone, in
 * one process on one corpus (the bundled articles repeated with fresh ids up to BENCH_MB, default 2).
 * All three rates use the same token count (wink-nlp's, whitespace excluded), so the ratios compare
 * like with like. compromise is timed on a slice of the corpus (it is ~25× slower); a rate is a rate.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '../dist/index.js';

interface Doc { id: string; text: string }

function corpusFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return corpusFiles(p);
    return p.endsWith('.txt') ? [p] : [];
  });
}

function buildCorpus(targetBytes: number): Doc[] {
  const base = corpusFiles('corpus').map((p) => readFileSync(p, 'utf8'));
  const docs: Doc[] = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const [i, text] of base.entries()) {
      docs.push({ id: `bench-${round}-${i}`, text });
      bytes += Buffer.byteLength(text);
    }
  }
  return docs;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

const mb = Number(process.env.BENCH_MB ?? 2);
const docs = buildCorpus(mb * 1024 * 1024);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const wink = winkNLP(model);
const its = wink.its;
const tokensOf = (text: string) => (wink.readDoc(text).tokens().out(its.type) as string[]).filter((t) => t !== 'tabCRLF').length;
const tokenCounts = docs.map((d) => tokensOf(d.text));
const tokens = tokenCounts.reduce((a, b) => a + b, 0);

// Warm up every engine (JIT, lexicon caches) on a few documents before timing.
for (const d of docs.slice(0, 25)) { wink.readDoc(d.text); nlp(d.text).json(); extract(d); }

const winkSecs = time(() => { for (const d of docs) wink.readDoc(d.text); });
const whosaidSecs = time(() => { for (const d of docs) JSON.stringify(extract(d)); });
const slice = docs.slice(0, Math.max(25, Math.ceil(docs.length / 10)));
const sliceTokens = tokenCounts.slice(0, slice.length).reduce((a, b) => a + b, 0);
const compromiseSecs = time(() => { for (const d of slice) nlp(d.text).json(); });

const rate = { whosaid: tokens / whosaidSecs, wink: tokens / winkSecs, compromise: sliceTokens / compromiseSecs };
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(10);
console.log(`corpus: ${docs.length} documents, ${(bytes / 1048576).toFixed(2)} MB, ${tokens.toLocaleString('en-US')} tokens (compromise on ${slice.length} documents)`);
console.log(`engine                       tokens/s`);
console.log(`whosaid extract (end to end) ${fmt(rate.whosaid)}`);
console.log(`wink-nlp readDoc alone       ${fmt(rate.wink)}`);
console.log(`compromise nlp() alone       ${fmt(rate.compromise)}`);
console.log(`whosaid / wink-nlp readDoc   ${(rate.whosaid / rate.wink).toFixed(2)}×`);
console.log(`whosaid / compromise nlp()   ${(rate.whosaid / rate.compromise).toFixed(2)}×`);
