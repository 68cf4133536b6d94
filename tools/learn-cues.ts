/**
 * Learns cue evidence from an annotated training set (PolNeAR train, team material, read-only): for
 * each verb lemma, each lemma + following preposition, and each lemma + kind of complement (that,
 * clause, np, to, ...), how often it occurs as a verb and how often it is (part of) an annotated
 * cue. Only counts are kept; no text leaves the training set.
 *
 *   make build && npx tsc -p tsconfig.tools.json && \
 *   node dist-tools/learn-cues.js ../shared/eval/dev/polnear-train.gold.jsonl > src/lexicon/cue-evidence.ts
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../dist/index.js';
import { complementAfter } from '../dist/grammar/complement.js';
import { locate } from '../dist/stages/04-quotes/located.js';
import { findQuotedSpans } from '../dist/stages/04-quotes/marks.js';

interface Gold { id: string; text: string; quotes: { cue?: { start: number; end: number } }[] }

const PREPS = new Set(['about', 'for', 'on', 'to', 'of', 'against', 'with', 'at', 'as', 'into', 'over', 'by', 'out', 'up']);
const MIN_CUES = 4;

const path = process.argv[2];
if (!path) throw new Error('usage: learn-cues GOLD.jsonl');
const counts = new Map<string, [number, number]>();
const bump = (k: string, cue: boolean) => {
  const c = counts.get(k) ?? [0, 0];
  c[0]++;
  if (cue) c[1]++;
  counts.set(k, c);
};
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as Gold;
  const doc = analyze({ id: g.id, text: g.text });
  const inCue = new Uint8Array(g.text.length + 1);
  for (const q of g.quotes) if (q.cue) inCue.fill(1, q.cue.start, q.cue.end);
  // Words inside quotation marks are the quoted speaker's and never cues at run time: not counted.
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const q of locate(doc, findQuotedSpans(doc))) inQuote.fill(1, q.openTok, q.closeTok + 1);
  doc.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || doc.tokens[i - 1]?.lower === 'to' || inQuote[i]) return;
    const cue = inCue[t.start] === 1;
    bump(t.lemma, cue);
    const next = doc.tokens[i + 1];
    if (next && PREPS.has(next.lower)) bump(`${t.lemma} ${next.lower}`, cue && inCue[next.start] === 1);
    const s = doc.sentences[t.sentence]!;
    const comp = complementAfter(doc.tokens, { end: i + 1, lemma: t.lemma, cls: 'speech' }, s.endToken);
    bump(`${t.lemma}|${comp?.kind ?? 'none'}`, cue);
  });
}
const rows = [...counts.entries()].filter(([, [, c]]) => c >= MIN_CUES).sort((a, b) => (a[0] < b[0] ? -1 : 1));
console.log(`/**
 * Cue evidence learned by tools/learn-cues.ts from PolNeAR's training split: [occurrences as a verb,
 * occurrences inside an annotated cue], per lemma ("say"), lemma + preposition ("call for") and
 * lemma + complement kind ("say|that", "recall|np"). Generated: do not edit by hand; rerun the tool.
 */
export const CUE_EVIDENCE: ReadonlyMap<string, readonly [number, number]> = new Map([
${rows.map(([k, [n, c]]) => `  [${JSON.stringify(k)}, [${n}, ${c}]],`).join('\n')}
]);`);
