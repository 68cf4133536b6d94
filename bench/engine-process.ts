/**
 * One baseline engine in a fresh Node process, as a user's own script would run it, for `make bench`:
 *
 *     node dist-bench/engine-process.js wink|compromise INPUT
 *
 * `wink` loads wink-nlp with its English model (`winkNLP(model)`, every default pipe) and calls
 * `readDoc` on each text; `compromise` loads compromise and calls `nlp(text).json()` on each. INPUT is
 * one plain-text article, or JSON Lines (`.jsonl`) of `{ text }` documents. Nothing else is done:
 * no warm-up, no output but one JSON line of timings on stdout (milliseconds since the process
 * started, from `performance.now()`): when the engine had loaded, when the first fifth of the texts
 * was done and when all were, with the texts' count and the process's peak RSS. The bench times the
 * whole process from outside (what a user would see) and takes the engine's steady rate, after the
 * first fifth, from these marks. The machine-ceiling check runs one of these, then one per core at once.
 */
import { readFileSync } from 'node:fs';

/** The share of texts after which the steady rate is timed (as for whosaid's records in bench.ts). */
const WARM = 0.2;

const started = performance.now();
const [engine, input] = process.argv.slice(2);
if ((engine !== 'wink' && engine !== 'compromise') || !input) {
  process.stderr.write('usage: engine-process.js wink|compromise INPUT (.txt: one article; .jsonl: one {text} a line)\n');
  process.exit(2);
}

let run: (text: string) => void;
if (engine === 'wink') {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  run = (text) => { wink.readDoc(text); };
} else {
  const { default: nlp } = await import('compromise');
  run = (text) => { nlp(text).json(); };
}
const loaded = performance.now();

const raw = readFileSync(input, 'utf8');
const texts = input.endsWith('.jsonl')
  ? raw.split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text)
  : [raw];
const warm = Math.ceil(texts.length * WARM);
let warmAt = loaded;
for (let i = 0; i < texts.length; i++) {
  run(texts[i]!);
  if (i + 1 === warm) warmAt = performance.now();
}
const end = performance.now();
process.stdout.write(`${JSON.stringify({ engine, texts: texts.length, warm, started, loaded, warmAt, end, peakKb: process.resourceUsage().maxRSS })}\n`);
