/**
 * A cue inside a relative clause whose own verb follows it: "the attacks, which the probe said
 * were covered up", "what she said is …", "a finish that he said defied …". The content is the
 * relative clause around the cue (one quote, two segments).
 */
import { CUE_LEMMAS } from '../../../lexicon/reporting-verbs.js';
import { subjectBefore } from '../../../grammar/phrases.js';
import { clauseEnd } from '../../../grammar/clauses.js';
import type { Token } from '../../../types.js';
import type { Finder } from '../context.js';
import type { Cue } from '../cues.js';
import { addReport } from '../report.js';
import { startsPredicate } from './content-before-cue.js';

const REPORT_RELATIVES = new Set(['which', 'that', 'who', 'what', 'whom']);
/** Longest subject between the relative word and the cue. */
const MAX_SUBJECT = 5;

/** A relative word, a short subject, a verb of saying and at once the clause's own verb: the relative word's index. */
export function relativeReport(tokens: Token[], c: Cue, sentenceFirst: number): number | undefined {
  if (CUE_LEMMAS.get(c.lemma) !== 'speech' || c.prep || !startsPredicate(tokens, c.end)) return undefined;
  const subject = subjectBefore(tokens, c.first, sentenceFirst);
  // "that the claims made …": a subject of a determiner alone is a noun misread as the cue.
  if (!subject || subject.end - subject.first > MAX_SUBJECT || tokens[subject.end - 1]!.pos === 'DET') return undefined;
  // "what she said": the relative word may have been read into the subject.
  const r = REPORT_RELATIVES.has(tokens[subject.first]!.lower) && subject.end - subject.first > 1 ? subject.first : subject.first - 1;
  if (r < sentenceFirst || !REPORT_RELATIVES.has(tokens[r]!.lower)) return undefined;
  return r;
}

export const relativeClause: Finder = {
  name: 'relative-clause',
  find(ctx) {
    const { doc, tokens, claimed } = ctx;
    for (const c of ctx.cues) {
      if (claimed[c.first] || c.lemma === 'according to') continue;
      const s = doc.sentences[tokens[c.first]!.sentence]!;
      const rel = relativeReport(tokens, c, s.firstToken);
      if (rel === undefined) continue;
      // ", which officials said will go into effect, will not apply …": a relative clause set off by
      // commas ends at its closing comma.
      let end = clauseEnd(tokens, c.end, s.endToken);
      if (tokens[rel - 1]?.text === ',') for (let j = c.end + 1; j < end; j++) if (tokens[j]!.text === ',') { end = j; break; }
      // The relative word and the clause's predicate: "which … were covered up", not the speaker between them.
      addReport(ctx, [[rel, rel + 1], [c.end, end]], c, { finder: 'relative-clause', side: 'before', limit: [rel + 1, c.first] });
    }
  },
};
