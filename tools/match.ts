/**
 * Quote matching as the team scorer does it (GenderGapTracker style): overlap = |gold ∩ pred| / |gold|
 * in characters (over segments), greedy one-to-one, best overlap first, above a threshold.
 */
import { readFileSync } from 'node:fs';
export interface GoldQuote { start: number; end: number; type?: string; segments?: [number, number][]; speaker?: { name?: string; mentions?: { start: number; end: number; text?: string }[] } | null }
export interface PredQuote { start: number; end: number; segments?: [number, number][]; speaker?: { mention?: { start: number; end: number } } | null }

const spans = (q: { start: number; end: number; segments?: [number, number][] }) => (q.segments?.length ? q.segments : [[q.start, q.end] as [number, number]]);

export function overlap(g: GoldQuote, p: PredQuote): number {
  let n = 0;
  let len = 0;
  for (const [a, b] of spans(g)) {
    len += Math.max(0, b - a);
    for (const [c, d] of spans(p)) n += Math.max(0, Math.min(b, d) - Math.max(a, c));
  }
  return len ? n / len : 0;
}

/** Pairs [goldIndex, predIndex] matched above `threshold`. */
export function match(gold: GoldQuote[], pred: PredQuote[], threshold = 0.3): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => { const o = overlap(g, p); if (o > threshold) pairs.push([o, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>();
  const pu = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (gu.has(i) || pu.has(j)) continue;
    gu.add(i);
    pu.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Does the predicted speaker mention overlap a gold speaker mention? (undefined: gold has none) */
export function speakerRight(g: GoldQuote, p: PredQuote): boolean | undefined {
  const gms = g.speaker?.mentions ?? [];
  if (!gms.length) return undefined;
  const m = p.speaker?.mention;
  return !!m && gms.some((x) => Math.min(x.end, m.end) > Math.max(x.start, m.start));
}

// Name comparison as the scorer does it: accents, case, titles and possessives ignored; one name's
// words contained in the other's, or equal to a gold mention's text.
const TITLES = new Set(('mr mrs ms miss dr prof sir dame lord lady president vice prime minister foreign former then secretary '
  + "sen senator rep representative gov governor mayor premier chief minister's the a an of spokesperson spokesman spokeswoman "
  + 'leader chair chairman chairwoman ceo judge justice coach officer councillor councilor mp mla mpp deputy general attorney '
  + 'interim acting st').split(' '));
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/-/g, ' ');
const words = (s: string) => {
  const all = fold(s).split(/\s+/).filter(Boolean);
  const named = all.filter((w) => !TITLES.has(w));
  return named.length ? named : all;
};

/** Does `pred` name one of `golds` (the gold speaker name and its mentions' texts)? */
export function sameName(pred: string, golds: string[]): boolean {
  const p = words(pred);
  if (!p.length) return false;
  return golds.some((g) => {
    const w = words(g);
    if (!w.length) return false;
    const ps = new Set(p);
    const gs = new Set(w);
    return p.every((x) => gs.has(x)) || w.every((x) => ps.has(x));
  });
}

/** The records of a JSON Lines file. */
export const readJsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

/** Gold quotes as the scorer counts them: a direct quote interrupted by its cue is one quote per passage. */
export const goldPassages = (quotes: GoldQuote[]): GoldQuote[] => quotes.flatMap((q) => (q.type === 'direct' && q.segments && q.segments.length > 1
  ? q.segments.map(([start, end]) => ({ ...q, start, end, segments: undefined })) : [q]));

/** The names a gold quote's speaker goes by: its resolved name and its mentions as written. */
export const goldNames = (g: GoldQuote, text: string): string[] => [g.speaker?.name ?? '', ...(g.speaker?.mentions ?? []).map((m) => m.text ?? text.slice(m.start, m.end))];
