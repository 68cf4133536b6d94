/**
 * Adding a piece of reported speech: its content pieces (token ranges) are cut to what is free and
 * to content (no leading comma, no trailing sentence punctuation, a quotation opened inside runs
 * to its closing mark), the quoted fragments it holds make it partial, and its tokens and cue are
 * claimed so no later finder reports them again.
 */
import { trimContent } from '../../grammar/clauses.js';
import type { ComplementKind } from '../../grammar/complement.js';
import type { FinderName, QuoteFrame } from '../../types.js';
import type { FinderContext } from './context.js';
import type { Cue } from './cues.js';
import type { Draft } from './draft.js';
import type { Located } from './located.js';
import { firstAtLeast } from '../../sorted.js';

export interface ReportOptions {
  finder: FinderName;
  side: QuoteFrame['side'];
  /** Token bounds the speaker search may not cross. */
  limit: [number, number];
  /** Probability the cue reports here (defaults to the cue's own). */
  cueP?: number;
  complement?: ComplementKind;
}

const openOf = (f: Located) => f.openTok;

/** The fragments (in text order) that open in [a, b): looked up, not scanned for (linear time on long documents). */
export const openingIn = (fragments: Located[], a: number, b: number): Located[] =>
  fragments.slice(firstAtLeast(fragments, openOf, a), firstAtLeast(fragments, openOf, b));

/** Per fragment list: closing token → the latest opening of a fragment closed there. */
const lastOpenBefore = new WeakMap<Located[], Map<number, number>>();

/** Add the report; false when nothing of the content was left. */
export function addReport(ctx: FinderContext, pieces: [number, number][], cue: Cue, o: ReportOptions): boolean {
  const { tokens, claimed, fragments } = ctx;
  let closing = lastOpenBefore.get(fragments);
  if (!closing) {
    lastOpenBefore.set(fragments, (closing = new Map()));
    for (const f of fragments) closing.set(f.closeTok, Math.max(f.openTok, closing.get(f.closeTok) ?? -1));
  }
  const kept: [number, number][] = [];
  for (let [first, end] of pieces) {
    while (first < end && (tokens[first]!.text === ',' || tokens[first]!.text === ':')) first++;
    for (let k = first; k < end; k++) if (claimed[k]) { end = k; break; } // stop at a direct quotation
    // A quotation opened in the content runs to its closing mark, across sentences if it must.
    const spill = openingIn(fragments, first, end).find((f) => f.closed && f.closeTok >= end);
    if (spill && !claimed[spill.closeTok]) end = spill.closeTok + 1;
    const opensInside = (closeTok: number) => (closing.get(closeTok) ?? -1) >= first;
    end = trimContent(tokens, first, end, opensInside);
    if (end - first >= 2 || (pieces.length > 1 && end > first)) kept.push([first, end]);
  }
  if (!kept.length) return false;
  const first = kept[0]![0];
  const end = kept[kept.length - 1]![1];
  const inside = ([a, b]: [number, number]) => openingIn(fragments, a, b).filter((f) => f.closeTok < b);
  // One piece (the common case) holds each fragment once; several may share one.
  const inner = kept.length === 1 ? inside(kept[0]!) : [...new Set(kept.flatMap(inside))];
  inner.forEach((f) => ctx.absorbed.add(f));
  const d: Draft = {
    start: tokens[first]!.start, end: tokens[end - 1]!.end, type: inner.length ? 'partial' : 'indirect', finder: o.finder,
    frame: { side: o.side, cueFirst: cue.first, cueEnd: cue.end, limitFirst: o.limit[0], limitEnd: o.limit[1], cueP: o.cueP ?? cue.p },
  };
  if (o.complement) d.complement = o.complement;
  if (kept.length > 1) d.segments = kept.map(([a, b]) => [tokens[a]!.start, tokens[b - 1]!.end]);
  ctx.drafts.push(d);
  for (const [a, b] of kept) claimed.fill(1, a, b);
  claimed.fill(1, cue.first, cue.end);
  return true;
}
