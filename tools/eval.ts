/**
 * `make eval`: runs whosaid on the team's dev sets (../shared/eval/dev, or WHOSAID_DEV), scores each
 * with the team scorer, and for sets with quotes prints the confidence bands: the share of predicted
 * quotes in each band, and how many of them are real quotes (found in the gold) with the right
 * speaker (the annotated mention, or a name naming the annotated speaker). A confidence of 0.9 must
 * mean nine in ten right, counting the quotes that are not quotes at all.
 *
 *   node dist-tools/eval.js [SET,...]      (default: seed, polnear-dev, wikinews, polnear-dev-all)
 *   SET is one of the names below; polnear-train (840 articles) is left out by default for time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OutputRecord, extract } from '../dist/index.js';
import { type GoldQuote, goldNames, goldPassages, match, readJsonl, sameName, speakerRight } from './match.js';

const DEV = process.env.WHOSAID_DEV ?? '../shared/eval/dev';
const SCORER = join(DEV, '..', 'score.mjs');

/** A dev set: what whosaid reads, the gold files it is scored against, and with which attributions. */
interface EvalSet { input: string; golds: string[]; attributions?: 'all' }
const SETS: Record<string, EvalSet> = {
  seed: { input: 'seed', golds: ['seed'] },
  'polnear-dev': { input: 'polnear-dev', golds: ['polnear-dev.quotes'] },
  wikinews: { input: 'wikinews', golds: ['wikinews.quotes', 'wikinews'] },
  'polnear-dev-all': { input: 'polnear-dev', golds: ['polnear-dev'], attributions: 'all' },
  'polnear-train': { input: 'polnear-train', golds: ['polnear-train.quotes'] },
};
const chosen = (process.argv[2] ?? 'seed,polnear-dev,wikinews,polnear-dev-all').split(',');

/** No speaker, then tenths from the confidence floor (0.3) up. */
const BANDS: [number, number, string][] = [[-1, 0, 'no speaker'],
  ...[3, 4, 5, 6, 7, 8, 9].map((d): [number, number, string] => [d / 10, d === 9 ? 1.01 : (d + 1) / 10, `${(d / 10).toFixed(1)}–${((d + 1) / 10).toFixed(1)}`])];
/** Bands judged on fewer quotes are too noisy to rank. */
const MIN_JUDGED = 30;
/** What a confidence of 0.9 or more must mean: this share of those quotes real, with the right speaker. */
const TOP_TARGET = 0.92;


if (!existsSync(SCORER)) {
  console.log(`no dev sets at ${DEV} (set WHOSAID_DEV): nothing to evaluate`);
  process.exit(0);
}
const out = mkdtempSync(join(tmpdir(), 'whosaid-eval-'));
for (const name of chosen) {
  const set = SETS[name];
  const input = join(DEV, `${set?.input}.input.jsonl`);
  if (!set || !existsSync(input)) { console.log(`\n== ${name}: not found`); continue; }
  const options = set.attributions ? { attributions: set.attributions } : {};
  const inputs = readJsonl<{ id: string; text: string }>(input);
  const records = inputs.map((d) => extract(d, options));
  const predPath = join(out, `${name}.jsonl`);
  writeFileSync(predPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const texts = new Map(inputs.map((d) => [d.id, d.text] as const));
  for (const g of set.golds) {
    const goldPath = join(DEV, `${g}.gold.jsonl`);
    if (!existsSync(goldPath)) continue;
    console.log(`\n== ${name}${set.attributions ? ` (--attributions ${set.attributions})` : ''} against ${g}`);
    const gold = new Map(readJsonl<{ id: string; quotes?: GoldQuote[] }>(goldPath).map((d) => [d.id, d.quotes ?? []] as const));
    const quoted = [...gold.values()].some((q) => q.length);
    const scored = spawnSync('node', [SCORER, '--gold', goldPath, '--pred', predPath], { encoding: 'utf8' }).stdout;
    // An entity-only gold: its entity lines only.
    process.stdout.write(quoted ? scored : scored.split('\n').filter((l) => l.startsWith('entities')).join('\n') + '\n');
    if (quoted) bands(records, gold, texts);
  }
  const classes = new Map<string, number>();
  for (const r of records) for (const q of r.quotes) classes.set(q.class, (classes.get(q.class) ?? 0) + 1);
  if (set.attributions) console.log(`classes: ${[...classes].map(([c, n]) => `${c} ${n}`).join(', ')}; every quote has a class: ${records.every((r) => r.quotes.every((q) => q.class))}`);
}

/** The confidence table of one set: per band, how many predicted quotes are real with the right speaker. */
function bands(records: OutputRecord[], gold: Map<string, GoldQuote[]>, texts: Map<string, string>): void {
  const band = BANDS.map(() => ({ quotes: 0, real: 0, right: 0 }));
  const bandOf = (q: { speaker: unknown; confidence: number }) => (q.speaker ? BANDS.findIndex(([a, b]) => q.confidence >= a && q.confidence < b) : 0);
  for (const r of records) {
    // One gold direct quote per pair of quotation marks, as the scorer counts them.
    const gq = goldPassages(gold.get(r.id) ?? []);
    for (const q of r.quotes) band[bandOf(q)]!.quotes++;
    for (const [i, j] of match(gq, r.quotes)) {
      const g = gq[i]!;
      const q = r.quotes[j]!;
      const b = band[bandOf(q)]!;
      b.real++;
      const golds = goldNames(g, texts.get(r.id) ?? '');
      if (speakerRight(g, q) || (q.speaker && sameName(q.speaker.name, golds)) || (!g.speaker && !q.speaker)) b.right++;
    }
  }
  const total = band.reduce((s, b) => s + b.quotes, 0);
  console.log('confidence band   share of quotes  quotes  real quote  real, right speaker');
  let last = -1;
  let monotone = true;
  BANDS.forEach(([, , label], k) => {
    const b = band[k]!;
    const pct = (n: number) => (b.quotes ? `${(100 * n / b.quotes).toFixed(1)}%` : '—').padStart(6);
    if (k > 0 && b.quotes >= MIN_JUDGED) { if (b.right / b.quotes < last) monotone = false; last = b.right / b.quotes; }
    console.log(`${label.padEnd(16)}  ${(100 * b.quotes / (total || 1)).toFixed(1).padStart(6)}%      ${String(b.quotes).padStart(5)}     ${pct(b.real)}       ${pct(b.right)}`);
  });
  const top = band[band.length - 1]!;
  const topShare = top.quotes ? top.right / top.quotes : NaN;
  console.log(`at ≥ 0.9: ${(100 * topShare).toFixed(1)}% real with the right speaker (target ≥ ${100 * TOP_TARGET}%): ${topShare >= TOP_TARGET ? 'met' : 'NOT MET'}`);
  console.log(`rises band by band (bands with ≥ ${MIN_JUDGED} quotes): ${monotone ? 'yes' : 'NO'}`);
}
