/**
 * `make eval`: runs whosaid on the team's dev sets (../shared/eval/dev), scores each with the team
 * scorer, and for sets with quotes prints the confidence table: the share of predicted quotes in
 * each confidence band and how often the speaker is right within it (mention-level, as scored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { type GoldQuote, match, sameName, speakerRight } from './match.js';

const DEV = process.env.WHOSAID_DEV ?? '../shared/eval/dev';
const SCORER = join(DEV, '..', 'score.mjs');
const SETS = (process.argv[2] ?? 'seed,polnear-dev,wikinews').split(',');
/** No speaker, then tenths from the confidence floor (0.3) up. */
const BANDS: [number, number, string][] = [[-1, 0, 'no speaker'],
  ...[3, 4, 5, 6, 7, 8, 9].map((d): [number, number, string] => [d / 10, d === 9 ? 1.01 : (d + 1) / 10, `${(d / 10).toFixed(1)}–${((d + 1) / 10).toFixed(1)}`])];

/** Bands judged on fewer quotes are too noisy to rank. */
const MIN_JUDGED = 50;

if (!existsSync(SCORER)) {
  console.log(`no dev sets at ${DEV} (set WHOSAID_DEV): nothing to evaluate`);
  process.exit(0);
}
const out = mkdtempSync(join(tmpdir(), 'whosaid-eval-'));
for (const set of SETS) {
  const input = join(DEV, `${set}.input.jsonl`);
  const goldPath = join(DEV, `${set}.gold.jsonl`);
  if (!existsSync(input) || !existsSync(goldPath)) { console.log(`\n== ${set}: not found`); continue; }
  const records = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => extract(JSON.parse(l)));
  const predPath = join(out, `${set}.jsonl`);
  writeFileSync(predPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`\n== ${set}`);
  process.stdout.write(spawnSync('node', [SCORER, '--gold', goldPath, '--pred', predPath], { encoding: 'utf8' }).stdout);
  const gold = new Map(readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const g = JSON.parse(l) as { id: string; quotes?: GoldQuote[] };
    return [g.id, g.quotes ?? []] as const;
  }));
  const total = records.reduce((n, r) => n + r.quotes.length, 0);
  if (![...gold.values()].some((q) => q.length) || !total) continue;
  const band = BANDS.map(() => ({ quotes: 0, judged: 0, right: 0, named: 0 }));
  const texts = new Map(readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => { const d = JSON.parse(l) as { id: string; text: string }; return [d.id, d.text] as const; }));
  const bandOf = (q: { speaker: unknown; confidence: number }) => (q.speaker ? BANDS.findIndex(([a, b]) => q.confidence >= a && q.confidence < b) : 0);
  for (const r of records) {
    for (const q of r.quotes) band[bandOf(q)]!.quotes++;
    const gq = gold.get(r.id) ?? [];
    for (const [i, j] of match(gq, r.quotes)) {
      const g = gq[i]!;
      const q = r.quotes[j]!;
      const right = speakerRight(g, q);
      if (right === undefined) continue;
      const b = band[bandOf(q)]!;
      b.judged++;
      if (right) b.right++;
      const golds = [g.speaker?.name ?? '', ...(g.speaker?.mentions ?? []).map((m) => m.text ?? texts.get(r.id)?.slice(m.start, m.end) ?? '')];
      if (right || (q.speaker && sameName(q.speaker.name, golds))) b.named++;
    }
  }
  console.log('confidence band   share of quotes   found  speaker mention right  speaker right (mention or name)');
  let last = -1;
  let monotone = true;
  BANDS.forEach(([, , label], k) => {
    const b = band[k]!;
    const acc = b.judged ? b.named / b.judged : NaN;
    if (k > 0 && b.judged >= MIN_JUDGED) { if (acc < last) monotone = false; last = acc; }
    const pct = (n: number) => (b.judged ? `${(100 * n / b.judged).toFixed(1)}%` : '—').padStart(6);
    console.log(`${label.padEnd(16)}  ${(100 * b.quotes / total).toFixed(1).padStart(6)}%       ${String(b.judged).padStart(5)}  ${pct(b.right)}                  ${pct(b.named)}`);
  });
  console.log(`speaker accuracy (mention or name) rises with confidence, over bands with ≥ ${MIN_JUDGED} found quotes: ${monotone ? 'yes' : 'NO'}`);
}
