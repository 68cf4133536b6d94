/**
 * "According to NP, CONTENT." and "CONTENT, according to NP.": the source named after "according
 * to", which runs to its comma (or the sentence end) whatever verbs its own description holds
 * ("according to early results of exit polls conducted by Edison Research").
 */
import { clauseEnd, isClause } from '../../../grammar/clauses.js';
import { isFiniteVerb, subjectBefore } from '../../../grammar/phrases.js';
import { isSayingLemma } from '../../../lexicon/cue-classes.js';
import type { Token } from '../../../types.js';
import type { Finder } from '../context.js';
import { addReport } from '../report.js';
import { contentBefore } from './content-before-cue.js';

/** Words before a number that open the content's subject right after the source. */
const APPROXIMATORS: ReadonlySet<string> = new Set(['over', 'about', 'nearly', 'almost', 'more', 'fewer', 'some', 'around', 'roughly', 'at']);

/**
 * Where the content's clause starts when no comma ends the source: right after a noun of the source,
 * at a determiner or a number ("… Ministry over 345 pilgrims have been killed"), when
 * a clause starts there whose verb comes before the comma (or the sentence end). The source itself has
 * no finite verb: "according to polls conducted by …, X" keeps its comma.
 */
function clauseAfterSource(tokens: Token[], from: number, until: number, end: number): number | undefined {
  for (let j = from + 1; j < until; j++) {
    if (isFiniteVerb(tokens, j)) return undefined;
    const prev = tokens[j - 1]!;
    const t = tokens[j]!;
    if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') continue;
    const approx = APPROXIMATORS.has(t.lower) && tokens[j + 1]?.pos === 'NUM';
    // A number after a name is a date's ("Jan. 31", "a January 2016 study"); a pronoun after a noun
    // may open a relative clause without "that" ("an account she gave to the paper").
    const opens = (t.pos === 'DET' && t.lower !== 'that') || (t.pos === 'NUM' && prev.pos === 'NOUN') || approx;
    if (!opens || !isClause(tokens, approx ? j + 1 : j, end)) continue;
    // "according to the data the agency collected, prices rose": a clause after the comma is the content.
    if (tokens[until]?.text === ',' && isClause(tokens, until + 1, end)) return undefined;
    for (let k = j + 1; k < until; k++) if (isFiniteVerb(tokens, k)) return j;
    return undefined;
  }
  return undefined;
}

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
      // "According to the ministry over 300 people were killed …": no comma after the source; the
      // content's subject starts right after the source's noun.
      const split = clauseAfterSource(tokens, c.end, Math.min(comma, s.endToken), s.endToken);
      if (split !== undefined) {
        addReport(ctx, [[split, clauseEnd(tokens, split, s.endToken)]], c, { finder: 'according-to', side: 'after', limit: [c.end, split] });
        return;
      }
      if (tokens[comma]?.text !== ',') return;
      // "According to the Herald, Professor Burrows, the panel's chairman, said the flag …": the clause
      // reports a speaker of its own; that report is found by its own cue.
      if (ctx.cues.some((o) => o.first > comma && o.first < s.endToken && isSayingLemma(o.lemma) && !o.lemma.startsWith('accord') && subjectBefore(tokens, o.first, comma + 1)?.first === comma + 1)) return;
      addReport(ctx, [[comma + 1, clauseEnd(tokens, comma + 1, s.endToken)]], c, { finder: 'according-to', side: 'after', limit: [c.end, comma] });
    });
  },
};
