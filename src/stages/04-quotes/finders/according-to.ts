/**
 * "According to NP, CONTENT." and "CONTENT, according to NP.": the source named after "according
 * to", which runs to its comma (or the sentence end) whatever verbs its own description holds
 * ("according to early results of exit polls conducted by Edison Research").
 */
import { clauseEnd } from '../../../grammar/clauses.js';
import { subjectBefore } from '../../../grammar/phrases.js';
import { isSayingLemma } from '../../../lexicon/cue-classes.js';
import type { Finder } from '../context.js';
import { addReport } from '../report.js';
import { contentBefore } from './content-before-cue.js';

/** Longest source before its comma, in tokens. */
const MAX_SOURCE = 40;

export const accordingTo: Finder = {
  name: 'according-to',
  find(ctx) {
    const { doc, tokens, claimed } = ctx;
    ctx.cues.forEach((c, ci) => {
      if (c.lemma !== 'according to' || claimed[c.first] || contentBefore(ctx, ci)) return;
      const s = doc.sentences[tokens[c.first]!.sentence]!;
      let comma = c.end;
      while (comma < s.endToken && tokens[comma]!.text !== ',' && comma - c.end < MAX_SOURCE) comma++;
      if (tokens[comma]?.text !== ',') return;
      // "According to the Herald, Professor Burrows, the panel's chairman, said the flag …": the clause
      // reports a speaker of its own; that report is found by its own cue.
      if (ctx.cues.some((o) => o.first > comma && o.first < s.endToken && isSayingLemma(o.lemma) && !o.lemma.startsWith('accord') && subjectBefore(tokens, o.first, comma + 1)?.first === comma + 1)) return;
      addReport(ctx, [[comma + 1, clauseEnd(tokens, comma + 1, s.endToken)]], c, { finder: 'according-to', side: 'after', limit: [c.end, comma] });
    });
  },
};
