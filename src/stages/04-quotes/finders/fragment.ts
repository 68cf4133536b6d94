/**
 * Quoted fragments no content clause absorbed:
 *   D  NP rejected X as “FRAGMENT” / called it “FRAGMENT”   a cue just before: the fragment alone
 *   E  NP verb … “FRAGMENT” …                                any verb before it: the verb's complement
 * In news a quoted phrase almost always reports someone's words, so a fragment that hangs on a verb
 * is a partial quote whose speaker is that verb's subject. Titles and nicknames (“Silent Rivers”,
 * “Shorty”) and lone scare-quoted words are not speech.
 */
import { CUE_LEMMAS } from '../../../lexicon/reporting-verbs.js';
import { isFiniteVerb } from '../../../grammar/phrases.js';
import { clauseEnd } from '../../../grammar/clauses.js';
import type { QuoteFrame } from '../../../types.js';
import { type Finder, free } from '../context.js';
import type { Cue } from '../cues.js';
import { participle } from '../frame.js';
import { isTitleLike } from '../titles.js';

/** How likely a fragment that hangs on a verb no list knows is a quotation. */
const VERB_FRAGMENT_P = 0.3;
const LABEL_OBJECTS = new Set(['as', 'it', 'him', 'her', 'them', 'this', 'that']);

export const fragment: Finder = {
  name: 'fragment',
  find(ctx) {
    const { doc, tokens, cues, claimed, drafts } = ctx;
    let next = 0; // first cue at or after the fragment (fragments and cues are both in text order)
    for (const f of ctx.fragments) {
      if (ctx.absorbed.has(f) || !free(ctx, f.openTok, f.closeTok + 1)) continue;
      const s = doc.sentences[tokens[f.openTok]!.sentence]!;
      const before = tokens[f.openTok - 1]?.lower ?? '';
      const inner = f.closed ? f.end : tokens[f.closeTok]!.end;
      const frame = (first: number, end: number, p: number): QuoteFrame => ({
        side: participle(tokens, { first }, s.firstToken) ? 'participle' : 'before',
        cueFirst: first, cueEnd: end, limitFirst: s.firstToken, limitEnd: first, cueP: p,
      });
      while (next < cues.length && cues[next]!.first < f.openTok) next++;
      const cue = nearestFreeCue(cues, next, Math.max(s.firstToken, f.openTok - 12), claimed);
      const label = cue !== undefined && CUE_LEMMAS.get(cue.lemma) === 'label';
      // A capitalized title is a work's name (“Silent Rivers”), unless a label verb hangs it on
      // someone: hailed him as “The Comeback Kid”, labeled it “Mostly True”.
      if (isTitleLike(tokens, f) && !label) continue;
      // A label verb names its object with the fragment, one word or more: called half of his supporters “deplorables”.
      if (cue && (f.words >= 2 || LABEL_OBJECTS.has(before) || cue.end === f.openTok || (label && f.words >= 1))) {
        // "condemned Friday's test as “provocative” and a “grave threat” to stability": the labelled
        // object belongs to what was said, up to the end of the cue's clause.
        let first = cue.end;
        while (first < f.openTok && /^[,:]$/.test(tokens[first]!.text)) first++;
        let end = first < f.openTok ? clauseEnd(tokens, first, s.endToken, false) : f.closeTok + 1;
        if (end <= f.closeTok) end = f.closeTok + 1;
        while (end > f.closeTok + 1 && /^[.,;:!?]$/.test(tokens[end - 1]!.text)) end--;
        const wide = first < f.openTok && free(ctx, first, end);
        drafts.push({ start: wide ? tokens[first]!.start : f.start, end: wide ? Math.max(tokens[end - 1]!.end, inner) : inner,
          type: 'partial', finder: 'fragment', frame: frame(cue.first, cue.end, cue.p) });
        if (wide) claimed.fill(1, first, end);
        else claimed.fill(1, f.openTok, f.closeTok + 1);
        continue;
      }
      if (f.words < 2) continue;
      let v = f.openTok - 1;
      while (v >= s.firstToken && !(isFiniteVerb(tokens, v) && tokens[v]!.pos === 'VERB' && !claimed[v])) v--;
      if (v < s.firstToken) continue;
      let end = clauseEnd(tokens, v + 1, s.endToken, false);
      if (end <= f.closeTok) end = f.closeTok + 1;
      if (!free(ctx, v + 1, end)) continue;
      while (end > f.closeTok + 1 && /^[.,;:!?]$/.test(tokens[end - 1]!.text)) end--;
      drafts.push({ start: tokens[v + 1]!.start, end: tokens[end - 1]!.end, type: 'partial', finder: 'fragment', frame: frame(v, v + 1, VERB_FRAGMENT_P) });
      claimed.fill(1, v, end);
    }
  },
};

/** The last unclaimed cue before index `end` that starts at or after token `from`. */
function nearestFreeCue(cues: Cue[], end: number, from: number, claimed: Uint8Array): Cue | undefined {
  for (let i = end - 1; i >= 0 && cues[i]!.first >= from; i--) if (!claimed[cues[i]!.first]) return cues[i];
  return undefined;
}
